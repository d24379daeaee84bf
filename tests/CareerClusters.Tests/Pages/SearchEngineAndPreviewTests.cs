using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Pages;

/// <summary>What search engines and link previews read: the sitemap, robots.txt, OpenGraph tags and the site's icons.</summary>
public class SearchEngineAndPreviewTests(TestContentSite site) : IClassFixture<TestContentSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// Every page the test content makes, and the fixed lists, which are in Spanish too (their words are the site's own;
    /// the test content has no Spanish files, so its content pages are listed in English only).
    /// </summary>
    private static readonly string[] ContentPages =
    [
        "/", "/clusters", "/clusters/health-science", "/clusters/information-technology",
        "/clusters/health-science/therapeutic-services", "/clusters/information-technology/web-and-digital-communications",
        "/occupations", "/occupations/health-informatics-specialists", "/occupations/registered-nurses", "/occupations/web-developers",
        "/guides", "/guides/what-is-a-career-cluster",
        "/es/clusters", "/es/occupations", "/es/guides",
    ];

    public static TheoryData<string> PagesWithPreviews => new()
    {
        "/", "/clusters", "/clusters/health-science", "/clusters/health-science/therapeutic-services", "/occupations/registered-nurses",
        "/occupations", "/guides/what-is-a-career-cluster", "/survey", "/search?q=nurse",
    };

    [Theory]
    [MemberData(nameof(PagesWithPreviews))]
    public async Task EveryPage_HasOpenGraphAndTwitterCardTags_WithItsCanonicalAddress(string path)
    {
        var page = await site.GetDocumentAsync(path);
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

        string canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal("http://localhost" + path.Split('?')[0], canonical);
        Assert.Equal(canonical, Meta("og:url"));
        Assert.Equal("website", Meta("og:type"));
        Assert.Equal("CareerClusters", Meta("og:site_name"));
        Assert.Equal(page.Title!.Replace(" | CareerClusters", "", StringComparison.Ordinal), Meta("og:title"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta("og:description"));
        Assert.Equal("http://localhost/images/og-card.png", Meta("og:image"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
    }

    [Fact]
    public async Task NotFoundPage_HasNoCanonicalLinkAndIsNotIndexed()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/clusters/no-such-cluster", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Sitemap_IsValidXml_ListingEveryContentPageOnce_WithItsLastChange()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemaps + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(ContentPages.Select(p => "http://localhost" + p).Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        foreach (var url in urls)
        {
            string lastModified = url.Element(Sitemaps + "lastmod")!.Value;
            Assert.True(DateTimeOffset.TryParseExact(lastModified, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
                $"{lastModified} is not a W3C date and time");
        }
        var guideFile = File.GetLastWriteTimeUtc(Path.Combine(TestPaths.TestContent, "guides", "what-is-a-career-cluster.md"));
        string guideDate = urls.Single(u => u.Element(Sitemaps + "loc")!.Value.EndsWith("/guides/what-is-a-career-cluster", StringComparison.Ordinal))
            .Element(Sitemaps + "lastmod")!.Value;
        Assert.Equal(guideFile.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), guideDate);
    }

    [Fact]
    public async Task EveryPageInTheSitemap_Answers200()
    {
        using var client = site.CreatePlainClient();
        foreach (string path in ContentPages)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task RobotsTxt_PointsToTheSitemap_AndKeepsCrawlersOutOfAdmin()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        string robots = await response.Content.ReadAsStringAsync();
        Assert.Contains("User-agent: *\nDisallow: /admin\n", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredBaseUrl_IsTheAddressInTheSitemapRobotsAndPreviews()
    {
        using var configured = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string> { ["Site:BaseUrl"] = "https://careers.example.org/" });
        using var client = configured.CreatePlainClient();

        string robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var page = await configured.GetDocumentAsync("/clusters/health-science");

        Assert.Contains("Sitemap: https://careers.example.org/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.All(sitemap.Descendants(Sitemaps + "loc"), loc => Assert.StartsWith("https://careers.example.org/", loc.Value, StringComparison.Ordinal));
        Assert.Equal("https://careers.example.org/clusters/health-science", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("https://careers.example.org/images/og-card.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task FaviconIco_IsARealIcon()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType!.MediaType);
        byte[] icon = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, icon[..4]);
        Assert.True(BinaryPrimitives.ReadUInt16LittleEndian(icon.AsSpan(4)) >= 1, "the icon holds no image");
    }

    [Theory]
    [InlineData("/apple-touch-icon.png", 180, 180)]
    [InlineData("/images/og-card.png", 1200, 630)]
    public async Task Images_ArePngsOfTheirSize(string path, int width, int height)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        byte[] png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(png, 0, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Theory]
    [InlineData("link[rel=icon][href$='.ico']", "image/x-icon")]
    [InlineData("link[rel=icon][type='image/svg+xml']", "image/svg+xml")]
    [InlineData("link[rel=apple-touch-icon]", "image/png")]
    public async Task Layout_LinksTheIcons_UnderAddressesThatAnswer(string selector, string contentType)
    {
        var page = await site.GetDocumentAsync("/");
        string href = page.QuerySelector(selector)?.GetAttribute("href") ?? throw new InvalidOperationException($"no {selector}");
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }
}
