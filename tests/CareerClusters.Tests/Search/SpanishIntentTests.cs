using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Search;

/// <summary>
/// What students and families type in Spanish when they describe work or a limit (content/search/intents.es.yml), over
/// the real content: a limit on school, an apprenticeship or pay sets the same filters as its English twin, and a
/// description finds the jobs it means. The English file's phrases still work on the Spanish site.
/// </summary>
public class SpanishIntentTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private async Task<List<string>> TopAsync(string query, int count) =>
        (await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}"))
            .QuerySelectorAll("ol.results a.result-title").Take(count).Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("trabajos sin universidad", "high-school-diploma")]
    [InlineData("sin título", "high-school-diploma")]
    [InlineData("Sin Titulo", "high-school-diploma")]
    [InlineData("mecánico sin universidad", "high-school-diploma")]
    [InlineData("sin diploma", "no-formal-credential")]
    [InlineData("escuela técnica", "postsecondary-nondegree-award")]
    [InlineData("colegio comunitario", "associates-degree")]
    [InlineData("no college", "high-school-diploma")] // the English file's phrase, on the Spanish site
    public async Task ALimitOnSchool_InSpanish_SetsTheSameFilterAsInEnglish(string query, string ceiling)
    {
        var page = await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(ceiling, page.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
        var chip = Assert.Single(page.QuerySelectorAll(".filter-chip"));
        Assert.StartsWith("/es/search?", chip.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("education_up_to=any", chip.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("ol.results a.result-title"));
    }

    [Fact]
    public async Task AnApprenticeship_InSpanish_KeepsOnlyJobsWithAnApprenticeshipRoute()
    {
        var page = await site.GetDocumentAsync("/es/search?q=programa+de+aprendizaje");

        Assert.Equal("yes", page.QuerySelector("#filter-apprenticeship option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("ol.results a.result-title"), a => a.GetAttribute("href") == "/es/occupations/electricians");
    }

    [Fact]
    public async Task PayWords_InSpanish_ListJobsByPay_WithTheLimitOnSchool()
    {
        var page = await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString("trabajos que paguen bien sin universidad")}");

        Assert.Equal("pay", page.QuerySelector("#filter-order option[selected]")!.GetAttribute("value"));
        Assert.Equal("high-school-diploma", page.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, page.QuerySelectorAll(".filter-chip").Length);
    }

    /// <summary>
    /// Every Spanish entry that searches for jobs leads, by its first phrase, with a page whose English title holds one
    /// of the entry's alternatives: the English titles in `search:` find their pages through Spanish search too.
    /// </summary>
    [Fact]
    public async Task EverySpanishEntryThatSearches_LeadsWithAJobItNames()
    {
        var content = ContentLoader.Load(TestPaths.RealContent).Content;
        var englishTitles = content.Occupations.ToDictionary(o => "/es/occupations/" + o.Slug, o => o.Meta.Title!)
            .Concat(content.Guides.Select(g => KeyValuePair.Create("/es/guides/" + g.Slug, g.Meta.Title!))).ToDictionary();
        var entries = content.SearchIntentsIn(Web.Data.SiteCultures.Spanish).Where(e => e.Search is not null).ToList();
        var wrong = new List<string>();

        foreach (var entry in entries)
        {
            string phrase = entry.Phrases.First(p => !p.Value.Contains('{', StringComparison.Ordinal)).Value;
            string? first = (await TopAsync(phrase, 1)).FirstOrDefault();
            var alternatives = entry.ToIntent().Alternatives.Select(words => $" {Normalize(string.Join(" ", words))} ").ToList();
            if (first is null || !englishTitles.TryGetValue(first, out string? title) || !alternatives.Any(a => $" {Normalize(title)} ".Contains(a, StringComparison.Ordinal)))
            {
                wrong.Add($"\"{phrase}\" (line {entry.Line}) leads with {first ?? "nothing"}");
            }
        }

        Assert.True(entries.Count >= 30, $"{entries.Count} entries that search");
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    private static string Normalize(string text) =>
        string.Join(" ", Web.Data.SearchText.Words(text).Where(w => w != "and").Select(Web.Data.SearchText.Stem));

    [Theory]
    [InlineData("problemas de aprendizaje")] // learning difficulties, not an apprenticeship
    [InlineData("centro de aprendizaje")]
    public async Task AnEverydayPhrase_WithTheWordAprendizaje_SetsNoApprenticeshipFilter(string query)
    {
        var page = await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}");

        Assert.Empty(page.QuerySelectorAll(".filter-chip"));
    }

    [Theory]
    [InlineData("me encantan los animales", 3, "/occupations/animal-caretakers")]
    [InlineData("arreglar trocas", 3, "/occupations/automotive-service-technicians-and-mechanics|/occupations/bus-and-truck-mechanics-and-diesel-engine-specialists")]
    [InlineData("cuidar enfermos", 3, "/occupations/registered-nurses")]
    [InlineData("salvar vidas", 3, "/occupations/emergency-medical-technicians|/occupations/paramedics")]
    [InlineData("arreglar computadoras", 2, "/occupations/computer-user-support-specialists")]
    [InlineData("volar aviones", 2, "/occupations/airline-pilots-copilots-and-flight-engineers|/occupations/commercial-pilots")]
    [InlineData("hacer videos", 2, "/occupations/film-and-video-editors")]
    [InlineData("trabajar con las manos", 3, "/occupations/maintenance-and-repair-workers-general|/occupations/electricians")]
    [InlineData("cuidar el medio ambiente", 3, "/occupations/environmental-scientists-and-specialists-including-health")]
    [InlineData("belleza", 3, "/occupations/hairdressers-hairstylists-and-cosmetologists")]
    public async Task ADescription_InSpanish_FindsTheJobsItMeans(string query, int within, string expected)
    {
        var top = await TopAsync(query, within);

        Assert.True(expected.Split('|').Any(path => top.Contains("/es" + path)), $"\"{query}\": the first {within} were {string.Join(", ", top)}");
    }
}

/// <summary>The Spanish intents file over the small test content: how it is checked, and that it is read before the English one.</summary>
public sealed class SpanishIntentsFileTests : IDisposable
{
    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void TheSpanishFile_IsCheckedLikeTheEnglishOne_AccentsAllowed_AtItsOwnFileAndLine()
    {
        _content.Write("search/intents.es.yml", """
            - phrases: [sin universidad, educación técnica, Sin Título]
              education_up_to: high-school-diploma
            - phrases: [educacion tecnica, trabajos]
              education_up_to: universidad
            """);

        var problems = ContentLoader.Load(_content.Path).Problems.Where(p => p.File == "search/intents.es.yml").Select(p => (p.Line, p.Message)).ToList();

        Assert.Equal(
            [(1, "the phrase \"Sin Título\" must be lowercase letters, digits and single spaces, with at most one {x} for other words"),
             (3, "the phrase \"educacion tecnica\" is already listed on line 1 (search reads them the same way)"),
             (3, "the phrase \"trabajos\" has only words search leaves out (such as \"jobs\", \"a\", \"with\"): add a word that says what is wanted"),
             (4, "unknown education \"universidad\" in \"education_up_to\"; use one of: " + string.Join(", ", Web.Data.EducationLevels.Keys))],
            problems);
    }

    [Fact]
    public async Task APhraseInBothFiles_MeansWhatTheSpanishFileSays_OnTheSpanishSiteOnly()
    {
        _content.Write("search/intents.yml", "- phrases: [no college]\n  education_up_to: high-school-diploma\n")
            .Write("search/intents.es.yml", "- phrases: [no college, sin universidad]\n  education_up_to: no-formal-credential\n");
        using var site = new SiteFactory(_content.Path);

        var spanish = await site.GetDocumentAsync("/es/search?q=no+college");
        var spanishWords = await site.GetDocumentAsync("/es/search?q=sin+universidad");
        var english = await site.GetDocumentAsync("/search?q=no+college");
        var englishSpanishWords = await site.GetDocumentAsync("/search?q=sin+universidad");

        Assert.Equal("no-formal-credential", spanish.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
        Assert.Equal("no-formal-credential", spanishWords.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
        Assert.Equal("high-school-diploma", english.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
        Assert.Empty(englishSpanishWords.QuerySelectorAll(".filter-chip"));
    }
}
