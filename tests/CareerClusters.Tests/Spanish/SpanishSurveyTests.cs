using System.Net;
using AngleSharp.Html.Dom;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// The survey and the lists a content file's front matter gives, in Spanish: the same statements (the same checkbox
/// values and version) in other words, so the same ticks give the same result link and the same clusters in both
/// languages; a statement with no Spanish yet is shown in English, marked lang="en". The cluster page's "Is this
/// you?" and a job's steps in follow the Spanish file.
/// </summary>
public sealed class SpanishSurveyTests(SpanishSurveySite site) : IClassFixture<SpanishSurveySite>
{
    private static readonly string[] HealthAndLogic = ["I like helping people feel better.", "I like logic puzzles."];

    private sealed record Form(string Version, IReadOnlyList<(string Label, string Value, string? Lang)> Boxes);

    private async Task<Form> FormAsync(string path)
    {
        var page = await site.GetDocumentAsync(path);
        var form = page.QuerySelector("form#survey-form")!;
        return new Form(form.QuerySelector("input[name=v]")!.GetAttribute("value")!,
            [.. form.QuerySelectorAll("input[name=s]").Select(box => page.QuerySelector($"label[for='{box.Id}']")!)
                .Zip(form.QuerySelectorAll("input[name=s]"), (label, box) => (label.TextContent.Trim(), box.GetAttribute("value")!, label.GetAttribute("lang")))]);
    }

    private async Task<string> ResultLinkAsync(string surveyPath, Form form, IEnumerable<string> values)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri($"{surveyPath}/results?v={form.Version}&{string.Join("&", values.Select(v => "s=" + v))}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static List<string> TopClusterLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("ol.match-list > li h3 a").Select(a => a.GetAttribute("href")!.Replace("/es/", "/", StringComparison.Ordinal))];

    [Fact]
    public async Task TheSpanishSurvey_AsksTheSameStatements_InTheSameOrder_InSpanishWhereWritten()
    {
        var english = await FormAsync("/survey");
        var spanish = await FormAsync("/es/survey");

        Assert.Equal(english.Version, spanish.Version);
        Assert.Equal(english.Boxes.Select(b => b.Value), spanish.Boxes.Select(b => b.Value));
        Assert.Equal(english.Boxes.Count, spanish.Boxes.Count);
        // Health Science's three statements have Spanish ("I stay calm." is shared with IT and asked once, in Spanish).
        var written = spanish.Boxes.Where(b => b.Lang is null).Select(b => b.Label).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Mantengo la calma.", "Me gusta ayudar a que la gente se sienta mejor.", "Me gusta la biología."], written);
        // IT's other four have none yet: English, marked as English.
        Assert.Equal(["I enjoy computer science.", "I like building or upgrading computers.", "I like logic puzzles.", "I like to learn new things on my own."],
            spanish.Boxes.Where(b => b.Lang == "en").Select(b => b.Label).Order(StringComparer.Ordinal));
        Assert.All(english.Boxes, b => Assert.Null(b.Lang));
    }

    [Theory]
    [InlineData("I like logic puzzles.", "I stay calm.")]
    [InlineData("I like helping people feel better.", "I enjoy biology.", "I like building or upgrading computers.")]
    [InlineData("I stay calm.")]
    public async Task TheSameTicks_GiveTheSameResultLink_AndTheSameClusters_InBothLanguages(params string[] statements)
    {
        var english = await FormAsync("/survey");
        var spanish = await FormAsync("/es/survey");
        var values = statements.Select(s => english.Boxes.Single(b => b.Label == s).Value).ToList();

        string englishLink = await ResultLinkAsync("/survey", english, values);
        string spanishLink = await ResultLinkAsync("/es/survey", spanish, values);

        Assert.Equal("/es" + englishLink, spanishLink);
        var englishTop = TopClusterLinks(await site.GetDocumentAsync(englishLink));
        var spanishResult = await site.GetDocumentAsync(spanishLink);
        Assert.NotEmpty(englishTop);
        Assert.Equal(englishTop, TopClusterLinks(spanishResult));
        Assert.Equal("es", spanishResult.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AResultLinkMadeInEnglish_OpenedInSpanish_ShowsTheSameClusters_InSpanish()
    {
        var english = await FormAsync("/survey");
        var values = HealthAndLogic.Select(s => english.Boxes.Single(b => b.Label == s).Value);
        string link = await ResultLinkAsync("/survey", english, values);

        var inEnglish = await site.GetDocumentAsync(link);
        var inSpanish = await site.GetDocumentAsync("/es" + link);

        Assert.Equal(TopClusterLinks(inEnglish), TopClusterLinks(inSpanish));
        var names = inSpanish.QuerySelectorAll("ol.match-list > li h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Ciencias de la Salud", names);
        // The statement that matched is quoted in Spanish.
        Assert.Contains(inSpanish.QuerySelectorAll("ol.match-list li li"), li => li.TextContent.Contains("Me gusta ayudar a que la gente se sienta mejor.", StringComparison.Ordinal) && li.GetAttribute("lang") is null);
    }

    [Fact]
    public async Task TheSpanishClusterPage_ShowsItsSpanishStatements_AndAClusterWithoutThem_ShowsTheEnglishOnes_Marked()
    {
        var health = await site.GetDocumentAsync("/es/clusters/health-science");
        var it = await site.GetDocumentAsync("/es/clusters/information-technology");

        var healthStatements = health.QuerySelector("#is-this-you")!.ParentElement!.QuerySelector(".statement-groups")!;
        Assert.Null(healthStatements.GetAttribute("lang"));
        Assert.Equal(["Me gusta ayudar a que la gente se sienta mejor.", "Mantengo la calma.", "Me gusta la biología."],
            healthStatements.QuerySelectorAll("li").Select(li => li.TextContent));
        var itStatements = it.QuerySelector("#is-this-you")!.ParentElement!.QuerySelector(".statement-groups")!;
        Assert.Equal("en", itStatements.GetAttribute("lang"));
        Assert.Contains(itStatements.QuerySelectorAll("li"), li => li.TextContent == "I like logic puzzles.");
    }

    [Fact]
    public async Task TheSpanishJobPage_ShowsItsSpanishStepsIn_WithTheEnglishDateAndSources()
    {
        var english = await site.GetDocumentAsync("/occupations/registered-nurses");
        var spanish = await site.GetDocumentAsync("/es/occupations/registered-nurses");

        Assert.Equal(["Take biology and chemistry in high school.", "Pass the NCLEX-RN exam."], english.QuerySelectorAll(".ways-in-steps li").Select(li => li.TextContent));
        var steps = spanish.QuerySelector(".ways-in-steps")!;
        Assert.Null(steps.GetAttribute("lang"));
        Assert.Equal(["En la secundaria, toma biología y química.", "Aprueba el examen NCLEX-RN."], steps.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Contains("NCLEX-RN, del NCSBN.", spanish.QuerySelector(".ways-in-license")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("National Council of State Boards of Nursing (NCSBN)", spanish.QuerySelector(".ways-in-checked")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-06", spanish.QuerySelector(".ways-in-checked time")!.GetAttribute("datetime"));
    }
}
