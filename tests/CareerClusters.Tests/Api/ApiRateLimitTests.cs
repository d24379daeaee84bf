using System.Net;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Api;

/// <summary>
/// The API's limit per client address: a script that floods any endpoint gets 429 with Retry-After, as an RFC 9457
/// problem that validates against the document; answers from the cache are not counted.
/// </summary>
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task EveryEndpoint_AnswersTooManyRequests_AsAProblem_WithRetryAfter()
    {
        // One request at once and one a second: of six different requests at once, at most two find a token.
        using var site = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string>
        {
            ["Api:MaxBurst"] = "1",
            ["Api:MaxRequestsPerSecond"] = "1",
            ["Content:WatchForChanges"] = "false",
        });
        var schemas = await ApiSchemas.OfAsync(site);
        foreach (var endpoint in ApiEndpoints.All)
        {
            // Six different addresses at once (the output cache answers a repeated one without counting it): at most two
            // find a token, however slow the machine.
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Api.GetAsync(site,
                endpoint.Ok + (endpoint.Ok.Contains('?', StringComparison.Ordinal) ? "&" : "?") + (i % 2 == 0 ? "lang=en" : "lang=es"),
                ("Accept-Encoding", i < 2 ? "gzip" : i < 4 ? "br" : "identity"))));
            var statuses = answers.Select(a => a.Status).ToList();
            var refused = answers.FirstOrDefault(a => a.Status == HttpStatusCode.TooManyRequests);

            Assert.True(refused is not null, $"{endpoint.Name}: no 429 in {string.Join(", ", statuses)}");
            Assert.True(refused!.Response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"{endpoint.Name}: Retry-After in seconds");
            Assert.Equal("application/problem+json", refused.MediaType);
            schemas.AssertValid("ApiProblem", refused.Body, endpoint.Name + " 429");
            Assert.Equal("/api#problem-too-many-requests", refused.Json!["type"]!.GetValue<string>());
            Assert.Equal(429, refused.Json["status"]!.GetValue<int>());
        }
    }
}
