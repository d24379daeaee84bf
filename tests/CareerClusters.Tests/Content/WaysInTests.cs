using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Content.Validation;

namespace CareerClusters.Tests.Content;

/// <summary>
/// An occupation's <c>ways_in:</c> (docs/content.md): read, checked with file and line (unknown keys, empty steps, bad
/// dates), imported and shown under "How to get there"; its <c>apprenticeship: true</c> counts in the one apprenticeship rule.
/// </summary>
public sealed class WaysInTests
{
    private const string Nurses = "occupations/registered-nurses.md";

    // Lines 5 to 13 of the test content's nurses file once inserted after line 4 ("education: bachelors-degree").
    private const string Valid =
        "ways_in:\n" +                                                   // 5
        "  checked: 2026-12-06\n" +                                      // 6
        "  steps:\n" +                                                   // 7
        "    - \"Finish a state-approved nursing program.\"\n" +         // 8
        "    - \"Pass the NCLEX-RN exam.\"\n" +                          // 9
        "  license: \"NCLEX-RN, from the National Council of State Boards of Nursing (NCSBN).\"\n" + // 10
        "  sources:\n" +                                                 // 11
        "    - \"National Council of State Boards of Nursing (NCSBN)\"\n" + // 12
        "    - \"State boards of nursing\"\n";                           // 13

    private static ContentCopy WithWaysIn(string waysIn) =>
        new ContentCopy().Edit(Nurses, "education: bachelors-degree\n", "education: bachelors-degree\n" + waysIn);

    private static List<ContentProblem> ProblemsOf(string waysIn)
    {
        using var content = WithWaysIn(waysIn);
        return ContentLoader.Load(content.Path).Problems.ToList();
    }

    [Fact]
    public void AValidWaysIn_IsRead_WithNoProblem()
    {
        using var content = WithWaysIn(Valid);

        var result = ContentLoader.Load(content.Path);

        Assert.Empty(result.Problems);
        var waysIn = result.Content.Occupations.Single(o => o.File == Nurses).Meta.WaysIn!;
        Assert.Equal("2026-12-06", waysIn.Checked);
        Assert.Equal(["Finish a state-approved nursing program.", "Pass the NCLEX-RN exam."], waysIn.Steps);
        Assert.StartsWith("NCLEX-RN", waysIn.License, StringComparison.Ordinal);
        Assert.False(waysIn.Apprenticeship);
        Assert.Equal(2, waysIn.Sources.Count);
    }

    [Theory]
    [InlineData("2026-02-30", "\"2026-02-30\" in \"checked\" is not a date: write it as YYYY-MM-DD, like 2026-12-06")]
    [InlineData("12/06/2026", "\"12/06/2026\" in \"checked\" is not a date: write it as YYYY-MM-DD, like 2026-12-06")]
    [InlineData("2999-01-01", "the date 2999-01-01 in \"checked\" is in the future: write the day you checked the routes")]
    public void ABadDate_IsAnErrorAtItsLine(string date, string message)
    {
        var problem = Assert.Single(ProblemsOf(Valid.Replace("2026-12-06", date, StringComparison.Ordinal)));

        Assert.Equal((Nurses, 6, ProblemSeverity.Error), (problem.File, problem.Line, problem.Severity));
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void NoDate_IsAnErrorAtWaysIn()
    {
        var problem = Assert.Single(ProblemsOf(Valid.Replace("  checked: 2026-12-06\n", "", StringComparison.Ordinal)));

        Assert.Equal((Nurses, 5), (problem.File, problem.Line));
        Assert.StartsWith("\"ways_in\" needs \"checked:\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKey_IsAnErrorAtItsLine_NamingTheAllowedKeys()
    {
        // The file cannot be read, so the pathway that lists the job also reports it missing: only the file's own problem is checked here.
        var problem = Assert.Single(ProblemsOf(Valid.Replace("  license:", "  licence:", StringComparison.Ordinal)), p => p.File == Nurses);

        Assert.Equal((Nurses, 10), (problem.File, problem.Line));
        Assert.Equal("unknown field \"licence\" (check the spelling; allowed fields are: checked, steps, license, apprenticeship, sources)", problem.Message);
    }

    [Fact]
    public void NoSteps_IsAnError()
    {
        string noSteps = Valid.Replace("  steps:\n    - \"Finish a state-approved nursing program.\"\n    - \"Pass the NCLEX-RN exam.\"\n", "  steps: []\n", StringComparison.Ordinal);

        var problem = Assert.Single(ProblemsOf(noSteps));

        Assert.Equal((Nurses, 7), (problem.File, problem.Line));
        Assert.StartsWith("\"ways_in\" needs \"steps:\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyStepOrSource_IsAnErrorAtItsOwnLine()
    {
        string empty = Valid.Replace("\"Pass the NCLEX-RN exam.\"", "\"  \"", StringComparison.Ordinal)
            .Replace("\"State boards of nursing\"", "", StringComparison.Ordinal);

        var problems = ProblemsOf(empty);

        Assert.Equal([(9, "step 2 in \"steps\" is empty: write the step, or remove the line"), (13, "source 2 in \"sources\" is empty: name the issuing body, or remove the line")],
            problems.Select(p => (p.Line, p.Message)));
    }

    [Fact]
    public void NoSources_AndAnEmptyLicense_AreErrors()
    {
        string bare = Valid.Replace("  sources:\n    - \"National Council of State Boards of Nursing (NCSBN)\"\n    - \"State boards of nursing\"\n", "", StringComparison.Ordinal)
            .Replace("\"NCLEX-RN, from the National Council of State Boards of Nursing (NCSBN).\"", "\"\"", StringComparison.Ordinal);

        var problems = ProblemsOf(bare);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Line == 10 && p.Message.StartsWith("\"license\" is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("\"ways_in\" needs \"sources:\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AVeryLongStep_IsAWarningOnly()
    {
        string longStep = string.Join(' ', Enumerable.Repeat("word", WaysInRules.LongStepWords + 1));

        var problem = Assert.Single(ProblemsOf(Valid.Replace("Pass the NCLEX-RN exam.", longStep, StringComparison.Ordinal)));

        Assert.Equal((9, ProblemSeverity.Warning), (problem.Line, problem.Severity));
    }

    [Fact]
    public void ApprenticeshipTrue_CountsAsAnApprenticeshipRoute_WithoutBlsSayingSo()
    {
        using var without = WithWaysIn(Valid);
        using var with = WithWaysIn(Valid + "  apprenticeship: true\n");

        var before = ContentLoader.Load(without.Path).Content;
        var after = ContentLoader.Load(with.Path).Content;

        Assert.False(ApprenticeshipRoutes.Has(before.Data, before.Occupations.Single(o => o.File == Nurses)));
        Assert.True(ApprenticeshipRoutes.Has(after.Data, after.Occupations.Single(o => o.File == Nurses)));
    }

    [Fact]
    public async Task TheJobPage_ShowsTheCheckedRoutes_AndTheApprenticeshipFinder_AndJobsAToZ_FiltersByIt()
    {
        using var content = WithWaysIn(Valid + "  apprenticeship: true\n");
        using var site = new SiteFactory(content.Path);

        var page = await site.GetDocumentAsync("/occupations/registered-nurses");
        var waysIn = page.QuerySelector("#get-there")!.ParentElement!;

        Assert.Equal(["Finish a state-approved nursing program.", "Pass the NCLEX-RN exam."], waysIn.QuerySelectorAll("ol.ways-in-steps li").Select(li => li.TextContent));
        Assert.Contains("NCLEX-RN, from the National Council of State Boards of Nursing (NCSBN).", waysIn.QuerySelector(".ways-in-license")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-06", waysIn.QuerySelector(".ways-in-checked time")!.GetAttribute("datetime"));
        Assert.Contains("December 6, 2026", waysIn.QuerySelector(".ways-in-checked")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("State boards of nursing", waysIn.QuerySelector(".ways-in-checked")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(waysIn.QuerySelector(".apprenticeship-route a[href='https://www.apprenticeship.gov/apprenticeship-job-finder']"));
        Assert.Null(waysIn.QuerySelector(".ways-in-unchecked"));

        var all = await site.GetDocumentAsync("/occupations");
        var apprenticeships = await site.GetDocumentAsync("/occupations?training=apprenticeship");
        var titles = apprenticeships.QuerySelectorAll(".all-jobs li > a").Select(a => a.TextContent).ToList();

        Assert.Equal(["Registered Nurses"], titles);
        Assert.True(all.QuerySelectorAll(".all-jobs li > a").Length > 1);
        Assert.NotNull(apprenticeships.QuerySelector("input#filter-training[checked]"));
        Assert.Null(all.QuerySelector("input#filter-training[checked]"));
    }

    [Fact]
    public async Task AJobWithoutWaysIn_SaysItIsNotChecked_AndShowsNoApprenticeshipItDoesNotHave()
    {
        using var site = new SiteFactory(TestPaths.TestContent);

        var page = await site.GetDocumentAsync("/occupations/web-developers");
        var section = page.QuerySelector("#get-there")!.ParentElement!;

        Assert.StartsWith("We have not checked the licenses and training routes for this job yet", section.QuerySelector(".ways-in-unchecked")!.TextContent, StringComparison.Ordinal);
        Assert.Null(section.QuerySelector(".ways-in"));
        Assert.Null(section.QuerySelector(".apprenticeship-route"));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("<script>")]
    [InlineData("APPRENTICESHIP")]
    public async Task AnUnknownTrainingFilter_IsIgnored(string training)
    {
        using var site = new SiteFactory(TestPaths.TestContent);

        var page = await site.GetDocumentAsync("/occupations?training=" + Uri.EscapeDataString(training));

        Assert.Equal(3, page.QuerySelectorAll(".all-jobs li > a").Length);
        Assert.Null(page.QuerySelector("input#filter-training[checked]"));
    }
}
