using System.Diagnostics;
using CareerClusters.Tests.Lists;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using CareerClusters.Web.Data.UserData;
using Npgsql;

namespace CareerClusters.Tests.UserData;

/// <summary>
/// Backups of what people saved, as docs/deploy.md tells an operator to make them: each is restored into a fresh
/// database, a new site is started on it, and a list made before the backup is read back there, with its items.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-backup-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _cleanUp = [];

    public void Dispose()
    {
        _cleanUp.AsEnumerable().Reverse().ToList().ForEach(d => d.Dispose());
        TestPaths.DeleteDirectory(_folder);
    }

    private SiteFactory Site(UserDataStore store) => Keep(new SiteFactory(TestPaths.TestContent, store.With(new Dictionary<string, string>
    {
        ["Content:WatchForChanges"] = "false",
    })));

    private T Keep<T>(T disposable) where T : IDisposable
    {
        _cleanUp.Add(disposable);
        return disposable;
    }

    /// <summary>A list with one page on it, made through the site's forms; its public address.</summary>
    private static async Task<string> MakeListAsync(SiteFactory site, string title)
    {
        using var client = site.CreatePlainClient();
        string editPath = await ListForms.CreateListAsync(client, title);
        await ListForms.PageAsync(client, editPath);
        await ListForms.AddAsync(client, "/clusters/health-science", "Start here");
        return ListForms.PublicPathOf(editPath);
    }

    private static async Task AssertListIsThereAsync(SiteFactory site, string publicPath, string title)
    {
        using var client = site.CreatePlainClient();
        var list = await ListForms.PageAsync(client, publicPath);
        Assert.Equal(title, list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Start here", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("a[href='/clusters/health-science']"));
    }

    [Fact]
    public async Task Sqlite_TheBackupCommand_CopiesTheDatabaseWhileTheSiteRuns_AndTheCopyRestores()
    {
        var store = Keep(new SqliteUserDataStore());
        var running = Site(store);
        string publicPath = await MakeListAsync(running, "Backed up while running");
        string backup = Path.Combine(_folder, "nightly", "user-data-backup.db");
        using var output = new StringWriter();

        // The site is still running (its connections open) while the command copies the file.
        int exit = await UserDataCommands.BackupAsync([backup, $"--{UserDataProvider.ConnectionStringSetting}={store.Settings[UserDataProvider.ConnectionStringSetting]}"], output);
        await AssertListIsThereAsync(running, publicPath, "Backed up while running");

        Assert.Equal(0, exit);
        Assert.Contains("1 list(s)", output.ToString(), StringComparison.Ordinal);
        // One file to keep: no write-ahead log beside it.
        Assert.Equal(["user-data-backup.db"], Directory.GetFiles(Path.GetDirectoryName(backup)!).Select(Path.GetFileName));
        // Restoring: the backup file becomes a new site's user-data file.
        var restored = Site(new RestoredSqliteFile(backup));
        await AssertListIsThereAsync(restored, publicPath, "Backed up while running");
    }

    [Fact]
    public async Task Sqlite_TheBackupCommand_NeverOverwritesAFile_AndPointsPostgreSqlToPgDump()
    {
        var store = Keep(new SqliteUserDataStore());
        await MakeListAsync(Site(store), "Kept");
        Directory.CreateDirectory(_folder);
        string existing = Path.Combine(_folder, "earlier.db");
        await File.WriteAllTextAsync(existing, "an earlier backup");
        using var output = new StringWriter();

        int overwrite = await UserDataCommands.BackupAsync([existing, $"--{UserDataProvider.ConnectionStringSetting}={store.Settings[UserDataProvider.ConnectionStringSetting]}"], output);
        int postgres = await UserDataCommands.BackupAsync([Path.Combine(_folder, "pg.db"), "--UserData:Provider=PostgreSQL", "--UserData:ConnectionString=Host=db.example.org;Database=cc;Password=secret"], output);

        Assert.Equal(1, overwrite);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(existing));
        Assert.Equal(2, postgres);
        Assert.Contains("pg_dump", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSql_PgDumpWhileTheSiteRuns_RestoresIntoANewDatabase_WithTheList()
    {
        var store = Keep(new PostgreSqlUserDataStore());
        var running = Site(store);
        string publicPath = await MakeListAsync(running, "Dumped while running");
        string dump = Path.Combine(_folder, "user-data.dump");
        Directory.CreateDirectory(_folder);

        await RunAsync("pg_dump", $"--format=custom --file={dump} --dbname={ToUri(store.ConnectionString)}");
        // A new, empty database: the dump brings the schema, its migration history and the rows.
        var fresh = Keep(new PostgreSqlUserDataStore());
        await RunAsync("pg_restore", $"--no-owner --exit-on-error --dbname={ToUri(fresh.ConnectionString)} {dump}");

        await AssertListIsThereAsync(Site(fresh), publicPath, "Dumped while running");
    }

    /// <summary>libpq's form of an Npgsql connection string, for the command-line tools.</summary>
    private static string ToUri(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    private static async Task RunAsync(string tool, string arguments)
    {
        string path = Path.Combine(PostgreSqlServer.ToolsFolder, tool);
        Assert.True(File.Exists(path), $"{tool} was not found in '{PostgreSqlServer.ToolsFolder}' (Debian's postgresql package; ./test.sh installs it)");
        using var process = Process.Start(new ProcessStartInfo(path, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        string errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {errors}");
    }

    /// <summary>An SQLite file put back from a backup: the test owns it, so nothing to remove but the folder.</summary>
    private sealed class RestoredSqliteFile(string file) : UserDataStore
    {
        public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            [UserDataProvider.ConnectionStringSetting] = $"Data Source={file};Pooling=False",
        };

        public override void Dispose()
        {
        }
    }
}
