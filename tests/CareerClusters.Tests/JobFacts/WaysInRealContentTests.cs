using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CareerClusters.Tests.Integrity;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.JobFacts;

/// <summary>
/// How to get in, on the real job pages (issue 20, item 2): the checked routes name the licence or exam and who issues
/// it, apprenticeship where it is a recognised route (with apprenticeship.gov's finder), the date they were checked; a
/// job nobody has checked says so; apprenticeship jobs are tagged where jobs are grouped by education, and filtered on Jobs A–Z.
/// </summary>
public sealed partial class WaysInRealContentTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private const string Finder = "https://www.apprenticeship.gov/apprenticeship-job-finder";

    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    /// <summary>The jobs whose routes were checked for issue 20 (p-routes), by file name.</summary>
    public static readonly string[] CheckedJobs =
    [
        "registered-nurses", "licensed-practical-and-licensed-vocational-nurses", "nursing-assistants", "electricians",
        "plumbers-pipefitters-and-steamfitters", "carpenters", "welders-cutters-solderers-and-brazers", "automotive-service-technicians-and-mechanics",
        "heating-air-conditioning-and-refrigeration-mechanics-and-installers", "electrical-power-line-installers-and-repairers",
        "telecommunications-line-installers-and-repairers", "sheet-metal-workers", "elevator-and-escalator-installers-and-repairers",
        "structural-iron-and-steel-workers", "bus-and-truck-mechanics-and-diesel-engine-specialists", "aircraft-mechanics-and-service-technicians",
        "emergency-medical-technicians", "paramedics", "pharmacy-technicians", "dental-hygienists", "dental-assistants", "medical-assistants",
        "phlebotomists", "radiologic-technologists-and-technicians", "respiratory-therapists", "physical-therapists", "pharmacists",
        "family-medicine-physicians", "elementary-school-teachers-except-special-education",
        "secondary-school-teachers-except-special-and-career-technical-education", "police-and-sheriff-s-patrol-officers", "firefighters",
        "hairdressers-hairstylists-and-cosmetologists", "barbers", "heavy-and-tractor-trailer-truck-drivers", "commercial-pilots",
        "airline-pilots-copilots-and-flight-engineers", "accountants-and-auditors", "lawyers", "real-estate-sales-agents", "insurance-sales-agents",
        "machinists", "construction-laborers", "roofers", "painters-construction-and-maintenance", "cement-masons-and-concrete-finishers",
        "brickmasons-and-blockmasons", "glaziers", "insulation-workers-floor-ceiling-and-wall", "drywall-and-ceiling-tile-installers", "millwrights",
        "industrial-machinery-mechanics", "wind-turbine-service-technicians", "solar-photovoltaic-installers", "chefs-and-head-cooks", "cooks-restaurant",
        "childcare-workers", "preschool-teachers-except-special-education", "software-developers", "web-developers",
        "computer-user-support-specialists", "network-and-computer-systems-administrators",
    ];

    private async Task<IElement> HowToGetThereAsync(string slug)
    {
        var page = await site.GetDocumentAsync("/occupations/" + slug);
        return page.QuerySelector("#get-there")!.ParentElement!;
    }

    private static string Text(IElement element) => Whitespace().Replace(element.TextContent, " ");

    [Fact]
    public async Task RegisteredNurses_NameTheNclexAndWhoIssuesIt_AndTheRoutesInOrder()
    {
        var section = await HowToGetThereAsync("registered-nurses");
        var steps = section.QuerySelectorAll("ol.ways-in-steps li").Select(Text).ToList();

        Assert.Contains("NCLEX-RN", Text(section.QuerySelector(".ways-in-license")!), StringComparison.Ordinal);
        Assert.Contains("National Council of State Boards of Nursing", Text(section.QuerySelector(".ways-in-license")!), StringComparison.Ordinal);
        Assert.Contains("board of nursing", Text(section.QuerySelector(".ways-in-license")!), StringComparison.Ordinal);
        // CNA, then LPN, then an associate's or bachelor's degree, then the exam, then BSN while working: in that order.
        int cna = steps.FindIndex(s => s.Contains("(CNA)", StringComparison.Ordinal));
        int lpn = steps.FindIndex(s => s.Contains("(LPN)", StringComparison.Ordinal));
        int degree = steps.FindIndex(s => s.Contains("associate's degree (ADN)", StringComparison.Ordinal) && s.Contains("(BSN)", StringComparison.Ordinal));
        int exam = steps.FindIndex(s => s.Contains("NCLEX-RN", StringComparison.Ordinal));
        Assert.True(cna >= 0 && cna < lpn && lpn < degree && degree < exam, string.Join("\n", steps));
        Assert.Null(section.QuerySelector(".apprenticeship-route"));
        Assert.Equal("2026-12-06", section.QuerySelector(".ways-in-checked time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("electricians", "National Electrical Code")]
    [InlineData("welders-cutters-solderers-and-brazers", "American Welding Society")]
    [InlineData("carpenters", "contractor's license")]
    public async Task ApprenticeshipTrades_NameTheirApprenticeship_AndLinkToTheFinder(string slug, string credential)
    {
        var section = await HowToGetThereAsync(slug);

        var route = section.QuerySelector(".apprenticeship-route")!;
        Assert.Contains("apprenticeship", Text(route), StringComparison.Ordinal);
        Assert.NotNull(route.QuerySelector($"a[href='{Finder}']"));
        Assert.Contains(section.QuerySelectorAll("ol.ways-in-steps li"), li => li.TextContent.Contains("apprenticeship", StringComparison.Ordinal));
        Assert.Contains(credential, Text(section.QuerySelector(".ways-in")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoServiceTechnicians_NameAseAndTheEpaCertificate()
    {
        var section = await HowToGetThereAsync("automotive-service-technicians-and-mechanics");
        string license = Text(section.QuerySelector(".ways-in-license")!);

        Assert.Contains("National Institute for Automotive Service Excellence (ASE)", license, StringComparison.Ordinal);
        Assert.Contains("EPA Section 609", license, StringComparison.Ordinal);
        Assert.Contains("Environmental Protection Agency", license, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJobWithoutWaysIn_SaysItIsNotChecked_AndStillShowsBlsRoute()
    {
        Assert.Null(Content.Value.Occupations.Single(o => o.Slug == "actuaries").Meta.WaysIn);

        var section = await HowToGetThereAsync("actuaries");

        Assert.Equal("We have not checked the licenses and training routes for this job yet; BLS's typical route is below.", Text(section.QuerySelector(".ways-in-unchecked")!));
        Assert.Null(section.QuerySelector(".ways-in"));
        Assert.Null(section.QuerySelector(".apprenticeship-route"));
        Assert.NotEmpty(section.QuerySelectorAll("ul.route li"));
    }

    [Fact]
    public async Task AnUncheckedJob_WhereBlsSaysApprenticeship_StillLinksToTheFinder()
    {
        var section = await HowToGetThereAsync("boilermakers");

        Assert.NotNull(section.QuerySelector(".ways-in-unchecked"));
        Assert.NotNull(section.QuerySelector($".apprenticeship-route a[href='{Finder}']"));
    }

    [Theory]
    [InlineData("welders-cutters-solderers-and-brazers", true)]
    [InlineData("electrical-power-line-installers-and-repairers", true)]
    [InlineData("heating-air-conditioning-and-refrigeration-mechanics-and-installers", true)]
    [InlineData("electricians", true)]
    [InlineData("automotive-service-technicians-and-mechanics", false)]
    [InlineData("registered-nurses", false)]
    public void ApprenticeshipRoutes_CountTheFilesCheckedRoutes(string slug, bool expected)
    {
        var job = Content.Value.Occupations.Single(o => o.Slug == slug);

        Assert.Equal(expected, ApprenticeshipRoutes.Has(Content.Value.Data, job));
    }

    [Fact]
    public async Task JobsAToZ_FiltersToApprenticeshipRoutes()
    {
        var page = await site.GetDocumentAsync("/occupations?training=apprenticeship");
        var titles = page.QuerySelectorAll(".all-jobs li > a").Select(a => a.TextContent).ToList();

        Assert.Contains("Electricians", titles);
        Assert.Contains("Carpenters", titles);
        Assert.Contains("Welders, Cutters, Solderers, and Brazers", titles);
        Assert.Contains("Electrical Power-Line Installers and Repairers", titles);
        Assert.DoesNotContain("Registered Nurses", titles);
        Assert.DoesNotContain("Software Developers", titles);
        Assert.All(page.QuerySelectorAll(".all-jobs li"), li => Assert.NotNull(li.QuerySelector(".tag")));
        Assert.Equal(Content.Value.Occupations.Count(o => ApprenticeshipRoutes.Has(Content.Value.Data, o)), titles.Count);
        // Combined with another filter, and kept in the form so it survives a change of sort.
        var both = await site.GetDocumentAsync("/occupations?training=apprenticeship&education=no-formal-credential");
        Assert.Contains("Construction Laborers", both.QuerySelectorAll(".all-jobs li > a").Select(a => a.TextContent));
        Assert.DoesNotContain("Electricians", both.QuerySelectorAll(".all-jobs li > a").Select(a => a.TextContent));
        Assert.NotNull(both.QuerySelector("input#filter-training[checked]"));
    }

    [Theory]
    [InlineData("/clusters/architecture-and-construction")]
    [InlineData("/clusters/architecture-and-construction/construction")]
    public async Task ClusterAndPathwayPages_TagApprenticeshipJobs_InTheirEducationGroups(string path)
    {
        var page = await site.GetDocumentAsync(path);
        var rows = page.QuerySelectorAll(".education-groups .job-rows li").ToList();
        IElement Row(string title) => rows.Single(li => li.QuerySelector("a")!.TextContent == title);

        // Electricians and Carpenters sit with the high-school jobs (BLS's education) and are tagged as apprenticeships.
        Assert.NotNull(Row("Carpenters").QuerySelector(".tag"));
        Assert.Null(Row("Construction Managers").QuerySelector(".tag"));
        Assert.NotNull(page.QuerySelector($".education-groups .tag-note a[href='/occupations?training=apprenticeship']"));
        if (rows.Any(li => li.QuerySelector("a")!.TextContent == "Electricians"))
        {
            Assert.NotNull(Row("Electricians").QuerySelector(".tag"));
        }
    }

    [Fact]
    public void EveryJobTheIssueNames_IsChecked_OnTheSameDay_WithSourcesAndALicenseLine()
    {
        var bySlug = Content.Value.Occupations.ToDictionary(o => o.Slug);
        var missing = CheckedJobs.Where(slug => bySlug[slug].Meta.WaysIn is not { Checked: "2026-12-06", Steps.Count: >= 3, Sources.Count: >= 1, License: not null }).ToList();

        Assert.True(CheckedJobs.Length >= 60);
        Assert.True(missing.Count == 0, "not checked: " + string.Join(", ", missing));
    }

    [Fact]
    public void CheckedRoutes_AreShortPlainSentences_WithNoBareFigures()
    {
        var waysIn = Content.Value.Occupations.Where(o => o.Meta.WaysIn is not null).Select(o => (o.File, o.Meta.WaysIn!)).ToList();
        var text = waysIn.SelectMany(w => w.Item2.Steps.Append(w.Item2.License).OfType<string>().Select(t => (w.File, Text: t))).ToList();

        var figures = text.Where(t => Figure().IsMatch(t.Text)).Select(t => $"{t.File}: {t.Text}").ToList();
        var longSteps = waysIn.SelectMany(w => w.Item2.Steps.OfType<string>().Where(s => ContentQualityTests.WordCount(s) > 28).Select(s => $"{w.File}: {s}")).ToList();
        double grade = Readability.FleschKincaidGrade(string.Join("\n", waysIn.SelectMany(w => w.Item2.Steps.OfType<string>())));

        Assert.True(figures.Count == 0, "pay or percentages in ways_in: " + string.Join("\n", figures));
        Assert.True(longSteps.Count == 0, "steps too long for a 14-year-old to scan: " + string.Join("\n", longSteps));
        Assert.True(grade <= 9, $"the steps read at grade {grade:F1}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\$\s?\d|\d+(\.\d+)?\s?%")]
    private static partial Regex Figure();
}
