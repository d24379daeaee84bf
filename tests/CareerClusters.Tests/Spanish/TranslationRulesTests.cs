using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// The check of Spanish files (Content/Validation/TranslationRules): each has its English twin, holds only words, leads
/// to the same pages and has the same sections; English pages without Spanish are counted in one warning, and on /admin.
/// </summary>
public sealed class TranslationRulesTests(SpanishSite site) : IClassFixture<SpanishSite>
{
    private const string Cluster = "clusters/health-science.es.md";

    private static IReadOnlyList<ContentProblem> ProblemsWith(string file, string text)
    {
        using var content = SpanishSite.WithSpanish(new ContentCopy()).Write(file, text);
        return ContentLoader.Load(content.Path).Problems;
    }

    private static string SpanishCluster(string frontMatterExtra = "", string? body = null) =>
        "---\ntitle: \"Ciencias de la Salud\"\nsummary: \"Cuidan a los pacientes.\"\n" + frontMatterExtra + "---\n" +
        (body ?? "## Resumen\nMira [enfermería](/clusters/health-science/therapeutic-services).\n\n## Dónde se trabaja\nHospitales.\n");

    [Fact]
    public void TheSpanishTestContent_HasNoProblem_ButTheCountOfPagesWithoutSpanish()
    {
        using var content = SpanishSite.WithSpanish(new ContentCopy());

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal("*.es.md:1:1: warning: 7 English pages have no Spanish text yet, and show in English under /es/ with a notice: clusters 1 of 2, pathways 2 of 2, jobs 3 of 3, guides 1 of 1",
            problem.ToString());
        Assert.Contains("clusters/health-science.es.md beside clusters/health-science.md", problem.HowToFix, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishOnlyContent_HasNoCountOfPagesWithoutSpanish() =>
        Assert.Empty(ContentLoader.Load(TestPaths.TestContent).Problems);

    [Fact]
    public void ASpanishFile_WithoutAnEnglishTwin_IsAnError()
    {
        var problem = Assert.Single(ProblemsWith("clusters/healthcare.es.md", SpanishCluster()), p => p.Severity == ProblemSeverity.Error);

        Assert.Equal("clusters/healthcare.es.md:1:1: error: clusters/healthcare.es.md has no English file to translate: a Spanish file holds the words of the English file of the same name, clusters/healthcare.md, which does not exist",
            problem.ToString());
    }

    [Fact]
    public void StructuralFields_InASpanishFile_AreWarnings_AtTheirLines()
    {
        var problems = ProblemsWith(Cluster, SpanishCluster("order: 3\nicon: stethoscope\n")).Where(p => p.File == Cluster).ToList();

        Assert.Equal(
        [
            "clusters/health-science.es.md:4:1: warning: \"order\" is not read from a Spanish file: only the words (title, summary, is_this_you and the text) are; everything else comes from clusters/health-science.md",
            "clusters/health-science.es.md:5:1: warning: \"icon\" is not read from a Spanish file: only the words (title, summary, is_this_you and the text) are; everything else comes from clusters/health-science.md",
        ], problems.Select(p => p.ToString()));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void StatementsOfAnotherShape_ThanTheTwins_AreAWarning_AndAreNotUsed()
    {
        string twoActivities = "is_this_you:\n  activities:\n    - \"Me gusta ayudar.\"\n    - \"Me gusta cuidar.\"\n  qualities:\n    - \"Mantengo la calma.\"\n  subjects:\n    - \"Me gusta la biología.\"\n";
        using var content = SpanishSite.WithSpanish(new ContentCopy()).Write(Cluster, SpanishCluster(twoActivities));
        var loaded = ContentLoader.Load(content.Path);

        var problem = Assert.Single(loaded.Problems, p => p.File == Cluster);
        Assert.Equal("clusters/health-science.es.md:4:1: warning: \"is_this_you\" does not match clusters/health-science.md: it has 1 activities, 1 qualities and 1 subjects, this file 2 activities, 1 qualities and 1 subjects, so the cluster page and the survey show the English statements",
            problem.ToString());
        var english = loaded.Content.Clusters.Single(c => c.Slug == "health-science").Meta.IsThisYou;
        Assert.Null(TranslatedLists.IsThisYou(english, loaded.Content.Translations.Single(t => t.File == Cluster).Words.IsThisYou));
    }

    [Fact]
    public void StepsIn_ForAJobWithoutThem_OrWithEnglishOnlyFields_AreWarnings()
    {
        const string job = "occupations/registered-nurses.es.md";
        var problems = ProblemsWith(job, "---\ntitle: \"Enfermeros registrados\"\nways_in:\n  checked: 2026-12-06\n  steps:\n    - \"Aprueba el NCLEX-RN.\"\n---\nCuidas a pacientes.\n")
            .Where(p => p.File == job).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "occupations/registered-nurses.es.md:3:1: warning: \"ways_in\" is not used: occupations/registered-nurses.md has no checked steps in to translate",
            "occupations/registered-nurses.es.md:4:1: warning: \"ways_in: checked\" is not read from a Spanish file: it comes from occupations/registered-nurses.md",
        ], problems);
    }

    [Fact]
    public void LinksThatDifferFromTheTwins_AreWarnings_BothWays()
    {
        var problems = ProblemsWith(Cluster, SpanishCluster(body: "## Resumen\nMira [informática](/clusters/information-technology).\n\n## Dónde se trabaja\nHospitales.\n"))
            .Where(p => p.File == Cluster).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "clusters/health-science.es.md:1:1: warning: the English twin links to \"/clusters/health-science/therapeutic-services\" (clusters/health-science.md:17) and this file does not: both languages should lead to the same pages",
            "clusters/health-science.es.md:6:6: warning: the link \"/clusters/information-technology\" is not in the English twin clusters/health-science.md: both languages should lead to the same pages",
        ], problems);
    }

    [Fact]
    public void ALinkToNoPage_InASpanishFile_IsAnError_LikeInEnglish()
    {
        var problem = Assert.Single(ProblemsWith(Cluster, SpanishCluster(body: "## Resumen\nMira [enfermería](/clusters/health-science/therapeutic-services) y [esto](/clusters/nada).\n\n## Dónde se trabaja\nHospitales.\n")),
            p => p.Severity == ProblemSeverity.Error);

        Assert.Equal("clusters/health-science.es.md:6:68: error: the link \"/clusters/nada\" points to a page that does not exist", problem.ToString());
    }

    [Fact]
    public void OtherSections_ThanTheTwins_AreAWarning()
    {
        var problem = Assert.Single(ProblemsWith(Cluster, SpanishCluster(body: "## Resumen\nMira [enfermería](/clusters/health-science/therapeutic-services).\n")), p => p.File == Cluster);

        Assert.Equal("clusters/health-science.es.md:1:1: warning: this file has 1 \"## \" section(s) and its English twin clusters/health-science.md has 2: the page's parts, \"On this page\" and the comparison follow the English sections",
            problem.ToString());
    }

    [Fact]
    public void ASpanishFile_WithoutItsTitleOrSummary_IsAnError()
    {
        var problems = ProblemsWith(Cluster, "---\ntitle: \"\"\n---\n## Resumen\nMira [enfermería](/clusters/health-science/therapeutic-services).\n\n## Dónde se trabaja\nHospitales.\n")
            .Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message).ToList();

        Assert.Equal(["missing required field \"summary\"", "missing required field \"title\""], problems);
    }

    [Fact]
    public async Task TheAdminPage_CountsThePagesInSpanish_InOneLine()
    {
        using var client = site.CreatePlainClient();
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = SpanishSite.AdminPasswordText, ["__RequestVerificationToken"] = token });
        using var signIn = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/admin", UriKind.Relative)));

        var fact = page.QuerySelectorAll(".facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "Pages in Español");
        Assert.Equal("2 of 9 (7 show the English text)", fact.QuerySelector("dd")!.TextContent);
        var warnings = page.QuerySelectorAll(".problems .problem-warning").ToList();
        var count = Assert.Single(warnings);
        Assert.Contains("7 English pages have no Spanish text yet", count.TextContent, StringComparison.Ordinal);
    }
}
