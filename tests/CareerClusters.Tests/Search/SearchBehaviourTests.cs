using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Search;

/// <summary>The search page and the suggestion API over the real content: filters, counts, pages, and hostile input.</summary>
public class SearchBehaviourTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    [Fact]
    public async Task EmptyQuery_ShowsAHelpfulPageWithExamplesAndClusters()
    {
        var page = await site.GetDocumentAsync("/search?q=");

        Assert.Equal("Search", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/search?q=nurse']"));
        Assert.NotEmpty(page.QuerySelectorAll("main .card-title a"));
    }

    [Fact]
    public async Task NoResults_SaysSo_AndOffersPopularClusters()
    {
        var page = await site.GetDocumentAsync("/search?q=zzzzqqqq");

        Assert.Contains("No pages match", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("main .card-title a[href^='/clusters/']"));
    }

    [Fact]
    public async Task AWordTooFarFromAnyForAutomaticCorrection_GetsADidYouMeanLink()
    {
        var page = await site.GetDocumentAsync("/search?q=electrishun");

        var link = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("electrician", link.TextContent);
        Assert.Equal("/search?q=electrician", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_ShowKindClusterHighlightedSnippetCountsAndKeepTheQueryInTheBox()
    {
        var page = await site.GetDocumentAsync("/search?q=nurse");

        Assert.Equal("nurse", page.QuerySelector("#search-q")!.GetAttribute("value"));
        var first = page.QuerySelector("ol.results li")!;
        Assert.Equal("Job", first.QuerySelector(".kind")!.TextContent);
        Assert.Contains("in Health Science", first.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("ol.results .snippet mark"));
        Assert.Matches(@"^\d+ pages found", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".kind-tabs a"), a => a.TextContent.StartsWith("Jobs (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KindAndClusterFilters_NarrowTheResults()
    {
        var jobs = await site.GetDocumentAsync("/search?q=engineer&kind=occupation");
        var inStem = await site.GetDocumentAsync("/search?q=engineer&kind=occupation&cluster=science-technology-engineering-and-mathematics");

        Assert.All(jobs.QuerySelectorAll("ol.results .kind"), k => Assert.Equal("Job", k.TextContent));
        Assert.All(inStem.QuerySelectorAll("ol.results li .muted"), c => Assert.Contains("Science, Technology, Engineering & Mathematics", c.TextContent, StringComparison.Ordinal));
        Assert.True(Count(inStem) < Count(jobs), $"{Count(inStem)} results with the cluster filter, {Count(jobs)} without");
    }

    [Fact]
    public async Task EducationFilter_KeepsOnlyJobsWithThatEducation()
    {
        var page = await site.GetDocumentAsync("/search?q=technician&education=associates-degree");

        var contexts = page.QuerySelectorAll("ol.results li .muted").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(contexts);
        // "in Manufacturing · Associate's degree · $68,730 a year": the education is the line's second part.
        Assert.All(contexts, c => Assert.Equal("Associate's degree", c.Split(" · ")[1]));
    }

    [Fact]
    public async Task ManyResults_ArePaged()
    {
        var first = await site.GetDocumentAsync("/search?q=workers");
        var second = await site.GetDocumentAsync("/search?q=workers&page=2");

        Assert.Equal(SearchController.PageSize, first.QuerySelectorAll("ol.results li").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next][href='/search?q=workers&page=2']"));
        Assert.Equal("21", second.QuerySelector("ol.results")!.GetAttribute("start"));
        Assert.NotEqual(first.QuerySelector("ol.results a")!.GetAttribute("href"), second.QuerySelector("ol.results a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SuggestApi_ReturnsTitlesKindsAndAddresses_ForAWordBeingTyped()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/api/search/suggest?q=veterin", UriKind.Relative));
        var suggestions = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.InRange(suggestions.GetArrayLength(), 1, 8);
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("url").GetString() == "/occupations/veterinarians" && s.GetProperty("kind").GetString() == "Job");
    }

    [Fact]
    public async Task OpenSearchDescription_LetsBrowsersAddTheSiteSearch()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/opensearch.xml", UriKind.Relative));
        string xml = await response.Content.ReadAsStringAsync();
        var home = await site.GetDocumentAsync("/");

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        var templates = XDocument.Parse(xml).Root!.Elements(ns + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal("http://localhost/search?q={searchTerms}", templates["text/html"]);
        Assert.Equal("http://localhost/api/search/opensearch-suggestions?q={searchTerms}", templates["application/x-suggestions+json"]);
        Assert.NotNull(home.QuerySelector("link[rel=search][href='/opensearch.xml']"));
    }

    [Fact]
    public async Task OpenSearchSuggestions_AnswerInTheShapeTheDescriptionAdvertises()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/api/search/opensearch-suggestions?q=vet", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal("application/x-suggestions+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, root.GetArrayLength());
        Assert.Equal("vet", root[0].GetString());
        var titles = root[1].EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("Veterinarians", titles);
        Assert.Equal(titles.Count, root[3].GetArrayLength());
        Assert.Contains("http://localhost/occupations/veterinarians", root[3].EnumerateArray().Select(u => u.GetString()));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"unclosed quote",
        "nurse NEAR(doctor, 2)",
        "nurs*",
        "title:nurse",
        "^nurse",
        "(nurse OR doctor",
        "nurse AND OR NOT",
        "NOT",
        "AND",
        "\"\"\"",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%00%01",
        new string('a', 2000),
        string.Join(" ", Enumerable.Repeat("nurse", 400)),
        "\u202Enurse\u202C \u0301\u0301 🙂 𝔫𝔲𝔯𝔰𝔢 ﷽",
        "ｎｕｒｓｅ",
        "-",
        "*",
        "{}[]|\\",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task AnyQuery_AnswersWithoutAServerError_AndNeverEchoesMarkup(string query)
    {
        using var client = site.CreatePlainClient();

        foreach (string path in new[] { "/search?q=", "/api/search/suggest?q=" })
        {
            using var response = await client.GetAsync(new Uri(path + Uri.EscapeDataString(query), UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path}{query[..Math.Min(40, query.Length)]} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AVeryLongQuery_IsShortenedAndSaysSo()
    {
        var page = await site.GetDocumentAsync("/search?q=" + string.Join("+", Enumerable.Repeat("nurse", 100)));

        Assert.Contains("very long", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_AreEncodedBeforeMarksAreAdded()
    {
        string html = SearchEngine.HighlightedHtml("<b>bold</b> & \u0002nurse\u0003 <script>");

        Assert.Equal("&lt;b&gt;bold&lt;/b&gt; &amp; <mark>nurse</mark> &lt;script&gt;", html);
    }

    [Fact]
    public async Task UnknownFilterValues_AreIgnoredNotErrors()
    {
        var page = await site.GetDocumentAsync("/search?q=nurse&kind=bogus&cluster=nowhere&education=phd&page=-5");

        Assert.NotEmpty(page.QuerySelectorAll("ol.results li"));
    }

    private static int Count(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(new string(page.QuerySelector("[role=status]")!.TextContent.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
