using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Http;

/// <summary>
/// Pages carry an ETag of their content generation and address, answer If-None-Match with 304, and say who may keep
/// them: content pages any cache (revalidating), search and shortlist pages only the visitor's browser, per-visitor
/// pages nobody.
/// </summary>
public sealed class ValidatorAndCacheControlTests(HttpSite site) : IClassFixture<HttpSite>
{
    private static string ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString() ?? "";

    [Fact]
    public async Task AContentPage_HasAStableETag_AndIfNoneMatchGets304WithoutABody()
    {
        using var first = await site.SendAsync(HttpMethod.Get, "/clusters/health-science");
        using var again = await site.SendAsync(HttpMethod.Get, "/clusters/health-science");
        using var notModified = await site.SendAsync(HttpMethod.Get, "/clusters/health-science", ("If-None-Match", ETag(first)));

        Assert.Matches("^\"[0-9a-f]{20}\"$", ETag(first));
        Assert.Equal(ETag(first), ETag(again));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(ETag(first), ETag(notModified));
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(notModified));
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APageTheOutputCacheNoLongerHolds_IsStillConfirmedWith304_AndThenServedWhole()
    {
        using var first = await site.SendAsync(HttpMethod.Get, "/clusters/health-science/therapeutic-services", ("Accept-Encoding", "br"));
        await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Policies.ContentCacheTag, CancellationToken.None);

        using var notModified = await site.SendAsync(HttpMethod.Get, "/clusters/health-science/therapeutic-services",
            ("Accept-Encoding", "br"), ("If-None-Match", "W/" + ETag(first)));
        using var whole = await site.SendAsync(HttpMethod.Get, "/clusters/health-science/therapeutic-services", ("Accept-Encoding", "br"));

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(ETag(first), ETag(notModified));
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(notModified));
        // The 304 was not kept in the cache in the page's place.
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await whole.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnotherPage_OrAnotherEncoding_HasAnotherETag_AndAnOldTagGetsTheWholePage()
    {
        using var cluster = await site.SendAsync(HttpMethod.Get, "/clusters/health-science");
        using var other = await site.SendAsync(HttpMethod.Get, "/clusters/information-technology");
        using var brotli = await site.SendAsync(HttpMethod.Get, "/clusters/health-science", ("Accept-Encoding", "br"));
        using var withOtherTag = await site.SendAsync(HttpMethod.Get, "/clusters/health-science", ("If-None-Match", ETag(other)));

        Assert.NotEqual(ETag(cluster), ETag(other));
        Assert.NotEqual(ETag(cluster), ETag(brotli));
        Assert.Equal(HttpStatusCode.OK, withOtherTag.StatusCode);
        Assert.NotEmpty(await withOtherTag.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/clusters")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/guides/what-is-a-career-cluster")]
    [InlineData("/survey")]
    [InlineData("/sitemap.xml")]
    public async Task ContentPages_MayBeKeptByAnyCache_IfItAsksAgain(string path)
    {
        using var response = await site.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(response));
        Assert.NotEqual("", ETag(response));
        Assert.Contains("Accept-Encoding", HeadRequestTests.Values(response, "Vary"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=nurse")]
    [InlineData("/search")]
    [InlineData("/api/search/suggest?q=nu")]
    public async Task SearchResults_AreNeverKeptByASharedCache(string path)
    {
        using var response = await site.SendAsync(HttpMethod.Get, path);
        using var notModified = await site.SendAsync(HttpMethod.Get, path, ("If-None-Match", ETag(response)));

        Assert.Equal(HttpSite.Directives("private, no-cache"), HttpSite.CacheControl(response));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/my-clusters")]
    [InlineData("/my-clusters?c=health-science")]
    [InlineData("/lists/new")]
    [InlineData("/clusters/no-such-cluster")]
    public async Task PerVisitorPagesAndErrors_AreNeverStored(string path)
    {
        using var response = await site.SendAsync(HttpMethod.Get, path);

        // "private, no-store", or the antiforgery's "no-cache, no-store" on a page with a form token.
        Assert.Contains("no-store", HttpSite.CacheControl(response), StringComparison.Ordinal);
        Assert.DoesNotContain("public", HttpSite.CacheControl(response), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task ASurveyResult_IsNeverStored()
    {
        using var score = await site.SendAsync(HttpMethod.Get, "/survey/results");
        using var result = await site.SendAsync(HttpMethod.Get, score.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(HttpSite.Directives("private, no-store"), HttpSite.CacheControl(result));
    }

    [Fact]
    public async Task APageShowingAStudentsShortlist_IsTheirsAlone_AndHasItsOwnETag()
    {
        using var anyone = await site.SendAsync(HttpMethod.Get, "/clusters");
        using var student = await site.SendAsync(HttpMethod.Get, "/clusters", ("Cookie", "cc_my=health-science"));
        using var studentWithAnyonesTag = await site.SendAsync(HttpMethod.Get, "/clusters", ("Cookie", "cc_my=health-science"), ("If-None-Match", ETag(anyone)));

        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(anyone));
        Assert.Contains("Cookie", HeadRequestTests.Values(anyone, "Vary"), StringComparison.Ordinal);
        Assert.Equal(HttpSite.Directives("private, no-cache"), HttpSite.CacheControl(student));
        Assert.NotEqual(ETag(anyone), ETag(student));
        Assert.Equal(HttpStatusCode.OK, studentWithAnyonesTag.StatusCode);
    }

    [Fact]
    public async Task FingerprintedStaticFiles_AreKeptForAYear()
    {
        using var home = await site.SendAsync(HttpMethod.Get, "/");
        string css = System.Text.RegularExpressions.Regex.Match(await home.Content.ReadAsStringAsync(), "/css/site\\.[a-z0-9]+\\.css").Value;
        using var response = await site.SendAsync(HttpMethod.Get, css, ("Accept-Encoding", "br"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string cacheControl = HeadRequestTests.Values(response, "Cache-Control");
        Assert.Contains("max-age=31536000", cacheControl, StringComparison.Ordinal);
        Assert.Contains("immutable", cacheControl, StringComparison.Ordinal);
        Assert.Equal("br", HeadRequestTests.Values(response, "Content-Encoding"));
    }
}

/// <summary>A reload gives every page a new ETag, so a browser's copy from before the edit is never confirmed.</summary>
public sealed class ETagAfterReloadTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public ETagAfterReloadTests() => _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task AReload_ChangesTheETag_AndTheOldTagGetsTheNewPage()
    {
        using var client = _site.CreatePlainClient();
        using var before = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        string oldTag = before.Headers.ETag!.ToString();

        _content.Edit("clusters/health-science.md", "title: \"Health Science\"", "title: \"Health Science Careers\"");
        await _site.Services.GetRequiredService<ContentStore>().LoadAsync("test");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/clusters/health-science", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", oldTag);
        using var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag!.ToString());
        Assert.Contains("Health Science Careers", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
