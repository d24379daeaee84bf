using System.Net;
using AngleSharp.Html.Dom;
using CareerClusters.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Pages;

/// <summary>Every page type, rendered by the real app over the test content.</summary>
public class SitePagesTests(TestContentSite site) : IClassFixture<TestContentSite>
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "/", "Test home" },
        { "/clusters", "All 16 Career Clusters" },
        { "/clusters/health-science", "Health Science" },
        { "/clusters/health-science/therapeutic-services", "Therapeutic Services" },
        { "/occupations/registered-nurses", "Registered Nurses" },
        { "/occupations", "Jobs A–Z" },
        { "/guides", "Guides" },
        { "/guides/what-is-a-career-cluster", "What is a career cluster?" },
        { "/search?q=nurse", "Search results" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPageType_HasOneH1_TitleDescriptionAndCanonicalLink(string path, string heading)
    {
        var page = await site.GetDocumentAsync(path);

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(heading, h1.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        string canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.EndsWith(path.Split('?')[0], canonical, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        // Search results are for the visitor who searched, not for search engines.
        Assert.Equal(path.StartsWith("/search", StringComparison.Ordinal) ? "noindex, nofollow" : null,
            page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("main#main"));
    }

    [Fact]
    public async Task HomePage_ShowsIntroductionAndAClusterCardForEachCluster()
    {
        var page = await site.GetDocumentAsync("/");

        Assert.Contains("Welcome to the test site.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/clusters/health-science", "/clusters/information-technology"],
            page.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ClusterPage_ShowsBreadcrumbsSectionsStatementsPathwaysJobsAndRelatedClusters()
    {
        var page = await site.GetDocumentAsync("/clusters/health-science");

        Assert.Equal(["Home", "Clusters", "Health Science"], Crumbs(page));
        Assert.NotNull(page.QuerySelector("h2#overview"));
        Assert.NotNull(page.QuerySelector("h2#work-environment"));
        Assert.Contains("I like helping people feel better.", page.QuerySelector("#is-this-you")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/clusters/health-science/therapeutic-services']"));
        Assert.NotNull(page.QuerySelector("#jobs + * a[href='/occupations/registered-nurses']"));
        Assert.NotNull(page.QuerySelector("a[href='/clusters/information-technology']"));
        Assert.NotNull(page.QuerySelector("nav.toc a[href='#is-this-you']"));
    }

    [Theory]
    [InlineData("/clusters/health-science", "#overview", "#related")]
    [InlineData("/clusters/health-science/therapeutic-services", "#featured-jobs", "#all-jobs")]
    public async Task OnThisPage_LinksToEveryPartOfALongPage_AndEachLinkHasItsTarget(string path, string oneLink, string anotherLink)
    {
        var page = await site.GetDocumentAsync(path);

        var links = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(oneLink, links);
        Assert.Contains(anotherLink, links);
        Assert.All(links, href => Assert.True(page.GetElementById(href[1..]) is { TagName: "H2" }, $"{href} is an h2 on {path}"));
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Theory]
    [InlineData("/clusters/health-science", "#pathways", "#jobs")]
    [InlineData("/clusters/health-science/therapeutic-services", "#featured-jobs", null)]
    public async Task OnThisPage_ListsThePartsInTheOrderThePageShowsThem_TheAnswerFirst(string path, string first, string? second)
    {
        var page = await site.GetDocumentAsync(path);

        var links = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        var parts = page.QuerySelectorAll(".page-body h2[id]").Select(h => "#" + h.Id).Where(links.Contains).ToList();
        Assert.Equal(links, parts);
        Assert.Equal(first, links[0]);
        if (second is not null)
        {
            Assert.Equal(second, links[1]);
            // The overview and "Is this you?" follow the cluster's pathways and jobs.
            Assert.True(links.IndexOf("#overview") > links.IndexOf("#jobs") && links.IndexOf("#is-this-you") > links.IndexOf("#overview"));
        }
        // "On this page" is a disclosure: closed in the page (a phone shows one line; a wider screen opens it with a script).
        Assert.NotNull(page.QuerySelector("nav.toc > details.toc-fold[data-open-wide]:not([open]) > summary h2"));
    }

    [Fact]
    public async Task JobPage_StartsWithItsFactsRightAfterTheTitle_AndNamesItsOtherTitlesUnderWhatTheWorkIsLike()
    {
        var page = await site.GetDocumentAsync("/occupations/registered-nurses");

        var header = page.QuerySelector("article > header.page-header")!;
        Assert.True(header.NextElementSibling!.Matches("section.at-a-glance"));
        var facts = page.QuerySelectorAll(".at-a-glance dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.True(facts.FindIndex(f => f.StartsWith("Median pay", StringComparison.Ordinal)) < facts.FindIndex(f => f.StartsWith("Typical education", StringComparison.Ordinal)));
        Assert.True(facts.FindIndex(f => f.StartsWith("Typical education", StringComparison.Ordinal)) < facts.FindIndex(f => f.StartsWith("Job outlook", StringComparison.Ordinal)));
        Assert.Null(header.QuerySelector(".also-called"));
    }

    [Fact]
    public async Task PathwayPage_ShowsFeaturedJobs_AndEveryJobGroupedByEducation()
    {
        var page = await site.GetDocumentAsync("/clusters/health-science/therapeutic-services");

        Assert.Equal(["Home", "Clusters", "Health Science", "Therapeutic Services"], Crumbs(page));
        var featured = Assert.Single(page.QuerySelectorAll("#featured-jobs + ul > li"));
        Assert.Contains("Registered Nurses", featured.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bachelor's degree", featured.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nurses care for patients", featured.TextContent, StringComparison.Ordinal);
        var groups = page.QuerySelectorAll("#all-jobs + .education-groups h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Bachelor's degree", groups);
        Assert.NotNull(page.QuerySelector("#all-jobs + .education-groups a[href='/occupations/health-informatics-specialists']"));
        Assert.NotNull(page.QuerySelector("#all-jobs + .education-groups a[href='/occupations/registered-nurses']"));
    }

    [Fact]
    public async Task OccupationPage_ListsEveryPathwayAndLinksToOnet()
    {
        var page = await site.GetDocumentAsync("/occupations/health-informatics-specialists");

        var pathwayLinks = page.QuerySelectorAll("#pathways ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/clusters/health-science/therapeutic-services", pathwayLinks);
        Assert.Contains("/clusters/information-technology/web-and-digital-communications", pathwayLinks);
        Assert.NotNull(page.QuerySelector("a[href='https://www.onetonline.org/link/summary/15-1211.01']"));
        Assert.Equal("Home", Crumbs(page)[0]);
    }

    [Fact]
    public async Task EveryPage_CreditsOnetAsItsLicenceRequires_AndBls()
    {
        var page = await site.GetDocumentAsync("/occupations/registered-nurses");

        string footer = page.QuerySelector("footer")!.TextContent;
        Assert.Contains("This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.", footer, StringComparison.Ordinal);
        Assert.Contains("U.S. Bureau of Labor Statistics, Employment Projections program", footer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/clusters/no-such-cluster")]
    [InlineData("/clusters/health-science/no-such-pathway")]
    [InlineData("/occupations/no-such-job")]
    [InlineData("/occupations/99-9999.99")]
    [InlineData("/guides/no-such-guide")]
    public async Task UnknownAddress_Is404WithSearchBoxAndClusterLinks(string path)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.NotNull(page.QuerySelector("main a[href='/clusters/health-science']"));
    }

    [Theory]
    [InlineData("/clusters/info-tech", "/clusters/information-technology")]
    [InlineData("/clusters/information-technology/interactive-media", "/clusters/information-technology/web-and-digital-communications")]
    [InlineData("/clusters/info-tech/interactive-media", "/clusters/information-technology/web-and-digital-communications")]
    [InlineData("/clusters/info-tech/web-and-digital-communications", "/clusters/information-technology/web-and-digital-communications")]
    [InlineData("/clusters/health-science/web-and-digital-communications", "/clusters/information-technology/web-and-digital-communications")]
    [InlineData("/Clusters/Health-Science", "/clusters/health-science")]
    [InlineData("/occupations/29-1141.00", "/occupations/registered-nurses")]
    [InlineData("/occupations/Registered-Nurses", "/occupations/registered-nurses")]
    [InlineData("/clusters/health-science/", "/clusters/health-science")]
    [InlineData("/CLUSTERS/health-science", "/clusters/health-science")]
    [InlineData("/clusters/health-science/Therapeutic-Services/", "/clusters/health-science/therapeutic-services")]
    [InlineData("/Occupations/registered-nurses/", "/occupations/registered-nurses")]
    [InlineData("/guides/What-Is-A-Career-Cluster", "/guides/what-is-a-career-cluster")]
    [InlineData("/clusters/", "/clusters")]
    [InlineData("/Clusters?x=1", "/clusters?x=1")]
    [InlineData("/Search?q=Nurse", "/search?q=Nurse")]
    [InlineData("/clusters/info-tech/", "/clusters/info-tech")]
    [InlineData("/survey/results/AbC/", "/survey/results/AbC")]
    public async Task OldAndVariantAddresses_RedirectPermanently(string path, string target)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("http://localhost//evil.example/", "/evil.example")]
    [InlineData("http://localhost/%5Cevil.example/", "/%5Cevil.example")]
    public async Task TrailingSlashRedirect_NeverLeavesTheSite(string url, string target)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CanonicalAddress_IsServedAsIs_AndOnlyGetAndHeadAreRedirected()
    {
        using var client = site.CreatePlainClient();
        using var page = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/Clusters/Health-Science/", UriKind.Relative), new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.MovedPermanently, post.StatusCode);
    }

    [Fact]
    public async Task HealthEndpoint_IsHealthyOnceContentIsLoaded_AndSaysWhatItServesAndWhere()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var generation = site.Services.GetRequiredService<CareerClusters.Web.Content.ContentStore>().Current!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Healthy", answer.RootElement.GetProperty("status").GetString());
        Assert.Equal(generation.Number, answer.RootElement.GetProperty("generation").GetInt32());
        Assert.Equal(generation.Identity, answer.RootElement.GetProperty("content").GetString());
        Assert.Equal(Environment.MachineName, answer.RootElement.GetProperty("host").GetString());
    }

    [Fact]
    public async Task Pages_SendStrictSecurityHeaders()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/search?q=%27%22%3Cscript%3E")]
    [InlineData("/search?q=%25%25%25_")]
    [InlineData("/search?q=")]
    [InlineData("/clusters/%E2%9C%93")]
    [InlineData("/clusters/a%01b")]
    [InlineData("/error")]
    [InlineData("/error/500")]
    [InlineData("/occupations/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/error/999")]
    public async Task OddInput_NeverAnswers500(string path)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StylesheetAndScript_AreFingerprinted_SoBrowsersMayKeepThemForAYear()
    {
        var page = await site.GetDocumentAsync("/");
        string css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        string script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(css, UriKind.Relative));

        Assert.Matches(@"^/css/site\.[a-z0-9]{6,}\.css$", css);
        Assert.Matches(@"^/js/search-suggest\.[a-z0-9]{6,}\.js$", script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        foreach (string encoding in new[] { "gzip", "br" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(css, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var compressed = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
            Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length > 100, $"the stylesheet asked for as {encoding} came back empty");
        }
    }

    [Theory]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27", "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;")]
    [InlineData("/search?q=nurse%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "nurse&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    public async Task ReflectedInput_IsHtmlEncoded(string path, string encoded)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.Contains(encoded, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    private static List<string> Crumbs(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();
}
