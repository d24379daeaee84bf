using System.Net;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Pages;

/// <summary>The share panel (full link, QR code, copy and print) and the QR endpoint, which makes codes for the site's own pages only.</summary>
public class SharePanelTests(TestContentSite site) : IClassFixture<TestContentSite>
{
    public static TheoryData<string> SharedPages => new()
    {
        "/clusters/health-science",
        "/clusters/health-science/therapeutic-services",
        "/occupations/registered-nurses",
        "/guides/what-is-a-career-cluster",
    };

    [Theory]
    [MemberData(nameof(SharedPages))]
    public async Task EverySharedPageType_HasOnePanel_WithItsFullLinkAndQrCode(string path)
    {
        var page = await site.GetDocumentAsync(path);

        var panel = Assert.Single(page.QuerySelectorAll("section.share-panel"));
        Assert.Equal("http://localhost" + path, panel.QuerySelector("[data-share-url]")!.TextContent.Trim());
        var qr = panel.QuerySelector("img.share-qr")!;
        Assert.Equal("/qr.svg?page=" + path, qr.GetAttribute("src"));
        Assert.Contains("QR code", qr.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector("a[href='/qr.png?page=" + path + "'][download]"));
        // Without JavaScript the buttons stay hidden and the panel says how to print.
        Assert.True(panel.QuerySelector("[data-share-buttons]")!.HasAttribute("hidden"));
        Assert.Contains("press Ctrl+P", panel.TextContent, StringComparison.Ordinal);
        // The panel is folded behind one "Share" button (a closed <details>) in the page's header, after its title.
        var control = panel.ParentElement!;
        Assert.True(control.Matches("details.share-control"), $"the panel sits in {control.OuterHtml[..Math.Min(80, control.OuterHtml.Length)]}");
        Assert.False(control.HasAttribute("open"));
        Assert.Equal("Share", control.QuerySelector(":scope > summary")!.TextContent.Trim());
        Assert.Equal("header", control.ParentElement!.LocalName);
        Assert.NotNull(control.ParentElement.QuerySelector("h1"));
        // "Add to a list" is in the panel, on the pages a counselor's list can hold (not guides), and nowhere else.
        bool listable = !path.StartsWith("/guides/", StringComparison.Ordinal);
        Assert.Equal(listable ? 1 : 0, page.QuerySelectorAll(".add-to-list").Length);
        Assert.Equal(listable, panel.QuerySelector($".add-to-list a[href='/lists/add?page={Uri.EscapeDataString(path)}']") is not null);
    }

    [Theory]
    [MemberData(nameof(SharedPages))]
    [InlineData("/")]
    [InlineData("/clusters")]
    [InlineData("/occupations")]
    [InlineData("/guides")]
    public async Task QrCode_IsMadeForEveryPageOfTheSite_AsSvgAndPng_AndMayBeKept(string path)
    {
        using var client = site.CreatePlainClient();
        using var svg = await client.GetAsync(new Uri("/qr.svg?page=" + Uri.EscapeDataString(path), UriKind.Relative));
        using var png = await client.GetAsync(new Uri("/qr.png?page=" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=86400", svg.Headers.CacheControl!.ToString());
        string body = await svg.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", body, StringComparison.Ordinal);
        // Nothing a strict Content-Security-Policy would block when the code is opened on its own.
        Assert.DoesNotContain("style", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?page=")]
    [InlineData("?page=https://evil.example/")]
    [InlineData("?page=//evil.example/clusters/health-science")]
    [InlineData("?page=evil.example")]
    [InlineData("?page=/clusters/no-such-cluster")]
    [InlineData("?page=/clusters/Health-Science")]
    [InlineData("?page=/clusters/health-science/")]
    [InlineData("?page=/clusters/info-tech")]
    [InlineData("?page=/clusters/health-science%3Fx%3D1")]
    [InlineData("?page=/admin")]
    [InlineData("?page=/search%3Fq%3Dfree%2Bmoney")]
    [InlineData("?page=/survey/results/not-a-code")]
    [InlineData("?page=/qr.svg")]
    public async Task QrCode_OfAnythingButAPageOfTheSite_IsNotFound(string query)
    {
        using var client = site.CreatePlainClient();
        using var svg = await client.GetAsync(new Uri("/qr.svg" + query, UriKind.Relative));
        using var png = await client.GetAsync(new Uri("/qr.png" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, svg.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, png.StatusCode);
    }

    [Fact]
    public async Task QrCode_OfAVeryLongAddress_IsNotFound()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/qr.svg?page=/clusters/" + new string('a', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task QrCode_IsTheSameForTheSamePage_AndDiffersBetweenPages()
    {
        using var client = site.CreatePlainClient();
        string first = await client.GetStringAsync(new Uri("/qr.svg?page=/clusters/health-science", UriKind.Relative));
        string again = await client.GetStringAsync(new Uri("/qr.svg?page=/clusters/health-science", UriKind.Relative));
        string other = await client.GetStringAsync(new Uri("/qr.svg?page=/clusters/information-technology", UriKind.Relative));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
