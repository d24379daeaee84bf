using System.Globalization;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>/admin says which saved files wait behind an error and which file blocks them, in the site's time zone.</summary>
public sealed class WaitingEditsPageTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly ContentCopy _content = new();
    private readonly SiteFactory _site;

    public WaitingEditsPageTests() => _site = new SiteFactory(_content.Path, new Dictionary<string, string>
    {
        ["Admin:PasswordHash"] = AdminPassword.Hash(Password),
        ["Content:WatchForChanges"] = "false",
        ["Site:TimeZone"] = "America/Chicago",
    });

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = _site.CreatePlainClient();
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = Password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
        return client;
    }

    private static string InChicago(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"))
        .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AGoodEditBehindABrokenFile_IsListedAsWaiting_WithTheFileThatBlocksIt()
    {
        using var client = await SignedInClientAsync();
        var store = _site.Services.GetRequiredService<ContentStore>();

        _content.Edit("guides/what-is-a-career-cluster.md", "summary: \"A family of jobs.\"", "summary: \"A family of related jobs.\"");
        _content.Edit("pathways/therapeutic-services.md", "order: 1\n", "order: 1\nnote: Nurses: they care\n");
        var result = await store.LoadAsync("test");
        Assert.True(result.HasErrors);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/admin", UriKind.Relative)));

        Assert.Equal("pathways/therapeutic-services.md (1 error)", page.QuerySelector("#blocking li")!.TextContent.Trim());
        var waiting = Assert.Single(page.QuerySelectorAll("#waiting-files li"));
        string saved = InChicago(File.GetLastWriteTimeUtc(Path.Combine(_content.Path, "guides/what-is-a-career-cluster.md")));
        Assert.Equal($"guides/what-is-a-career-cluster.md saved {saved}", waiting.TextContent.Trim());
        Assert.Contains("Times are shown in the site's time zone, America/Chicago.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(America/Chicago)", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("When (America/Chicago)", page.QuerySelector("#reloads + .table-wrap th")!.TextContent);

        var problem = page.QuerySelector(".problems li")!;
        Assert.Equal("note: Nurses: they care\n            ^", problem.QuerySelector("pre.excerpt")!.TextContent);
        Assert.Contains("How to fix: Put the whole value in double quotes, like: note: \"Nurses: they care\"", problem.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceTheBlockerIsFixed_NothingWaits()
    {
        using var client = await SignedInClientAsync();
        var store = _site.Services.GetRequiredService<ContentStore>();
        _content.Edit("pathways/therapeutic-services.md", "order: 1\n", "order: 1\nnote: Nurses: they care\n");
        await store.LoadAsync("test");

        _content.Edit("pathways/therapeutic-services.md", "note: Nurses: they care\n", "");
        await store.LoadAsync("test");
        string html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Empty(store.Pending.BlockedBy);
        Assert.DoesNotContain("id=\"waiting\"", html, StringComparison.Ordinal);
    }
}
