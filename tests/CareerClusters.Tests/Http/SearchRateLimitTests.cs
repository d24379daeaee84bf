using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Http;

/// <summary>
/// Searching is limited per client address, generously: a script that floods the search gets 429 with Retry-After
/// and a friendly page (or a short JSON answer from the suggestion API); a classroom never does.
/// </summary>
[Collection(nameof(SearchRateLimitTests))]
public sealed class SearchRateLimitTests
{
    private static SiteFactory SiteWithLimit(int burst, int perSecond) => new(TestPaths.TestContent, new Dictionary<string, string>
    {
        ["Search:MaxBurst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Search:MaxRequestsPerSecond"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Asks up to six times (a different address each time, so no answer comes from the cache); the first 429, if any.</summary>
    private static async Task<HttpResponseMessage?> FirstRejectedAsync(HttpClient client, Func<int, string> address, List<HttpStatusCode> statuses)
    {
        for (int i = 0; i < 6; i++)
        {
            var response = await client.GetAsync(new Uri(address(i), UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }
            response.Dispose();
        }
        return null;
    }

    [Fact]
    public async Task TooManySearches_Get429_WithRetryAfter_AndAFriendlyPage()
    {
        using var site = SiteWithLimit(burst: 2, perSecond: 1);
        using var client = site.CreatePlainClient();
        var statuses = new List<HttpStatusCode>();
        var rejected = await FirstRejectedAsync(client, i => $"/search?q=nurse&n={i}", statuses);

        Assert.NotNull(rejected);
        using (rejected)
        {
            Assert.Equal(HttpStatusCode.OK, statuses[0]);
            Assert.True(rejected.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "Retry-After in seconds");
            Assert.Equal("text/html", rejected.Content.Headers.ContentType!.MediaType);
            Assert.Equal("no-store", rejected.Headers.CacheControl!.NoStore ? "no-store" : "");
            var page = new HtmlParser().ParseDocument(await rejected.Content.ReadAsStringAsync());
            Assert.Equal("Too many searches", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains("wait a few seconds", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSuggestionApi_Answers429InJson()
    {
        using var site = SiteWithLimit(burst: 1, perSecond: 1);
        using var client = site.CreatePlainClient();
        var rejected = await FirstRejectedAsync(client, i => $"/api/search/suggest?q=nu{i}", []);

        Assert.NotNull(rejected);
        using (rejected)
        {
            Assert.NotNull(rejected.Headers.RetryAfter);
            Assert.Equal("application/json", rejected.Content.Headers.ContentType!.MediaType);
            Assert.Contains("\"error\"", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnswersFromTheCache_AreNotCounted()
    {
        using var site = SiteWithLimit(burst: 1, perSecond: 1);
        using var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri("/search?q=nurse", UriKind.Relative));
        for (int i = 0; i < 20; i++)
        {
            using var again = await client.GetAsync(new Uri("/search?q=nurse", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task AClassOf35TypingAtOnce_FromOneSchoolAddress_NeverSees429()
    {
        using var site = new SiteFactory(TestPaths.TestContent);
        using var client = site.CreatePlainClient();
        string[] queries = ["registered nurse", "web developer", "health informatics", "computer"];
        // Each student types a query letter by letter (a suggestion request per letter, none from the cache: the
        // student number makes each address unique), then opens the results page.
        var students = Enumerable.Range(0, 35).Select(async student =>
        {
            string query = queries[student % queries.Length];
            var statuses = new List<HttpStatusCode>();
            for (int length = 2; length <= query.Length; length++)
            {
                using var suggest = await client.GetAsync(new Uri($"/api/search/suggest?q={Uri.EscapeDataString(query[..length])}&student={student}", UriKind.Relative));
                statuses.Add(suggest.StatusCode);
            }
            using var results = await client.GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}&student={student}", UriKind.Relative));
            statuses.Add(results.StatusCode);
            return statuses;
        });

        var all = (await Task.WhenAll(students)).SelectMany(s => s).ToList();

        Assert.True(all.Count > 400, $"{all.Count} requests");
        Assert.All(all, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}

/// <summary>
/// The classroom test makes some 560 searches: run alone, so it neither starves the timing-sensitive reload tests of
/// the two cores nor is starved by them.
/// </summary>
[CollectionDefinition(nameof(SearchRateLimitTests), DisableParallelization = true)]
public sealed class SearchesRunAlone;
