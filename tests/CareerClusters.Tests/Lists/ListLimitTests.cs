using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using Microsoft.AspNetCore.Http;
using static CareerClusters.Tests.Lists.ListForms;

namespace CareerClusters.Tests.Lists;

/// <summary>
/// Viewing lists and guessing their secrets are limited per client address (issue 22): one address that tries list
/// after list gets 429 with Retry-After and a page that says when to try again; other addresses are not affected.
/// </summary>
public abstract class ListLimitTests : IDisposable
{
    private readonly UserDataStore _store;
    private readonly ListSite _site;

    protected ListLimitTests(UserDataStore store)
    {
        _store = store;
        _site = new ListSite(TestPaths.TestContent, store.With(new Dictionary<string, string>
        {
            ["Lists:MaxViewBurst"] = "3",
            ["Lists:MaxViewsPerSecond"] = "1",
            ["Lists:MaxRecoveryAttempts"] = "2",
        }));
    }

    public void Dispose()
    {
        _site.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A GET from a given client address (the in-memory server lets a test choose it).</summary>
    private async Task<HttpContext> GetFromAsync(string address, string path) =>
        await _site.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

    private static async Task<string> BodyOf(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task GuessingListAddresses_FromOneAddress_Gets429WithRetryAfter_AndOtherAddressesAreNotAffected()
    {
        using var client = _site.CreatePlainClient();
        string editPath = await CreateListAsync(client);
        var statuses = new List<int>();
        HttpContext? rejected = null;
        for (int guess = 0; guess < 12 && rejected is null; guess++)
        {
            var answer = await GetFromAsync("203.0.113.7", $"/lists/zz{guess % 10}zzzz");
            statuses.Add(answer.Response.StatusCode);
            rejected = answer.Response.StatusCode == StatusCodes.Status429TooManyRequests ? answer : null;
        }
        // Right after the refusal: a token comes back every second, and a loaded machine can take that long between requests.
        var sameAddressRealList = await GetFromAsync("203.0.113.7", PublicPathOf(editPath));
        var otherSchool = await GetFromAsync("198.51.100.20", PublicPathOf(editPath));

        Assert.NotNull(rejected);
        Assert.Equal(404, statuses[0]);
        Assert.True(int.Parse(rejected.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var page = new HtmlParser().ParseDocument(await BodyOf(rejected));
        Assert.Equal("Too many tries", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Matches("Please try again in (a second|[0-9]+ seconds)\\.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal(200, otherSchool.Response.StatusCode);
        Assert.Equal(429, sameAddressRealList.Response.StatusCode);
    }

    [Fact]
    public async Task WrongCodesAndTokens_UseUpAnHourlyAllowance_ThenEvenRealListsAnswer429ToThatAddress()
    {
        // A second site (its own counts of wrong tries) over the same user data.
        using var site = new ListSite(TestPaths.TestContent, _store.With(new Dictionary<string, string> { ["Lists:MaxWrongTriesPerHour"] = "3" }));
        using var client = site.CreatePlainClient();
        string editPath = await CreateListAsync(client);
        async Task<HttpContext> From(string address, string path) => await site.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

        var answers = new List<int>
        {
            (await From("203.0.113.50", "/lists/zzzzzz2")).Response.StatusCode,
            (await From("203.0.113.50", PublicPathOf(editPath) + "/edit/wrong-token")).Response.StatusCode,
            (await From("203.0.113.50", PublicPathOf(editPath))).Response.StatusCode,
            (await From("203.0.113.50", "/lists/zzzzzz3")).Response.StatusCode,
        };
        var blocked = await From("203.0.113.50", PublicPathOf(editPath));
        var blockedEditor = await From("203.0.113.50", editPath);
        var classroom = await From("198.51.100.4", PublicPathOf(editPath));

        Assert.Equal([404, 403, 200, 404], answers);
        Assert.Equal(429, blocked.Response.StatusCode);
        Assert.InRange(int.Parse(blocked.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture), 3000, 3600);
        Assert.Contains("Please try again in about", await BodyOf(blocked), StringComparison.Ordinal);
        Assert.Equal(429, blockedEditor.Response.StatusCode);
        Assert.Equal(200, classroom.Response.StatusCode);
    }

    [Fact]
    public async Task EditLinksCountAsViews_SoWrongTokensAreLimitedToo()
    {
        var statuses = new List<int>();
        for (int guess = 0; guess < 12; guess++)
        {
            statuses.Add((await GetFromAsync("203.0.113.9", $"/lists/abc2345/edit/guess{guess}")).Response.StatusCode);
        }

        Assert.Equal(403, statuses[0]);
        Assert.Contains(429, statuses);
    }

    [Fact]
    public async Task TheRecoveryForm_IsLimitedToAFewTriesPerAddress()
    {
        using var client = _site.CreatePlainClient();
        var form = await PageAsync(client, "/lists/recover");
        var statuses = new List<HttpStatusCode>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            using var tried = await SubmitAsync(client, form, "main form", new() { ["list"] = "abc2345", ["recoveryCode"] = $"2222-3333-4444-555{attempt + 2}" });
            statuses.Add(tried.StatusCode);
            if (tried.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Please try again in about 15 minutes.", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class ListLimitTestsOnSqlite() : ListLimitTests(new SqliteUserDataStore());

public sealed class ListLimitTestsOnPostgreSql() : ListLimitTests(new PostgreSqlUserDataStore());
