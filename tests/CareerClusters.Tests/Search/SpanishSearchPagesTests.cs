using CareerClusters.Tests.Spanish;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Search;

/// <summary>
/// The Spanish search page over the test content, where Health Science is in Spanish and the jobs are not yet: a
/// translated page is found by its Spanish words and titled in Spanish; a page without Spanish is found by its English
/// words and shown in English, marked lang="en"; the English search is untouched.
/// </summary>
public sealed class SpanishSearchPagesTests(SpanishSite site) : IClassFixture<SpanishSite>
{
    [Theory]
    [InlineData("ciencias de la salud")]
    [InlineData("CIENCIAS SALUD")]
    [InlineData("ciencia salud")]
    public async Task ATranslatedPage_IsFoundByItsSpanishWords_AnyAccentsAndForms_AndTitledInSpanish(string query)
    {
        var page = await site.GetDocumentAsync($"/es/search?q={Uri.EscapeDataString(query)}");

        var first = page.QuerySelector("ol.results li")!;
        var title = first.QuerySelector("a.result-title")!;
        Assert.Equal("/es/clusters/health-science", title.GetAttribute("href"));
        Assert.Equal("Ciencias de la Salud", title.TextContent.Trim());
        Assert.Null(title.GetAttribute("lang"));
        var snippet = first.QuerySelector(".snippet")!;
        Assert.Null(snippet.GetAttribute("lang"));
        Assert.Contains(snippet.QuerySelectorAll("mark"), m => m.TextContent.StartsWith("salud", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task APageWithoutSpanish_IsFoundByItsEnglishWords_AndShownInEnglish_Marked()
    {
        var page = await site.GetDocumentAsync("/es/search?q=registered%20nurses");

        var first = page.QuerySelector("ol.results li")!;
        var title = first.QuerySelector("a.result-title")!;
        Assert.Equal("/es/occupations/registered-nurses", title.GetAttribute("href"));
        Assert.Equal("Registered Nurses", title.TextContent.Trim());
        Assert.Equal("en", title.GetAttribute("lang"));
        Assert.Equal("en", first.QuerySelector(".snippet")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheClusterFilter_AndAResultsPlace_AreInSpanish()
    {
        var page = await site.GetDocumentAsync("/es/search?q=nurses");

        Assert.Equal("Ciencias de la Salud", page.QuerySelector("#filter-cluster option[value='health-science']")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("ol.results li .muted"), place => place.TextContent.Contains("Ciencias de la Salud", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEnglishSearch_StaysEnglish()
    {
        var page = await site.GetDocumentAsync("/search?q=health%20science");

        var title = page.QuerySelector("ol.results a.result-title")!;
        Assert.Equal("/clusters/health-science", title.GetAttribute("href"));
        Assert.Equal("Health Science", title.TextContent.Trim());
        Assert.Null(title.GetAttribute("lang"));
        Assert.Empty((await site.GetDocumentAsync("/search?q=salud")).QuerySelectorAll("ol.results li"));
    }

    [Fact]
    public async Task SuggestionsUnderEs_AreSpanishPages()
    {
        using var client = site.CreatePlainClient();
        string json = await client.GetStringAsync(new Uri("/es/api/search/suggest?q=salud", UriKind.Relative));

        Assert.Contains("Ciencias de la Salud", json, StringComparison.Ordinal);
        Assert.Contains("/es/clusters/health-science", json, StringComparison.Ordinal);
        // A title in the page's language says nothing of its language.
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var cluster = parsed.RootElement.EnumerateArray().First(s => s.GetProperty("url").GetString() == "/es/clusters/health-science");
        Assert.False(cluster.TryGetProperty("lang", out _));
    }

    [Fact]
    public async Task TheSearchApi_InSpanish_SaysWhichResultsAreStillEnglish()
    {
        using var client = site.CreatePlainClient();
        using var english = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=registered%20nurses&lang=es", UriKind.Relative)));
        using var spanish = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=ciencias%20de%20la%20salud&lang=es", UriKind.Relative)));

        var nurses = english.RootElement.GetProperty("data").GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("html").GetString() == "/es/occupations/registered-nurses");
        Assert.Equal(("Registered Nurses", "en", "en"),
            (nurses.GetProperty("title").GetString(), nurses.GetProperty("language").GetString(), nurses.GetProperty("snippetLanguage").GetString()));
        var cluster = spanish.RootElement.GetProperty("data").GetProperty("hits")[0];
        Assert.Equal(("Ciencias de la Salud", "es", "es"),
            (cluster.GetProperty("title").GetString(), cluster.GetProperty("language").GetString(), cluster.GetProperty("snippetLanguage").GetString()));
    }

    [Fact]
    public async Task ASuggestionShownInEnglish_OnTheSpanishSite_SaysSo()
    {
        using var client = site.CreatePlainClient();
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/es/api/search/suggest?q=registered%20nurses", UriKind.Relative)));

        var nurses = json.RootElement.EnumerateArray().First(s => s.GetProperty("url").GetString() == "/es/occupations/registered-nurses");
        Assert.Equal(("Registered Nurses", "en"), (nurses.GetProperty("title").GetString(), nurses.GetProperty("lang").GetString()));
    }
}

/// <summary>content/search/synonyms.es.yml is checked like the English file, with file:line problems, and read by stems.</summary>
public class SpanishSynonymsFileTests
{
    private const string File = "search/synonyms.es.yml";

    [Fact]
    public void AGoodFile_IsReadWithoutProblems()
    {
        using var content = new ContentCopy().Write(File, "enfermera: enfermeros registrados, registered nurses\nmecánico de autos: mecánicos automotrices\nuñas: manicuristas\n");

        var result = ContentLoader.Load(content.Path);

        Assert.DoesNotContain(result.Problems, p => p.File == File);
        Assert.Equal(["enfermera", "mecánico de autos", "uñas"], result.Content.SynonymsIn(SiteCultures.Spanish).Select(s => s.Term));
    }

    [Theory]
    [InlineData("enfermera: enfermeros\nEnfermera: x\n", 2, "must be lowercase letters")]
    [InlineData("enfermera: enfermeros\nmaestra:\n", 2, "has nothing to search for")]
    [InlineData("de la: enfermeros\n", 1, "only words search leaves out")]
    [InlineData("enfermera: enfermeros\nenfermeros: nurses\n", 2, "the same search as \"enfermera\" on line 1")]
    [InlineData("mecánico: mecánicos\nmecanico: mechanics\n", 2, "the same search as \"mecánico\" on line 1")]
    [InlineData("médico: médicos\nmédico: doctors\n", 2, "listed twice")]
    [InlineData("enfermera: [enfermeros\n", 2, "invalid YAML")]
    public void AProblem_IsAnErrorAtItsLine(string text, int line, string message)
    {
        using var content = new ContentCopy().Write(File, text);

        var result = ContentLoader.Load(content.Path);

        Assert.Contains(result.Errors, p => p.File == File && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSpanishSynonyms_ComeFirst_ThenTheEnglishOnes()
    {
        using var content = new ContentCopy().Write(File, "doctor: médicos\n").Write("search/synonyms.yml", "doctor: physicians\nnurse: registered nurses\n");
        var result = ContentLoader.Load(content.Path);
        var synonyms = result.Content.SynonymsIn(SiteCultures.Spanish).Concat(result.Content.Synonyms).Select(s => (s.Term, s.Expansion));

        var lexicon = new SearchLexicon(new Dictionary<string, int>(), synonyms, language: SearchLanguage.Spanish);

        Assert.Equal([["medicos"]], lexicon.SynonymOf(["doctores"]));
        Assert.Equal([["registered", "nurses"]], lexicon.SynonymOf(["nurses"]));
    }
}
