using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>/admin: never open to anonymous users, off without a password, locks out after wrong passwords.</summary>
public sealed class AdminPageTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public AdminPageTests() =>
        _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Admin:PasswordHash"] = AdminPassword.Hash(Password) });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password)
    {
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = password, ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
    }

    [Fact]
    public async Task WithoutAPasswordConfigured_TheAdminPagesAreOff()
    {
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreatePlainClient();

        using var signIn = await client.GetAsync(new Uri("/admin/sign-in", UriKind.Relative));
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task AnonymousUsers_AreSentToSignIn()
    {
        using var client = _site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadWithoutSignIn_IsRefused()
    {
        using var client = _site.CreatePlainClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri("/admin/reload", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRightPassword_ShowsTheStatusPage_WithCountsAndAReloadButton_AndSignOutEndsIt()
    {
        using var client = _site.CreatePlainClient();

        using var signIn = await SignInAsync(client, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        string html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("Content status", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var facts = page.QuerySelectorAll("dl.facts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("2", facts["Clusters"]);
        Assert.Equal("2", facts["Pathways"]);
        Assert.Equal("3", facts["Occupations"]);
        // Which server answered and what it serves, to compare replicas behind one address; where the saved data is.
        Assert.Equal(Environment.MachineName, facts["Server"]);
        var generation = _site.Services.GetRequiredService<ContentStore>().Current!;
        Assert.StartsWith(generation.Identity + " ", facts["Content fingerprint"], StringComparison.Ordinal);
        Assert.Equal($"Sqlite: {Path.Combine(_site.DatabaseDirectory, "user-data.db")}", facts["Saved lists and classes"]);
        Assert.Contains("No problems", page.QuerySelector("#problems + p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("start-up", page.QuerySelector("#reloads")!.ParentElement!.TextContent, StringComparison.Ordinal);

        string token = page.QuerySelector("form[action='/admin/reload'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var reload = await client.PostAsync(new Uri("/admin/reload", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, reload.StatusCode);
        Assert.Contains("admin: reload now", await client.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);

        using var signOut = await client.PostAsync(new Uri("/admin/sign-out", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task ProblemsInTheContent_AreListedWithFileAndLine()
    {
        using var client = _site.CreatePlainClient();
        await SignInAsync(client, Password);
        _content.Edit("pathways/therapeutic-services.md", "order: 1\n", "order: 1\nsumary: typo\n");
        await _site.Services.GetRequiredService<CareerClusters.Web.Content.ContentStore>().LoadAsync("test");

        string html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("pathways/therapeutic-services.md:5:1", html, StringComparison.Ordinal);
        Assert.Contains("The site is still serving the last good content.", html, StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri("/clusters/health-science/therapeutic-services", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task SignInWithoutTheAntiforgeryToken_IsRejected()
    {
        using var client = _site.CreatePlainClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = Password });

        using var response = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
