using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Admin;

/// <summary>A restart over an unchanged content folder serves the database the last run imported, without importing again.</summary>
public sealed class StartUpReuseTests : IDisposable
{
    private const string ReusedTrigger = "start-up (content unchanged: database reused)";

    // A warning (no related cluster) is part of what a reused database must remember for the admin.
    private readonly ContentCopy _content = new ContentCopy().Edit("clusters/information-technology.md", "related: [health-science]\n", "");
    private readonly string _databaseDirectory = Path.Combine(Path.GetTempPath(), "cc-reuse-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _content.Dispose();
        TestPaths.DeleteDirectory(_databaseDirectory);
    }

    private sealed record Start(string DatabasePath, IReadOnlyList<ReloadAttempt> History, IReadOnlyList<ContentProblem> Problems, string Page,
        string Search, ContentCounts Counts, string? PageETag);

    /// <summary>Starts the site over the shared database folder, asks for a page, and stops it again.</summary>
    private async Task<Start> StartAsync()
    {
        using var site = new SiteFactory(_content.Path, new Dictionary<string, string>
        {
            ["Content:DatabaseDirectory"] = _databaseDirectory,
            ["Content:WatchForChanges"] = "false",
        });
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/clusters/health-science", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var search = await client.GetAsync(new Uri("/search?q=nurse", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var store = site.Services.GetRequiredService<ContentStore>();
        return new Start(store.Current!.DatabasePath, store.History.Recent, store.Problems, await response.Content.ReadAsStringAsync(),
            await search.Content.ReadAsStringAsync(), store.Current.Counts, response.Headers.ETag?.Tag);
    }

    private string[] DatabaseFiles() => [.. Directory.EnumerateFiles(_databaseDirectory, "content-*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static void Execute(string databasePath, string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task ASecondStartWithUnchangedContent_ServesTheSameDatabase_WithoutImporting()
    {
        var first = await StartAsync();
        var written = File.GetLastWriteTimeUtc(first.DatabasePath);

        var second = await StartAsync();

        Assert.Equal(first.DatabasePath, second.DatabasePath);
        Assert.Equal(written, File.GetLastWriteTimeUtc(second.DatabasePath));
        Assert.Equal(ReusedTrigger, Assert.Single(second.History).Trigger);
        Assert.Equal("start-up", Assert.Single(first.History).Trigger);
        Assert.Equal(first.Page, second.Page);
        // The same page from the same content and code: a browser's or proxy's copy is still good after a restart.
        Assert.NotNull(first.PageETag);
        Assert.Equal(first.PageETag, second.PageETag);
        Assert.Equal(first.Search, second.Search);
        Assert.Contains("Registered Nurses", second.Search, StringComparison.Ordinal);
        Assert.Equal(first.Counts, second.Counts);
        var warning = Assert.Single(second.Problems);
        Assert.Equal(Assert.Single(first.Problems), warning);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal([Path.GetFileName(first.DatabasePath)], DatabaseFiles());
    }

    [Fact]
    public async Task AChangedFile_IsImportedAtStart_AndTheOldDatabaseIsDeleted()
    {
        var first = await StartAsync();
        _content.Edit("clusters/health-science.md", "title: \"Health Science\"", "title: \"Health Science (edited)\"");

        var second = await StartAsync();

        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
        Assert.Equal("start-up", Assert.Single(second.History).Trigger);
        Assert.Contains("<h1>Health Science (edited)</h1>", second.Page, StringComparison.Ordinal);
        Assert.NotEqual(first.PageETag, second.PageETag);
        Assert.Equal([Path.GetFileName(second.DatabasePath)], DatabaseFiles());
    }

    [Fact]
    public async Task ADatabaseAnotherImporterVersionWrote_IsNotReused()
    {
        var first = await StartAsync();
        Execute(first.DatabasePath, $"UPDATE \"{ContentDatabaseInfo.Table}\" SET \"Value\" = '0+an-older-build' WHERE \"Key\" = 'importer'");

        var second = await StartAsync();

        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
        Assert.Equal("start-up", Assert.Single(second.History).Trigger);
    }

    [Fact]
    public async Task AnIncompleteDatabase_IsNotReused()
    {
        var first = await StartAsync();
        Execute(first.DatabasePath, $"DROP TABLE \"{ContentDatabaseInfo.Table}\"");

        var second = await StartAsync();

        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
        Assert.Equal("start-up", Assert.Single(second.History).Trigger);
    }

    [Fact]
    public async Task ACorruptNewerDatabase_AndAnImportACrashInterrupted_AreIgnoredAndDeleted()
    {
        var first = await StartAsync();
        string corrupt = Path.Combine(_databaseDirectory, "content-29991231235959999-9-corrupt.db");
        File.WriteAllBytes(corrupt, [.. "SQLite format 3\0"u8, .. new byte[4000]]);
        File.SetLastWriteTimeUtc(corrupt, DateTime.UtcNow.AddMinutes(1));
        string interrupted = Path.Combine(_databaseDirectory, "content-29991231235959999-8-interrupted.db.importing");
        File.Copy(first.DatabasePath, interrupted);

        var second = await StartAsync();

        Assert.Equal(first.DatabasePath, second.DatabasePath);
        Assert.Equal(ReusedTrigger, Assert.Single(second.History).Trigger);
        Assert.Equal([Path.GetFileName(first.DatabasePath)], DatabaseFiles());
    }

    [Fact]
    public void TheFingerprint_IsTheSameInEveryRun_AndChangesWhenAFileIsWrittenAddedOrRemoved()
    {
        string before = ContentLoader.Fingerprint(_content.Path);
        Assert.Equal(before, ContentLoader.Fingerprint(_content.Path));
        Assert.Matches("^[0-9A-F]{64}$", before);

        string file = Path.Combine(_content.Path, "guides/what-is-a-career-cluster.md");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(1));
        string touched = ContentLoader.Fingerprint(_content.Path);
        _content.Write("guides/faq.md", "---\ntitle: \"FAQ\"\norder: 2\nsummary: \"Questions.\"\n---\nAnswers.\n");
        string added = ContentLoader.Fingerprint(_content.Path);
        File.Delete(Path.Combine(_content.Path, "guides/faq.md"));

        Assert.NotEqual(before, touched);
        Assert.NotEqual(touched, added);
        Assert.Equal(touched, ContentLoader.Fingerprint(_content.Path));
    }
}
