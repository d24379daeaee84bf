using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Content;

public sealed class ContentOptions
{
    /// <summary>The content folder, relative to the app's content root (src/CareerClusters.Web) or absolute.</summary>
    public string Path { get; set; } = "../../content";

    /// <summary>Where content databases are written; each import writes a new file here.</summary>
    public string DatabaseDirectory { get; set; } = "App_Data";

    /// <summary>Reload the content when a file in the content folder changes.</summary>
    public bool WatchForChanges { get; set; } = true;
}

/// <summary>One imported content database, and what is known about the import that made it.</summary>
public sealed record ContentGeneration(
    int Number,
    string DatabasePath,
    DateTimeOffset LoadedAt,
    TimeSpan ImportDuration,
    int Clusters,
    int Pathways,
    int Occupations,
    int Guides,
    bool RestoredFromLastRun = false)
{
    public string ConnectionString => ReadOnlyConnectionString(DatabasePath);

    public static string ReadOnlyConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>
    /// One options object per generation, shared by every request's DbContext: EF Core then reuses its internal
    /// services and compiled-query cache instead of rebuilding them per request.
    /// </summary>
    public DbContextOptions<ContentDbContext> DbOptions { get; } = new DbContextOptionsBuilder<ContentDbContext>()
        .UseSqlite(ReadOnlyConnectionString(DatabasePath))
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;
}

/// <summary>One attempt to load the content, kept for the admin status page.</summary>
public sealed record ReloadAttempt(DateTimeOffset At, string Trigger, bool Succeeded, int? Generation, TimeSpan Duration, int Errors, int Warnings);

/// <summary>
/// Owns the current content generation. An import builds a complete new database first and then swaps
/// one reference, so a request sees the old content or the new one, never a mix. Content with errors is
/// never swapped in: the last good generation keeps serving.
/// </summary>
public sealed class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger) : IDisposable
{
    private const int ReloadHistoryLength = 20;
    private const string DatabasePattern = "content-*.db";

    private readonly SemaphoreSlim _importLock = new(1, 1);
    private readonly LinkedList<ReloadAttempt> _history = new();
    private volatile ContentGeneration? _current;
    private volatile IReadOnlyList<ContentProblem> _problems = [];
    private int _lastNumber;

    public ContentGeneration? Current => _current;

    /// <summary>The problems of the last load attempt: empty once the content is fixed.</summary>
    public IReadOnlyList<ContentProblem> Problems => _problems;

    public IReadOnlyList<ReloadAttempt> RecentReloads
    {
        get
        {
            lock (_history)
            {
                return [.. _history];
            }
        }
    }

    /// <summary>Raised after a new generation is swapped in, so caches of the old one can be dropped.</summary>
    public event Action<ContentGeneration>? GenerationChanged;

    public string ContentPath => System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    private string DatabaseDirectory => System.IO.Path.GetFullPath(options.Value.DatabaseDirectory, environment.ContentRootPath);

    /// <summary>Reads, validates and imports the content folder; keeps the current generation when it has errors.</summary>
    public async Task<ContentLoadResult> LoadAsync(string trigger, CancellationToken cancellationToken = default)
    {
        await _importLock.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            var result = ReadConsistently();
            var readDuration = DateTimeOffset.UtcNow - started;
            _problems = result.Problems;
            foreach (var problem in result.Problems)
            {
                logger.LogWarning("Content {Severity} at {File}:{Line}:{Column}: {Message}", problem.Severity, problem.File, problem.Line, problem.Column, problem.Message);
            }
            int errors = result.Errors.Count();
            if (errors > 0)
            {
                logger.LogWarning("Content not loaded ({Trigger}): {Errors} error(s); still serving generation {Generation}", trigger, errors, _current?.Number);
                Record(new ReloadAttempt(started, trigger, false, null, DateTimeOffset.UtcNow - started, errors, result.Problems.Count - errors));
                return result;
            }

            int number = Interlocked.Increment(ref _lastNumber);
            Directory.CreateDirectory(DatabaseDirectory);
            string databasePath = System.IO.Path.Combine(DatabaseDirectory, $"content-{started:yyyyMMddHHmmssfff}-{number}-{Guid.NewGuid():N}.db");
            var dbOptions = new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={databasePath};Pooling=False").Options;
            await using (var db = new ContentDbContext(dbOptions))
            {
                await ContentImporter.ImportAsync(result.Content, db, cancellationToken);
            }

            var generation = new ContentGeneration(number, databasePath, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow - started,
                result.Content.Clusters.Count, result.Content.Pathways.Count, result.Content.Occupations.Count, result.Content.Guides.Count);
            Swap(generation);
            Record(new ReloadAttempt(started, trigger, true, number, generation.ImportDuration, 0, result.Problems.Count));
            logger.LogInformation("Content generation {Generation} loaded ({Trigger}) from {ContentPath} in {ImportMs} ms (reading and checking {ReadMs} ms): {Clusters} clusters, {Pathways} pathways, {Occupations} occupations, {Guides} guides",
                number, trigger, ContentPath, (int)generation.ImportDuration.TotalMilliseconds, (int)readDuration.TotalMilliseconds, generation.Clusters, generation.Pathways, generation.Occupations, generation.Guides);
            return result;
        }
        finally
        {
            _importLock.Release();
        }
    }

    /// <summary>
    /// Reads the folder, again if a file changed while it was being read: a git pull or "save all" that lands in
    /// the middle of a read would otherwise give a mix of old and new files.
    /// </summary>
    private ContentLoadResult ReadConsistently()
    {
        for (int attempt = 1; ; attempt++)
        {
            long before = Fingerprint();
            var result = ContentLoader.Load(ContentPath);
            // A folder that never settles (a very long checkout) is read as it is; the watcher reloads once it is quiet.
            if (Fingerprint() == before || attempt == 20)
            {
                return result;
            }
            logger.LogInformation("Content changed while it was being read; reading it again");
            Thread.Sleep(20);
        }
    }

    /// <summary>A number that changes when any file in the content folder is added, removed or written.</summary>
    private long Fingerprint()
    {
        if (!Directory.Exists(ContentPath))
        {
            return 0;
        }
        var hash = new HashCode();
        foreach (var file in new DirectoryInfo(ContentPath).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            hash.Add(file.FullName);
            hash.Add(file.Length);
            hash.Add(file.LastWriteTimeUtc.Ticks);
        }
        return hash.ToHashCode();
    }

    /// <summary>
    /// At start-up with broken content: serve the database of the last good content, if one is left from an
    /// earlier run and can be read. The problems stay listed for the admin.
    /// </summary>
    public async Task<bool> TryRestoreLastGoodAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(DatabaseDirectory))
        {
            return false;
        }
        foreach (string path in Directory.EnumerateFiles(DatabaseDirectory, DatabasePattern).OrderByDescending(File.GetLastWriteTimeUtc))
        {
            try
            {
                await using var db = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(ContentGeneration.ReadOnlyConnectionString(path)).Options);
                var generation = new ContentGeneration(Interlocked.Increment(ref _lastNumber), path, new DateTimeOffset(File.GetLastWriteTimeUtc(path)), TimeSpan.Zero,
                    await db.Clusters.CountAsync(cancellationToken), await db.Pathways.CountAsync(cancellationToken),
                    await db.Occupations.CountAsync(cancellationToken), await db.Guides.CountAsync(cancellationToken), RestoredFromLastRun: true);
                Swap(generation);
                logger.LogWarning("Serving the last good content database {Path} because the content folder has errors", path);
                return true;
            }
            catch (SqliteException ex)
            {
                logger.LogWarning(ex, "The old content database {Path} cannot be read", path);
            }
        }
        return false;
    }

    /// <summary>How long an old generation's database stays on disk for the requests still reading it.</summary>
    public static readonly TimeSpan RetiredDatabaseGracePeriod = TimeSpan.FromSeconds(30);

    private void Swap(ContentGeneration generation)
    {
        var previous = _current;
        _current = generation;
        GenerationChanged?.Invoke(generation);
        if (previous is null)
        {
            DeleteDatabasesExcept(generation.DatabasePath);
        }
        else
        {
            _ = RetireAsync(previous);
        }
    }

    /// <summary>A request that began on the old generation may still open it: delete it only after a while.</summary>
    private async Task RetireAsync(ContentGeneration retired)
    {
        await Task.Delay(RetiredDatabaseGracePeriod);
        using (var connection = new SqliteConnection(retired.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        if (_current?.DatabasePath != retired.DatabasePath)
        {
            TryDelete(retired.DatabasePath);
        }
    }

    private void Record(ReloadAttempt attempt)
    {
        lock (_history)
        {
            _history.AddFirst(attempt);
            if (_history.Count > ReloadHistoryLength)
            {
                _history.RemoveLast();
            }
        }
    }

    /// <summary>At start-up, databases left by earlier runs are derived data that only take disk space.</summary>
    private void DeleteDatabasesExcept(string keep)
    {
        foreach (string path in Directory.EnumerateFiles(DatabaseDirectory, DatabasePattern).Where(p => p != keep))
        {
            TryDelete(path);
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete the old content database {Path}", path);
        }
    }

    public void Dispose() => _importLock.Dispose();
}
