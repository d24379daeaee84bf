using System.Net;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Modern2024;

/// <summary>A district that adopted the 2024 framework shows it first; every address works in both settings.</summary>
public sealed class Site2024First() : SiteFactory(TestPaths.RealContent, new Dictionary<string, string> { ["Frameworks:Default"] = "2024" });

public class DefaultFrameworkTests(RealContentSite sixteenFirst, Site2024First modernFirst) : IClassFixture<RealContentSite>, IClassFixture<Site2024First>
{
    [Fact]
    public async Task ByDefault_TheHomePageAndMenuShowThe16Clusters_WithThe2024OnesOneClickAway()
    {
        var home = await sixteenFirst.GetDocumentAsync("/");

        Assert.Equal("The 16 Career Clusters", home.QuerySelector("#clusters-title")!.TextContent);
        Assert.Equal("/clusters/agriculture-food-and-natural-resources", home.QuerySelector(".cluster-cards .card-link")!.GetAttribute("href"));
        Assert.Equal("/clusters", home.QuerySelector(".main-nav a")!.GetAttribute("href"));
        Assert.NotNull(home.QuerySelector(".framework-switch a[href='/frameworks/2024']"));
    }

    [Fact]
    public async Task WithFrameworksDefault2024_TheHomePageAndMenuShowThe14Clusters_WithThe16OneClickAway()
    {
        var home = await modernFirst.GetDocumentAsync("/");

        Assert.Equal("The 14 Career Clusters of 2024", home.QuerySelector("#clusters-title")!.TextContent);
        Assert.Equal("/frameworks/2024/advanced-manufacturing", home.QuerySelector(".cluster-cards .card-link")!.GetAttribute("href"));
        Assert.Equal(14, home.QuerySelectorAll(".cluster-cards > li").Length);
        Assert.Equal("/frameworks/2024", home.QuerySelector(".main-nav a")!.GetAttribute("href"));
        Assert.NotNull(home.QuerySelector(".framework-switch a[href='/clusters']"));
    }

    [Theory]
    [InlineData("/clusters")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/frameworks/2024")]
    [InlineData("/frameworks/2024/healthcare-and-human-services/physical-health")]
    [InlineData("/frameworks/crosswalk")]
    [InlineData("/survey")]
    public async Task EveryAddress_WorksInBothSettings(string path)
    {
        using var sixteen = sixteenFirst.CreatePlainClient();
        using var modern = modernFirst.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await sixteen.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await modern.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void AnUnknownFramework_StopsTheSiteAtStartUp_NamingTheSetting()
    {
        using var site = new SiteFactory(TestPaths.RealContent, new Dictionary<string, string> { ["Frameworks:Default"] = "2020" });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Frameworks:Default must be one of: 16, 2024", error.ToString(), StringComparison.Ordinal);
    }
}
