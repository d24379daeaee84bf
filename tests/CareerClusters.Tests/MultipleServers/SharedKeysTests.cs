using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CareerClusters.Tests.MultipleServers;

/// <summary>
/// Two instances behind a load balancer, over one user-data database (each with its own content database): a form
/// one of them served can be posted to the other, because the data-protection keys are in the shared database.
/// </summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly string _userData = Path.Combine(Path.GetTempPath(), "cc-userdata-" + Guid.NewGuid().ToString("N"));
    private readonly SiteFactory _first;
    private readonly SiteFactory _second;

    public SharedKeysTests()
    {
        _first = Instance();
        _second = Instance();
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        TestPaths.DeleteDirectory(_userData);
    }

    private SiteFactory Instance() => new(TestPaths.TestContent, new Dictionary<string, string>
    {
        [UserDataProvider.ConnectionStringSetting] = $"Data Source={Path.Combine(_userData, "lists.db")};Pooling=False",
        ["Content:WatchForChanges"] = "false",
    });

    /// <summary>A client that keeps no cookies: the test carries the antiforgery cookie from one instance to the other itself.</summary>
    private static HttpClient ClientOf(SiteFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The new-list form of an instance: its antiforgery token and the cookie that goes with it.</summary>
    private static async Task<(string Token, string Cookie)> NewListFormAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/lists/new", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        string token = page.QuerySelector("form.stacked-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var cookie = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)])
            .Single(c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        return (token, $"{cookie.Name}={cookie.Value}");
    }

    /// <summary>
    /// The id of the key a token was protected with: a protected payload starts with a 4-byte magic header and the
    /// key's 16-byte id. On one test machine both instances could also share a key through the home folder, so the
    /// test checks that the key is the one in the user-data database.
    /// </summary>
    private static Guid KeyIdOf(string token) => new(WebEncoders.Base64UrlDecode(token).AsSpan(4, 16));

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var scope = _second.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserDataDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    private static async Task<HttpResponseMessage> CreateListAsync(HttpClient client, string token, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/lists/new", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["title"] = "Made on two servers",
                ["introduction"] = "",
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add(HeaderNames.Cookie, cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task AFormFromOneInstance_IsAcceptedByAnother_WithTheKeyOfTheSharedDatabase()
    {
        using var first = ClientOf(_first);
        var (token, cookie) = await NewListFormAsync(first);
        using var second = ClientOf(_second);

        using var created = await CreateListAsync(second, token, cookie);

        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        string editPath = created.Headers.Location!.OriginalString;
        Assert.Matches("^/lists/[2-9a-hjkmnp-z]{7}/edit/", editPath);
        string publicPath = editPath[..editPath.IndexOf("/edit/", StringComparison.Ordinal)];
        Assert.Equal("Made on two servers", (await _first.GetDocumentAsync(publicPath)).QuerySelector("h1")!.TextContent);
        string key = Assert.Single(await StoredKeysAsync());
        Assert.Contains($"id=\"{KeyIdOf(token)}\"", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedToken_IsRefusedByTheOtherInstance()
    {
        using var first = ClientOf(_first);
        var (token, cookie) = await NewListFormAsync(first);
        using var second = ClientOf(_second);
        int middle = token.Length / 2;
        string tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        using var refused = await CreateListAsync(second, tampered, cookie);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
