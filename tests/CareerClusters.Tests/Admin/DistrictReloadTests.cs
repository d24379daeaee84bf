using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>
/// The district folder lives outside content/: a national update that replaces content/ never touches it, a saved
/// district file goes live like a national one (and changes the pages' ETags), a broken one keeps the last good content
/// serving and is named on /admin, and a restart over unchanged folders keeps the district.
/// </summary>
public sealed class DistrictReloadTests : IDisposable
{
    private const string Page = "/clusters/health-science";
    private readonly ContentCopy _content = new();
    private readonly ContentCopy _local = new(TestPaths.TestLocal);
    private readonly string _databaseDirectory = Path.Combine(Path.GetTempPath(), "cc-district-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _content.Dispose();
        _local.Dispose();
        TestPaths.DeleteDirectory(_databaseDirectory);
    }

    private SiteFactory Site(bool watch = false) => new(_content.Path, new Dictionary<string, string>
    {
        ["Content:LocalPath"] = _local.Path,
        ["Content:WatchForChanges"] = watch ? "true" : "false",
        ["Content:DatabaseDirectory"] = _databaseDirectory,
    });

    private static async Task<(string Body, string? ETag)> GetAsync(SiteFactory site, string path = Page)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
    }

    /// <summary>Replaces the whole content folder with a fresh copy of the national content, as a content update does.</summary>
    private void ReplaceContentWithAFreshCopy(string newSummary)
    {
        Directory.Delete(_content.Path, recursive: true);
        using var fresh = new ContentCopy().Edit("clusters/health-science.md", "summary: \"People in health science care for patients.\"", $"summary: \"{newSummary}\"");
        foreach (string file in Directory.EnumerateFiles(fresh.Path, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(_content.Path, Path.GetRelativePath(fresh.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task ReplacingContentWithAFreshCopy_AndReloading_KeepsTheDistrictsSections()
    {
        using var site = Site();
        var (before, _) = await GetAsync(site);
        Assert.Contains("Kestrel Valley College", before, StringComparison.Ordinal);
        var localFiles = Directory.EnumerateFiles(_local.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        ReplaceContentWithAFreshCopy("The national update's new summary.");
        var result = await site.Services.GetRequiredService<ContentStore>().LoadAsync("content update");

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        var (after, _) = await GetAsync(site);
        Assert.Contains("The national update&#x27;s new summary.", after, StringComparison.Ordinal);
        Assert.Contains("id=\"in-our-district\"", after, StringComparison.Ordinal);
        Assert.Contains("Kestrel Valley College", after, StringComparison.Ordinal);
        Assert.All(localFiles, f => Assert.Equal(f.Value, File.ReadAllText(f.Key)));
    }

    [Fact]
    public async Task ASavedDistrictFile_GoesLiveBySelf_WithANewETag()
    {
        using var site = Site(watch: true);
        var (_, etag) = await GetAsync(site);

        _local.Edit("sections/health-science.md", "Seniors take dual enrollment classes", "Seniors take free dual enrollment classes");

        var clock = Stopwatch.StartNew();
        var (body, newETag) = await GetAsync(site);
        while (!body.Contains("Seniors take free dual enrollment classes", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the saved district file did not go live within 15 s");
            await Task.Delay(50);
            (body, newETag) = await GetAsync(site);
        }
        Assert.NotNull(etag);
        Assert.NotEqual(etag, newETag);
    }

    [Fact]
    public async Task ABrokenDistrictFile_KeepsTheLastGoodContent_AndIsNamedAsTheBlocker()
    {
        using var site = Site();
        await GetAsync(site);
        var store = site.Services.GetRequiredService<ContentStore>();
        await Task.Delay(20);
        _local.Edit("sections/therapeutic-services.md", "Juniors shadow a nurse", "Juniors shadow a nurse or a therapist");
        _local.Edit("sections/health-science.md", "page: /clusters/health-science", "page: /clusters/health-sciences");

        var result = await store.LoadAsync("file change");

        string broken = $"{LocalContent.RootOf(_local.Path)}/sections/health-science.md";
        var error = Assert.Single(result.Errors);
        Assert.Equal((broken, 2, "no page has the address /clusters/health-sciences"), (error.File, error.Line, error.Message));
        Assert.Equal(broken, Assert.Single(store.Pending.BlockedBy).File);
        Assert.Contains(store.Pending.Waiting, w => w.File == $"{LocalContent.RootOf(_local.Path)}/sections/therapeutic-services.md");
        var (page, _) = await GetAsync(site);
        Assert.Contains("Kestrel Valley College", page, StringComparison.Ordinal);
        var (pathway, _) = await GetAsync(site, "/clusters/health-science/therapeutic-services");
        Assert.DoesNotContain("or a therapist", pathway, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_NamesTheDistrictFolder_AndItsBlockingFile()
    {
        const string password = "correct horse battery staple";
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string>
        {
            ["Content:LocalPath"] = _local.Path,
            ["Content:WatchForChanges"] = "false",
            ["Admin:PasswordHash"] = AdminPassword.Hash(password),
        });
        using var client = site.CreatePlainClient();
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using (var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = password, ["__RequestVerificationToken"] = token }))
        using (await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body))
        {
        }
        _local.Write("site.yml", "nam: \"Test Unified School District\"\n");
        await site.Services.GetRequiredService<ContentStore>().LoadAsync("file change");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/admin", UriKind.Relative)));

        string root = LocalContent.RootOf(_local.Path);
        Assert.Contains($"District folder: {Path.GetFullPath(_local.Path)}", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{root}/site.yml (1 error)", page.QuerySelector("#blocking li")!.TextContent.Trim());
        Assert.Contains($"{root}/site.yml:1:1", page.QuerySelector("ol.problems")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestartOverUnchangedFolders_ReusesTheDatabase_AndKeepsTheDistrict()
    {
        string firstPage;
        using (var first = Site())
        {
            (firstPage, _) = await GetAsync(first);
        }

        using var second = Site();
        var (page, _) = await GetAsync(second, "/occupations/registered-nurses");
        var store = second.Services.GetRequiredService<ContentStore>();

        Assert.Equal("start-up (content unchanged: database reused)", Assert.Single(store.History.Recent).Trigger);
        Assert.Equal("Test Unified School District", store.Current!.District.Name);
        Assert.Contains("two-year nursing degree", page, StringComparison.Ordinal);
        Assert.Contains("Kestrel Valley College", firstPage, StringComparison.Ordinal);
    }
}
