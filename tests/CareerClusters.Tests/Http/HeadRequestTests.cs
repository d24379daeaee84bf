using System.Net;

namespace CareerClusters.Tests.Http;

/// <summary>Link checkers, chat previews and uptime monitors ask with HEAD: every page answers it as it answers GET, without a body.</summary>
public sealed class HeadRequestTests(HttpSite site) : IClassFixture<HttpSite>
{
    /// <summary>Headers that must be the same for GET and HEAD (Date, Age and the body's framing may differ).</summary>
    private static readonly string[] SameHeaders = ["Content-Type", "Cache-Control", "ETag", "Vary", "Content-Encoding", "Location", "Content-Security-Policy", "X-Content-Type-Options"];

    [Theory]
    [InlineData("/")]
    [InlineData("/clusters")]
    [InlineData("/clusters/health-science")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/occupations")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/guides")]
    [InlineData("/guides/what-is-a-career-cluster")]
    [InlineData("/search")]
    [InlineData("/search?q=nurse")]
    [InlineData("/survey")]
    [InlineData("/survey/results")]
    [InlineData("/compare?clusters=health-science,information-technology")]
    [InlineData("/my-clusters")]
    [InlineData("/my-clusters?c=health-science")]
    [InlineData("/lists/new")]
    [InlineData("/lists/add?page=/clusters/health-science")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/opensearch.xml")]
    [InlineData("/api/search/suggest?q=nu")]
    [InlineData("/api/search/opensearch-suggestions?q=nu")]
    [InlineData("/qr.svg?page=/clusters/health-science")]
    [InlineData("/qr.png?page=/clusters/health-science")]
    [InlineData("/healthz")]
    [InlineData("/favicon.svg")]
    [InlineData("/clusters/no-such-cluster")]
    public async Task EveryGetAddress_AnswersHead_WithTheSameStatusAndHeaders_AndNoBody(string path)
    {
        foreach (string? encoding in new[] { null, "br" })
        {
            var headers = encoding is null ? [] : new[] { ("Accept-Encoding", encoding) };
            using var get = await site.SendAsync(HttpMethod.Get, path, headers);
            using var head = await site.SendAsync(HttpMethod.Head, path, headers);

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
            foreach (string name in SameHeaders)
            {
                Assert.Equal(Values(get, name), Values(head, name));
            }
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            if (get.StatusCode != HttpStatusCode.SeeOther)
            {
                Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
            }
        }
    }

    [Fact]
    public async Task ASurveyResult_AnswersHead()
    {
        using var score = await site.SendAsync(HttpMethod.Get, "/survey/results");
        Assert.Equal(HttpStatusCode.SeeOther, score.StatusCode);
        string result = score.Headers.Location!.OriginalString;

        using var get = await site.SendAsync(HttpMethod.Get, result);
        using var head = await site.SendAsync(HttpMethod.Head, result);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpSite.CacheControl(get), HttpSite.CacheControl(head));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PostOnlyAddresses_StillRefuseHead()
    {
        using var head = await site.SendAsync(HttpMethod.Head, "/my-clusters/choose");

        Assert.Contains(head.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
    }

    internal static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
