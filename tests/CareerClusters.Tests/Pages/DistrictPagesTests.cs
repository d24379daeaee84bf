using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Pages;

/// <summary>The site over the test content with a district folder (Content:LocalPath): "In our district" on the right pages, in search, on guides.</summary>
public sealed class DistrictPagesTests : IDisposable
{
    private readonly ContentCopy _content = new ContentCopy().Write("data/states/states.csv", "code,name,slug,career_site\nCO,Colorado,colorado,\nTX,Texas,texas,\n");
    private readonly ContentCopy _local = new ContentCopy(TestPaths.TestLocal).Write("site.yml", "name: \"Test Unified School District\"\nstate: CO\n");
    private readonly SiteFactory _site;

    public DistrictPagesTests() => _site = new SiteFactory(_content.Path, new Dictionary<string, string>
    {
        ["Content:LocalPath"] = _local.Path,
        ["Content:WatchForChanges"] = "false",
    });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
        _local.Dispose();
    }

    [Theory]
    [InlineData("/clusters/health-science", "Courses by grade", "Kestrel Valley College")]
    [InlineData("/clusters/health-science/therapeutic-services", "Job shadowing", "Harbor Point Clinic")]
    [InlineData("/occupations/registered-nurses", "Nursing programs near us", "two-year nursing degree")]
    public async Task APageWithASection_ShowsIt_LabelledWithTheDistrictsName(string path, string part, string words)
    {
        var page = await _site.GetDocumentAsync(path);

        var district = page.QuerySelector("section#in-our-district")!;
        Assert.Equal("In our district", district.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Test Unified School District", district.QuerySelector(".district-name")!.TextContent.Trim());
        Assert.Contains(part, district.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Contains(words, district.TextContent, StringComparison.Ordinal);
        // Only the district's part carries its words: the national text around it is unchanged.
        Assert.DoesNotContain(words, page.QuerySelector("main")!.TextContent.Replace(district.TextContent, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterAndPathwayPages_ListTheDistrictsPart_OnThisPage_AndAJobPageLinksToIt()
    {
        var cluster = await _site.GetDocumentAsync("/clusters/health-science");
        var job = await _site.GetDocumentAsync("/occupations/registered-nurses");
        var pathway = await _site.GetDocumentAsync("/clusters/health-science/therapeutic-services");

        Assert.Contains("#in-our-district", cluster.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.Contains("#in-our-district", pathway.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal("In our district: what Test Unified School District offers for this job", job.QuerySelector(".district-jump a")!.TextContent.Trim());
    }

    [Fact]
    public async Task APageWithoutASection_HasNoDistrictPart()
    {
        var page = await _site.GetDocumentAsync("/clusters/information-technology");

        Assert.Null(page.QuerySelector("#in-our-district"));
        Assert.DoesNotContain("In our district", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsTheDistrictsPart_AsAResultOfItsOwn_LeadingToThePart()
    {
        var page = await _site.GetDocumentAsync("/search?q=kestrel+valley");

        var results = page.QuerySelectorAll("ol.results li").ToList();
        var cluster = Assert.Single(results, r => r.QuerySelector("a.result-title")!.GetAttribute("href") == "/clusters/health-science#in-our-district");
        Assert.Equal("In our district", cluster.QuerySelector(".kind")!.TextContent.Trim());
        Assert.Equal("Health Science", cluster.QuerySelector("a.result-title")!.TextContent.Trim());
        Assert.Contains("<mark>Kestrel</mark>", cluster.QuerySelector(".snippet")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains(results, r => r.QuerySelector("a.result-title")!.GetAttribute("href") == "/occupations/registered-nurses#in-our-district");
        Assert.Contains("In our district (2)", page.QuerySelectorAll(".kind-tabs a").Select(a => a.TextContent.Trim()));
        // The district's own search words: "kvc" is its synonym, "free college classes" its intent.
        Assert.Contains("/clusters/health-science#in-our-district", await ResultLinksAsync("/search?q=kvc"));
        Assert.Contains("/clusters/health-science#in-our-district", await ResultLinksAsync("/search?q=free+college+classes"));
    }

    [Fact]
    public async Task TheDistrictsGuide_IsAGuideOfTheSite_LabelledAsTheDistricts()
    {
        var guide = await _site.GetDocumentAsync("/guides/our-career-center");
        var index = await _site.GetDocumentAsync("/guides");

        Assert.Equal("Guide from Test Unified School District", guide.QuerySelector(".eyebrow")!.TextContent.Trim());
        Assert.Contains("From Test Unified School District", index.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Guide", (await _site.GetDocumentAsync("/guides/what-is-a-career-cluster")).QuerySelector(".eyebrow")!.TextContent.Trim());
    }

    [Fact]
    public async Task AJobPage_WithoutAChosenState_ShowsTheDistrictsState_AndTheStudentsChoiceWins()
    {
        var page = await _site.GetDocumentAsync("/occupations/registered-nurses");
        Assert.Equal("Registered Nurses in Colorado", page.QuerySelector("#in-your-state-heading")!.TextContent.Trim());
        Assert.StartsWith("Colorado is Test Unified School District's state.", page.QuerySelector(".state-change")!.TextContent.Trim(), StringComparison.Ordinal);

        using var client = _site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/occupations/registered-nurses");
        request.Headers.Add("Cookie", "cc_state=TX");
        using var response = await client.SendAsync(request);
        var chosen = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Registered Nurses in Texas", chosen.QuerySelector("#in-your-state-heading")!.TextContent.Trim());
        Assert.StartsWith("Your state is Texas.", chosen.QuerySelector(".state-change")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheGeneration_KnowsTheDistrict_AndAPageWithoutASectionAsksNothingMore()
    {
        await _site.GetDocumentAsync("/clusters/health-science");
        var district = _site.Services.GetRequiredService<ContentStore>().Current!.District;

        Assert.Equal("Test Unified School District", district.Name);
        Assert.Equal("CO", district.StateCode);
        Assert.Equal(["/clusters/health-science", "/clusters/health-science/therapeutic-services", "/occupations/registered-nurses"], district.SectionPages.Order(StringComparer.Ordinal));
        Assert.Equal(["/guides/our-career-center"], district.GuidePages);
        Assert.False(district.HasSectionFor("/clusters/information-technology"));
    }

    private async Task<List<string?>> ResultLinksAsync(string path)
    {
        IHtmlDocument page = await _site.GetDocumentAsync(path);
        return [.. page.QuerySelectorAll("ol.results a.result-title").Select(a => a.GetAttribute("href"))];
    }

    [Fact]
    public async Task WithoutADistrictFolder_NoPageOrSearchMentionsOne()
    {
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        using var client = site.CreatePlainClient();

        using var cluster = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        using var search = await client.GetAsync(new Uri("/search?q=health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, cluster.StatusCode);
        Assert.DoesNotContain("in-our-district", await cluster.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("In our district", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Same(DistrictInfo.None, site.Services.GetRequiredService<ContentStore>().Current!.District);
    }
}
