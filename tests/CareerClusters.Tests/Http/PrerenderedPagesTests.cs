using System.Net;
using System.Reflection;
using AngleSharp.Html.Parser;
using CareerClusters.Web.Configuration;
using CareerClusters.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Http;

/// <summary>
/// Pages known in advance are drawn once per content generation and then answered from the bytes kept
/// (PrerenderedPagesMiddleware): the same bytes and headers as the drawn page, 304 and HEAD as before; and a request
/// that carries a student's choices never gets a kept page, nor leaves one for others.
/// </summary>
public sealed class PrerenderedPagesTests(HttpSite site) : IClassFixture<HttpSite>
{
    private PrerenderedPages Kept => site.Services.GetRequiredService<ContentStore>().Current!.Prerendered;

    private static string? Pressed(string html, string slug) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"form#shortlist-{slug} button[data-choice=shortlist]")?.GetAttribute("aria-pressed");

    [Fact]
    public async Task AShortlistCookie_NeverGetsAKeptPage_AndItsPageIsNeverKeptForOthers()
    {
        // Drawn for a student with a shortlist first: shows their choice, and nothing is kept.
        int before = Kept.Count;
        using var withChoice = await site.SendAsync(HttpMethod.Get, "/clusters/information-technology", ("Cookie", "cc_my=information-technology"));
        Assert.Equal("true", Pressed(await withChoice.Content.ReadAsStringAsync(), "information-technology"));
        Assert.Equal(before, Kept.Count);

        // Then an anonymous visitor twice: the page without the choice, kept after the first.
        using var anonymous = await site.SendAsync(HttpMethod.Get, "/clusters/information-technology");
        Assert.Equal(before + 1, Kept.Count);
        using var fromKept = await site.SendAsync(HttpMethod.Get, "/clusters/information-technology");
        Assert.Equal("false", Pressed(await fromKept.Content.ReadAsStringAsync(), "information-technology"));

        // Now that the page is kept, students with choices (alone or beside other cookies) still get their own page.
        foreach (string cookie in new[] { "cc_my=information-technology", "theme=dark; cc_my=information-technology" })
        {
            using var again = await site.SendAsync(HttpMethod.Get, "/clusters/information-technology", ("Cookie", cookie));
            Assert.Equal("true", Pressed(await again.Content.ReadAsStringAsync(), "information-technology"));
            Assert.Equal(HttpSite.Directives("private, no-cache"), HttpSite.CacheControl(again));
            Assert.NotEqual(anonymous.Headers.ETag, again.Headers.ETag);
        }
        Assert.Equal(before + 1, Kept.Count);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/clusters/health-science/therapeutic-services", "br")]
    [InlineData("/occupations/registered-nurses", "gzip")]
    [InlineData("/guides/what-is-a-career-cluster", "gzip, deflate, br")]
    [InlineData("/sitemap.xml", null)]
    public async Task AKeptPage_IsTheDrawnPage_ByteForByte_WithItsHeaders(string path, string? acceptEncoding)
    {
        var headers = acceptEncoding is null ? [] : new[] { ("Accept-Encoding", acceptEncoding) };
        using var drawn = await site.SendAsync(HttpMethod.Get, path, headers);
        int kept = Kept.Count;
        using var fromKept = await site.SendAsync(HttpMethod.Get, path, headers);

        Assert.Equal(HttpStatusCode.OK, fromKept.StatusCode);
        Assert.Equal(kept, Kept.Count);
        Assert.Equal(await drawn.Content.ReadAsByteArrayAsync(), await fromKept.Content.ReadAsByteArrayAsync());
        foreach (string name in new[] { "ETag", "Cache-Control", "Vary", "Content-Type", "Content-Encoding", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy" })
        {
            Assert.Equal(Values(drawn, name), Values(fromKept, name));
        }
        Assert.Equal((await drawn.Content.ReadAsByteArrayAsync()).Length, fromKept.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task AKeptPage_AnswersHeadWithoutABody_AndIfNoneMatchWith304()
    {
        using var drawn = await site.SendAsync(HttpMethod.Get, "/occupations/web-developers", ("Accept-Encoding", "br"));
        using var head = await site.SendAsync(HttpMethod.Head, "/occupations/web-developers", ("Accept-Encoding", "br"));
        using var notModified = await site.SendAsync(HttpMethod.Get, "/occupations/web-developers", ("Accept-Encoding", "br"), ("If-None-Match", drawn.Headers.ETag!.ToString()));
        using var otherTag = await site.SendAsync(HttpMethod.Get, "/occupations/web-developers", ("Accept-Encoding", "br"), ("If-None-Match", "\"0123456789abcdef0123\""));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal((await drawn.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Equal(drawn.Headers.ETag, head.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(drawn.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(notModified));
        Assert.Equal("nosniff", Values(notModified, "X-Content-Type-Options"));
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(await drawn.Content.ReadAsByteArrayAsync(), await otherTag.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/clusters/health-science?from=qr")]
    [InlineData("/search?q=nurse")]
    [InlineData("/api/v1/clusters")]
    [InlineData("/clusters/no-such-cluster")]
    [InlineData("/my-clusters")]
    public async Task PagesWithAQuery_APersonalPage_AnApiAnswer_OrANotFound_AreNeverKept(string path)
    {
        int before = Kept.Count;
        using var first = await site.SendAsync(HttpMethod.Get, path);
        using var second = await site.SendAsync(HttpMethod.Get, path);

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(before, Kept.Count);
    }

    [Theory]
    [InlineData("/occupations/health-informatics-specialists", "Cookie", "cc_state=TX")]
    [InlineData("/survey", "Cookie", "cc_survey=1.abc")]
    [InlineData("/clusters", "Cookie", "cc_lang=en")]
    [InlineData("/clusters/health-science", "Accept-Language", "es-MX,es;q=0.9")]
    public async Task ARequestThatMayGetItsOwnPage_NeitherGetsNorLeavesAKeptOne(string path, string header, string value)
    {
        int before = Kept.Count;
        using var own = await site.SendAsync(HttpMethod.Get, path, (header, value));
        Assert.Equal(before, Kept.Count);

        using var anonymous = await site.SendAsync(HttpMethod.Get, path);
        using var ownAgain = await site.SendAsync(HttpMethod.Get, path, (header, value));
        Assert.Equal(await own.Content.ReadAsByteArrayAsync(), await ownAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(own.Headers.ETag, ownAgain.Headers.ETag);
    }

    [Fact]
    public async Task ANewGeneration_StartsWithNoKeptPages_AndKeepsItsOwn()
    {
        var store = site.Services.GetRequiredService<ContentStore>();
        using var before = await site.SendAsync(HttpMethod.Get, "/guides/what-is-a-career-cluster", ("Accept-Encoding", "br"));
        var old = store.Current!;
        Assert.NotNull(old.Prerendered.Find($"{site.Client.BaseAddress!.ToString().TrimEnd('/')}/guides/what-is-a-career-cluster br"));

        await store.LoadAsync("test");
        Assert.NotSame(old, store.Current);
        Assert.Equal(0, store.Current!.Prerendered.Count);
        using var after = await site.SendAsync(HttpMethod.Get, "/guides/what-is-a-career-cluster", ("Accept-Encoding", "br"));
        Assert.Equal(1, store.Current.Prerendered.Count);
        Assert.True(store.Current.Prerendered.Bytes > (await after.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public void EveryCookieTheSiteSets_IsOneThatKeepsARequestOffTheKeptPages()
    {
        var names = typeof(PrerenderedPagesMiddleware).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name == "CookieName" || f.Name == "Name" && f.DeclaringType!.Name.Contains("Cookie", StringComparison.Ordinal)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Superset(new HashSet<string> { "cc_my", "cc_state", "cc_survey", "cc_lang", "cc_list" }, names.ToHashSet());
        Assert.All(names.Append("cc_admin"), name => Assert.True(PrerenderedPagesMiddleware.IsTheSitesCookie(name), name));
        Assert.False(PrerenderedPagesMiddleware.IsTheSitesCookie("theme"));
    }

    [Fact]
    public void TheOutputCache_IsHeldToItsSetting()
    {
        var options = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;
        Assert.Equal(new HttpCachingOptions().OutputCacheMegabytes * 1024L * 1024L, options.SizeLimit);
        Assert.Equal(16L * 1024 * 1024, options.SizeLimit);
    }

    private static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";
}
