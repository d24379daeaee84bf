using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// The Spanish site: every student page answers under /es in Spanish chrome, its links stay in Spanish, the switch
/// leads to the same page in the other language, pages in both languages name each other (alternates, sitemap), and a
/// page without Spanish text shows the English text, marked, under a notice in Spanish.
/// </summary>
public sealed class SpanishPagesTests(SpanishSite site) : IClassFixture<SpanishSite>
{
    /// <summary>One address of each student page type (Health Science and the home page are in Spanish, the rest not yet).</summary>
    public static TheoryData<string> StudentPages() =>
    [
        "/es", "/es/clusters", "/es/clusters/health-science", "/es/clusters/health-science/therapeutic-services", "/es/occupations",
        "/es/occupations/registered-nurses", "/es/guides", "/es/guides/what-is-a-career-cluster", "/es/search?q=nurse", "/es/survey",
        "/es/my-clusters", "/es/compare?clusters=health-science,information-technology", "/es/compare/jobs?j=registered-nurses,web-developers",
        "/es/state?job=registered-nurses",
    ];

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var client = site.CreatePlainClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(StudentPages))]
    public async Task EveryStudentPage_AnswersUnderEs_WithSpanishChrome(string path)
    {
        var (response, page) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Saltar al contenido principal", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Grupos", "Cuestionario", "Trabajos", "Guías", "Mis grupos"], page.QuerySelectorAll(".main-nav a").Select(a => a.TextContent));
        Assert.Contains("Este sitio incluye información de la", page.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StudentPages))]
    public async Task LinksInsideASpanishPage_StayInSpanish(string path)
    {
        var (_, page) = await GetAsync(path);

        var siteLinks = page.QuerySelectorAll("a[href]:not([hreflang]), form[action], button[formaction]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action") ?? e.GetAttribute("formaction")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .ToList();
        var english = siteLinks.Where(href => SitePaths.CultureOf(href.Split('?', '#')[0]) is null && SitePaths.HasLanguageVersion(href)).ToList();

        Assert.True(siteLinks.Count(href => href.StartsWith("/es", StringComparison.Ordinal)) >= 8, $"{path}: only {siteLinks.Count} links to the site");
        Assert.True(english.Count == 0, $"{path} links to English pages: {string.Join(", ", english)}");
        // The search box's suggestions come from the Spanish address too.
        Assert.All(page.QuerySelectorAll("input[data-suggest]"), input => Assert.StartsWith("/es/api/search/", input.GetAttribute("data-suggest"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/", "/es")]
    [InlineData("/es", "/")]
    [InlineData("/clusters/health-science", "/es/clusters/health-science")]
    [InlineData("/es/clusters/health-science", "/clusters/health-science")]
    [InlineData("/es/occupations/registered-nurses", "/occupations/registered-nurses")]
    [InlineData("/search?q=nurse&kind=occupation", "/es/search?q=nurse&kind=occupation")]
    [InlineData("/es/search?q=nurse&page=2", "/search?q=nurse&page=2")]
    [InlineData("/es/clusters/no-such-cluster", "/clusters/no-such-cluster")]
    public async Task TheLanguageSwitch_LinksToTheSamePage_InTheOtherLanguage(string path, string expected)
    {
        var (_, page) = await GetAsync(path);

        var link = Assert.Single(page.QuerySelectorAll("header a.language-switch"));
        Assert.Equal(expected, link.GetAttribute("href"));
        string other = path.StartsWith("/es", StringComparison.Ordinal) ? "en" : "es";
        Assert.Equal(other, link.GetAttribute("hreflang"));
        Assert.Equal(other == "es" ? "Español" : "English", link.QuerySelector($"[lang={other}]")!.TextContent);
    }

    [Fact]
    public async Task CounselorAndAdminPages_HaveNoSwitch()
    {
        var (_, page) = await GetAsync("/lists/new");

        Assert.Null(page.QuerySelector("a.language-switch"));
    }

    [Theory]
    [InlineData("/clusters/health-science")]
    [InlineData("/es/clusters/health-science")]
    [InlineData("/es")]
    [InlineData("/es/clusters")]
    public async Task APageWrittenInBothLanguages_NamesItsAlternates_AndItselfAsCanonical(string path)
    {
        var (_, page) = await GetAsync(path);
        string english = SitePaths.WithoutCulture(path).Path;

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal("http://localhost" + english, alternates["en"]);
        Assert.Equal("http://localhost" + SitePaths.InCulture(english, "es"), alternates["es"]);
        Assert.Equal("http://localhost" + english, alternates["x-default"]);
        Assert.Equal(3, alternates.Count);
        Assert.Equal("http://localhost" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSpanishClusterPage_HasItsSpanishWords_WithTheOfficialName_AndTheEnglishStructure()
    {
        var (_, page) = await GetAsync("/es/clusters/health-science");

        var h1 = page.QuerySelector("h1")!;
        Assert.StartsWith("Ciencias de la Salud", h1.TextContent, StringComparison.Ordinal);
        Assert.Null(h1.GetAttribute("lang"));
        Assert.Equal("(Health Science)", h1.QuerySelector(".official-name[lang=en]")!.TextContent);
        Assert.Equal("Quienes trabajan en ciencias de la salud cuidan a los pacientes.", page.QuerySelector(".lead")!.TextContent);
        Assert.Null(page.QuerySelector(".language-notice"));
        // The sections keep the English twin's anchors ("On this page" and links to a part work in both languages).
        Assert.Equal("Resumen", page.QuerySelector("h2#overview")!.TextContent);
        Assert.Equal("Dónde se trabaja", page.QuerySelector("h2#work-environment")!.TextContent);
        Assert.Equal("/es/clusters/health-science/therapeutic-services", page.QuerySelector("section[aria-labelledby=overview] a")!.GetAttribute("href"));
        // Its pathways have no Spanish yet: their English titles are marked as English.
        var pathway = page.QuerySelector(".pathway-cards .card-link")!;
        Assert.Equal(("Therapeutic Services", "en"), (pathway.TextContent, pathway.GetAttribute("lang")));
        Assert.Equal("Trabajos para explorar", page.QuerySelector("h2#jobs")!.TextContent);
        Assert.Equal("Ciencias de la Salud", page.QuerySelectorAll(".breadcrumbs li")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task TheSpanishHomePage_ShowsItsSpanishText_AndTheClustersInTheirLanguage()
    {
        var (_, page) = await GetAsync("/es");

        Assert.Equal("Inicio de prueba", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Te damos la bienvenida", page.QuerySelector(".hero .prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/es/clusters", page.QuerySelector(".hero .prose a")!.GetAttribute("href"));
        var cards = page.QuerySelectorAll(".cluster-card .card-link").ToList();
        Assert.Contains(cards, c => c.TextContent == "Ciencias de la Salud" && c.GetAttribute("lang") is null && c.GetAttribute("href") == "/es/clusters/health-science");
        Assert.Contains(cards, c => c.TextContent == "Information Technology" && c.GetAttribute("lang") == "en");
        Assert.Equal("Haz el cuestionario de intereses", page.QuerySelector(".survey-cta .button-link")!.TextContent);
    }

    [Theory]
    [InlineData("/es/occupations/registered-nurses", "/occupations/registered-nurses", "Registered Nurses", "Nurses care for patients")]
    [InlineData("/es/clusters/health-science/therapeutic-services", "/clusters/health-science/therapeutic-services", "Therapeutic Services", "You would care for patients.")]
    [InlineData("/es/guides/what-is-a-career-cluster", "/guides/what-is-a-career-cluster", "What is a career cluster?", "A career cluster")]
    public async Task APageWithoutSpanishText_ShowsTheEnglishText_MarkedAsEnglish_UnderASpanishNotice(string path, string english, string title, string text)
    {
        var (response, page) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Esta página todavía no está en español: por ahora te la mostramos en inglés.", page.QuerySelector("main .language-notice")!.TextContent);
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal(("en", title), (h1.GetAttribute("lang"), h1.TextContent.Trim()));
        // The English text is marked as English, for screen readers and translation tools.
        var paragraph = page.QuerySelectorAll("main p").Last(p => p.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.Equal("en", paragraph.Closest("[lang]")!.GetAttribute("lang"));
        // Its text is the English page's: that one is canonical, and neither names the other as an alternate.
        Assert.Equal("http://localhost" + english, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
        var (_, englishPage) = await GetAsync(english);
        Assert.Empty(englishPage.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Null(englishPage.QuerySelector(".language-notice"));
    }

    [Fact]
    public async Task TheSitemap_ListsThePagesWrittenInSpanish_UnderBothAddresses_WithTheirAlternates()
    {
        using var client = site.CreatePlainClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value);

        Assert.Contains("http://localhost/clusters/health-science", urls.Keys);
        Assert.Contains("http://localhost/es/clusters/health-science", urls.Keys);
        Assert.Contains("http://localhost/es", urls.Keys);
        Assert.Contains("http://localhost/es/clusters", urls.Keys);
        Assert.DoesNotContain("http://localhost/es/occupations/registered-nurses", urls.Keys);
        Assert.Contains("http://localhost/occupations/registered-nurses", urls.Keys);
        var alternates = urls["http://localhost/clusters/health-science"].Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost/es/clusters/health-science", alternates["es"]);
        Assert.Equal("http://localhost/clusters/health-science", alternates["en"]);
        Assert.Equal("http://localhost/clusters/health-science", alternates["x-default"]);
        Assert.Empty(urls["http://localhost/occupations/registered-nurses"].Elements(xhtml + "link"));
    }

    [Theory]
    [InlineData("/es/admin", "/admin")]
    [InlineData("/es/lists/new", "/lists/new")]
    [InlineData("/es/classes/new", "/classes/new")]
    [InlineData("/es/sitemap.xml", "/sitemap.xml")]
    [InlineData("/es/qr.svg?page=/clusters", "/qr.svg?page=/clusters")]
    public async Task CounselorAndAdminPages_AndFiles_MoveToTheirOneEnglishAddress(string path, string expected)
    {
        var (response, _) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/es/clusters/Health-Science", "/es/clusters/health-science")]
    [InlineData("/ES/clusters", "/es/clusters")]
    [InlineData("/es/", "/es")]
    [InlineData("/es/clusters/health-science/", "/es/clusters/health-science")]
    [InlineData("/es/frameworks/16/health-science", "/es/clusters/health-science")]
    public async Task AnAddressSpelledAnotherWay_MovesToItsOneSpelling_InTheSameLanguage(string path, string expected)
    {
        var (response, _) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AFormPostedFromASpanishPage_LeadsBackToTheSpanishPage()
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/es/my-clusters/choose")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["slug"] = "health-science", ["to"] = "shortlist", ["returnUrl"] = "/clusters/health-science#shortlist-health-science" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/es/clusters/health-science#shortlist-health-science", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SearchSuggestions_UnderEs_LeadToSpanishPages()
    {
        using var client = site.CreatePlainClient();

        string english = await client.GetStringAsync(new Uri("/api/search/suggest?q=nurse", UriKind.Relative));
        string spanish = await client.GetStringAsync(new Uri("/es/api/search/suggest?q=nurse", UriKind.Relative));

        Assert.Contains("\"url\":\"/occupations/registered-nurses\"", english, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"/es/occupations/registered-nurses\"", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNotFoundPage_IsInSpanish_UnderEs()
    {
        var (response, page) = await GetAsync("/es/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No encontramos la página", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main li a"), a => a.TextContent == "Ciencias de la Salud" && a.GetAttribute("href") == "/es/clusters/health-science");
    }

    [Fact]
    public async Task ARequestThatMakesNoSense_GetsTheSpanish400Page()
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/es/my-clusters/choose")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["slug"] = "no-such-cluster", ["to"] = "shortlist" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("No pudimos entender esa solicitud", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("La dirección o el formulario tenía algo que no pudimos usar. Revísalo y vuelve a intentarlo.", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task TheShareLink_AndTheQrCode_KeepTheLanguage()
    {
        var (_, page) = await GetAsync("/es/clusters/health-science");

        Assert.Equal("http://localhost/es/clusters/health-science", page.QuerySelector("[data-share-url]")!.TextContent);
        string qr = page.QuerySelector("img.share-qr")!.GetAttribute("src")!;
        Assert.Equal("/qr.svg?page=/es/clusters/health-science", qr);
        Assert.Equal("Comparte o imprime esta página", page.QuerySelector("#share-panel-title")!.TextContent);
        using var client = site.CreatePlainClient();
        using var code = await client.GetAsync(new Uri(qr, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.Equal("image/svg+xml", code.Content.Headers.ContentType!.MediaType);
        using var counselorPage = await client.GetAsync(new Uri("/qr.svg?page=/es/lists/new", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, counselorPage.StatusCode);
        using var unknown = await client.GetAsync(new Uri("/qr.svg?page=/es/clusters/no-such-cluster", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>Only Health Science has Spanish here: every crosswalk item says which language its title is in.</summary>
    [Fact]
    public async Task TheCrosswalkApi_InSpanish_SaysWhichTitlesAreStillEnglish()
    {
        using var client = site.CreatePlainClient();
        using var answer = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/crosswalk?lang=es", UriKind.Relative)));

        var clusters = answer.RootElement.GetProperty("data").GetProperty("clusters").EnumerateArray().ToList();
        var health = clusters.Single(c => c.GetProperty("slug").GetString() == "health-science");
        Assert.Equal(("es", "Ciencias de la Salud"), (health.GetProperty("language").GetString(), health.GetProperty("title").GetString()));
        var others = clusters.Where(c => c.GetProperty("slug").GetString() != "health-science").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, c => Assert.Equal("en", c.GetProperty("language").GetString()));
        Assert.All(health.GetProperty("pathways").EnumerateArray(), p => Assert.Equal("en", p.GetProperty("language").GetString()));
    }
}

/// <summary>The crosswalk's destinations over the real content with one 2024 cluster's Spanish file taken away (the small test content has no 2024 framework).</summary>
public sealed class CrosswalkDestinationLanguageTests
{
    [Fact]
    public async Task ADestinationWithoutSpanish_SaysItsTitleIsEnglish_TheOthersSpanish()
    {
        using var content = new ContentCopy(TestPaths.RealContent);
        File.Delete(Path.Combine(content.Path, "frameworks", "2024", "clusters", "healthcare-and-human-services.es.md"));
        using var site = new SiteFactory(content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        using var client = site.CreatePlainClient();

        using var answer = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/frameworks/16/clusters/health-science?lang=es", UriKind.Relative)));

        var destinations = answer.RootElement.GetProperty("data").GetProperty("crosswalk").EnumerateArray().ToList();
        var healthcare = destinations.Single(d => d.GetProperty("cluster").GetString() == "healthcare-and-human-services");
        Assert.Equal(("Healthcare & Human Services", "en"), (healthcare.GetProperty("title").GetString(), healthcare.GetProperty("language").GetString()));
        Assert.All(healthcare.GetProperty("parts").EnumerateArray(), p => Assert.Equal("es", p.GetProperty("language").GetString()));
        Assert.Contains(destinations, d => d.GetProperty("language").GetString() == "es");
    }
}
