using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CareerClusters.Tests.Http;

/// <summary>
/// Addresses the site owns (issue 22): without Site:BaseUrl, a request naming a foreign Host gets ASP.NET Core's bare
/// 400 before any page is built, so no link or QR code ever follows it; a configuration that would answer any host
/// without Site:BaseUrl does not start.
/// </summary>
public sealed class HostFilteringTests
{
    private static async Task<(int Status, string Body)> GetAsync(SiteFactory site, string host, string path)
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Host = new HostString(host);
            c.Request.Path = path;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task WithoutBaseUrlOrAllowedHosts_AForeignHostIsRefused_AndThisMachinesNamesAreAnswered()
    {
        using var site = new SiteFactory(TestPaths.TestContent);

        var evil = await GetAsync(site, "evil.example", "/clusters/health-science");
        var evilQr = await GetAsync(site, "evil.example", "/qr.svg?page=/clusters/health-science");
        var local = await GetAsync(site, "localhost:5091", "/clusters/health-science");
        var loopback = await GetAsync(site, "127.0.0.1:8080", "/clusters/health-science");

        Assert.Equal(400, evil.Status);
        Assert.DoesNotContain("evil.example", evil.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Health Science", evil.Body, StringComparison.Ordinal);
        Assert.Equal(400, evilQr.Status);
        Assert.Equal(200, local.Status);
        Assert.Contains("http://localhost:5091/clusters/health-science", local.Body, StringComparison.Ordinal);
        Assert.Equal(200, loopback.Status);
    }

    [Fact]
    public async Task TheHostsInAllowedHosts_AreAnswered_AndNoOther()
    {
        using var site = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string> { ["AllowedHosts"] = "careers.example.org;*.district.example" });

        var own = await GetAsync(site, "careers.example.org", "/clusters/health-science");
        var school = await GetAsync(site, "north.district.example", "/");
        var evil = await GetAsync(site, "evil.example", "/");
        var local = await GetAsync(site, "localhost", "/");

        Assert.Equal(200, own.Status);
        var canonical = new HtmlParser().ParseDocument(own.Body).QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("http://careers.example.org/clusters/health-science", canonical);
        Assert.Equal(200, school.Status);
        Assert.Equal(400, evil.Status);
        Assert.Equal(400, local.Status);
    }

    [Fact]
    public async Task WithBaseUrl_AnyHostIsAnswered_ButEveryLinkAndQrCodeUsesTheBaseUrl()
    {
        using var site = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string> { ["Site:BaseUrl"] = "https://careers.example.org/" });

        var page = await GetAsync(site, "evil.example", "/clusters/health-science");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("evil.example", page.Body, StringComparison.Ordinal);
        Assert.Equal("https://careers.example.org/clusters/health-science",
            new HtmlParser().ParseDocument(page.Body).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void AnyHostWithoutBaseUrl_StopsTheStartUp_WithAMessageNamingTheSettings()
    {
        using var site = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string> { ["AllowedHosts"] = "*" });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreatePlainClient());

        string messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
        Assert.Contains("AllowedHosts is \"*\" and Site:BaseUrl is not set", messages, StringComparison.Ordinal);
        Assert.Contains("docs/deploy.md", messages, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, false, "localhost;127.0.0.1;[::1]")]
    [InlineData(null, null, true, "*")]
    [InlineData(null, "https://careers.example.org", false, "*")]
    [InlineData("*", "https://careers.example.org", false, "*")]
    [InlineData("*", null, true, "*")]
    [InlineData("careers.example.org; localhost", null, false, "careers.example.org;localhost")]
    public void TheRule_GivesTheseHosts(string? allowedHosts, string? baseUrl, bool development, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AllowedHosts"] = allowedHosts,
            ["Site:BaseUrl"] = baseUrl,
        }).Build();

        Assert.Equal(expected, string.Join(";", HostFilteringServices.AllowedHosts(configuration, development)));
    }

    [Fact]
    public void ABaseUrlThatIsNotAnAddress_IsRefused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Site:BaseUrl"] = "careers.example.org" }).Build();

        var failure = Assert.Throws<InvalidOperationException>(() => HostFilteringServices.AllowedHosts(configuration, development: false));

        Assert.Contains("Site:BaseUrl is \"careers.example.org\"", failure.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }
}
