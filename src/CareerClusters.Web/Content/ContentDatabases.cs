using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerClusters.Web.Content;

/// <summary>
/// The folder of derived content databases: one new file per import, opened read-only for requests, deleted once no
/// request can still be reading it. An import writes under a temporary name and the file takes its final name only
/// once complete, so a crash in the middle of an import never leaves a database that a later start would serve.
/// </summary>
public sealed class ContentDatabases(string directory, ILoggerFactory loggerFactory)
{
    private const string Pattern = "content-*.db";
    private const string ImportingSuffix = ".importing";

    /// <summary>How long an old generation's database stays on disk for the requests still reading it.</summary>
    public static readonly TimeSpan RetiredDatabaseGracePeriod = TimeSpan.FromSeconds(30);

    private readonly ILogger _logger = loggerFactory.CreateLogger<ContentDatabases>();

    public string NewPath(int number)
    {
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"content-{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{number}-{Guid.NewGuid():N}.db");
    }

    /// <summary>Where an import writes the database that will be <paramref name="path"/> once it is complete.</summary>
    public static string ImportingPath(string path) => path + ImportingSuffix;

    /// <summary>Options for writing a new database during an import.</summary>
    public static DbContextOptions<ContentDbContext> WritableOptions(string path) =>
        new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;

    /// <summary>
    /// Options for reading a finished database. EF Core logs through the application's logger; each SQL command is
    /// logged at Debug level, so it is there when asked for and silent otherwise. A query that loads more than one
    /// collection (a cluster page: pathways, each with its featured jobs) is one SQL statement, as EF Core does by
    /// default; saying so settles its warning about it. The database is read-only and small, so the rows a single
    /// query repeats cost less than a second round trip, and a page is read from one consistent statement
    /// (Architecture/QueryCountTests counts them).
    /// </summary>
    public DbContextOptions<ContentDbContext> ReadOnlyOptions(string path) =>
        new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlite(ReadOnlyConnectionString(path), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .UseLoggerFactory(loggerFactory)
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)))
            .Options;

    /// <summary>Databases left by earlier runs, newest first.</summary>
    public IEnumerable<string> Existing() =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, Pattern).OrderByDescending(File.GetLastWriteTimeUtc) : [];

    /// <summary>
    /// The pages the newest complete database serves, with its path: what new content is compared with when no
    /// generation is being served yet (at start-up, and in the check command). Null when there is no such database.
    /// </summary>
    public async Task<(string Path, PublishedPages Pages)?> NewestPublishedAsync(CancellationToken cancellationToken = default)
    {
        foreach (string path in Existing())
        {
            try
            {
                await using var connection = new SqliteConnection(ReadOnlyConnectionString(path));
                await connection.OpenAsync(cancellationToken);
                var info = await ContentDatabaseInfo.ReadAsync(connection, cancellationToken);
                // Only read once: the file may be deleted soon, and a pooled connection would hold it open.
                SqliteConnection.ClearPool(connection);
                if (info.Published is { } pages)
                {
                    return (path, pages);
                }
            }
            catch (SqliteException ex)
            {
                _logger.LogWarning(ex, "The old content database {Path} cannot be read", path);
            }
        }
        return null;
    }

    /// <summary>
    /// At start-up, databases left by earlier runs (and imports a crash interrupted) are derived data that only take
    /// disk space: only the one being served is kept.
    /// </summary>
    public void DeleteAllExcept(string keep)
    {
        var leftOver = Existing().Where(p => p != keep)
            .Concat(Directory.Exists(directory) ? Directory.EnumerateFiles(directory, Pattern + ImportingSuffix) : []);
        foreach (string path in leftOver.ToList())
        {
            TryDelete(path);
        }
    }

    /// <summary>An import that failed leaves nothing behind.</summary>
    public void DeleteUnfinished(string path) => TryDelete(ImportingPath(path));

    /// <summary>A request that began on the old generation may still open it: delete it only after a while.</summary>
    public async Task RetireAsync(string path, Func<bool> stillInUse)
    {
        await Task.Delay(RetiredDatabaseGracePeriod);
        using (var connection = new SqliteConnection(ReadOnlyConnectionString(path)))
        {
            SqliteConnection.ClearPool(connection);
        }
        if (!stillInUse())
        {
            TryDelete(path);
        }
    }

    public static string ReadOnlyConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not delete the old content database {Path}", path);
        }
    }
}
