using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Content;

/// <summary>
/// Owns the current content generation. An import builds a complete new generation first (database and search
/// data) and then swaps one reference, so a request sees the old content or the new one, never a mix. Content with
/// errors is never swapped in: the last good generation keeps serving.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly SemaphoreSlim _importLock = new(1, 1);
    private readonly ContentDatabases _databases;
    private readonly ILogger<ContentStore> _logger;
    private volatile ContentGeneration? _current;
    private volatile IReadOnlyList<ContentProblem> _problems = [];
    private int _lastNumber;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILoggerFactory loggerFactory)
    {
        ContentPath = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        _databases = new ContentDatabases(Path.GetFullPath(options.Value.DatabaseDirectory, environment.ContentRootPath), loggerFactory);
        _logger = loggerFactory.CreateLogger<ContentStore>();
    }

    public string ContentPath { get; }

    public ContentGeneration? Current => _current;

    /// <summary>The problems of the last load attempt: empty once the content is fixed.</summary>
    public IReadOnlyList<ContentProblem> Problems => _problems;

    public ReloadHistory History { get; } = new();

    /// <summary>Raised after a new generation is swapped in, so caches of the old one can be dropped.</summary>
    public event Action<ContentGeneration>? GenerationChanged;

    /// <summary>Reads, validates and imports the content folder; keeps the current generation when it has errors.</summary>
    public async Task<ContentLoadResult> LoadAsync(string trigger, CancellationToken cancellationToken = default)
    {
        await _importLock.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            var result = ContentLoader.LoadConsistently(ContentPath,
                () => _logger.LogInformation("Content changed while it was being read; reading it again"));
            var readDuration = DateTimeOffset.UtcNow - started;
            _problems = result.Problems;
            foreach (var problem in result.Problems)
            {
                _logger.LogWarning("Content {Severity} at {File}:{Line}:{Column}: {Message}", problem.Severity, problem.File, problem.Line, problem.Column, problem.Message);
            }
            int errors = result.Errors.Count();
            if (errors > 0)
            {
                _logger.LogWarning("Content not loaded ({Trigger}): {Errors} error(s); still serving generation {Generation}", trigger, errors, _current?.Number);
                History.Record(new ReloadAttempt(started, trigger, false, null, DateTimeOffset.UtcNow - started, errors, result.Problems.Count - errors));
                return result;
            }

            int number = Interlocked.Increment(ref _lastNumber);
            string databasePath = _databases.NewPath(number);
            SearchLexicon search;
            await using (var db = new ContentDbContext(ContentDatabases.WritableOptions(databasePath)))
            {
                search = await ContentImporter.ImportAsync(result.Content, db, cancellationToken);
            }
            var content = result.Content;
            var generation = new ContentGeneration(number, databasePath, _databases.ReadOnlyOptions(databasePath), search,
                new ContentCounts(content.Clusters.Count, content.Pathways.Count, content.Occupations.Count, content.Guides.Count),
                DateTimeOffset.UtcNow, DateTimeOffset.UtcNow - started, content.Data.Years);
            Swap(generation);
            History.Record(new ReloadAttempt(started, trigger, true, number, generation.ImportDuration, 0, result.Problems.Count));
            _logger.LogInformation("Content generation {Generation} loaded ({Trigger}) from {ContentPath} in {ImportMs} ms (reading and checking {ReadMs} ms): {Counts}",
                number, trigger, ContentPath, (int)generation.ImportDuration.TotalMilliseconds, (int)readDuration.TotalMilliseconds, generation.Counts);
            return result;
        }
        finally
        {
            _importLock.Release();
        }
    }

    /// <summary>
    /// At start-up with broken content: serve the database of the last good content, if one is left from an
    /// earlier run and can be read. The problems stay listed for the admin.
    /// </summary>
    public async Task<bool> TryRestoreLastGoodAsync(CancellationToken cancellationToken = default)
    {
        foreach (string path in _databases.Existing())
        {
            try
            {
                var options = _databases.ReadOnlyOptions(path);
                await using var db = new ContentDbContext(options);
                var counts = new ContentCounts(await db.Clusters.CountAsync(cancellationToken), await db.Pathways.CountAsync(cancellationToken),
                    await db.Occupations.CountAsync(cancellationToken), await db.Guides.CountAsync(cancellationToken));
                var search = await SearchLexicon.LoadAsync(db, cancellationToken);
                // A database an older version wrote has no page list: the sitemap and QR codes could not be served from it.
                _ = await db.Pages.AnyAsync(cancellationToken);
                var outlook = await db.Occupations.Where(o => o.Outlook != null).Select(o => o.Outlook).FirstOrDefaultAsync(cancellationToken);
                Swap(new ContentGeneration(Interlocked.Increment(ref _lastNumber), path, options, search, counts,
                    new DateTimeOffset(File.GetLastWriteTimeUtc(path)), TimeSpan.Zero,
                    outlook is null ? null : new ProjectionYears(outlook.FromYear, outlook.ToYear, outlook.WageYear), RestoredFromLastRun: true));
                _logger.LogWarning("Serving the last good content database {Path} because the content folder has errors", path);
                return true;
            }
            catch (SqliteException ex)
            {
                _logger.LogWarning(ex, "The old content database {Path} cannot be read", path);
            }
        }
        return false;
    }

    private void Swap(ContentGeneration generation)
    {
        var previous = _current;
        _current = generation;
        GenerationChanged?.Invoke(generation);
        if (previous is null)
        {
            _databases.DeleteAllExcept(generation.DatabasePath);
        }
        else
        {
            _ = _databases.RetireAsync(previous.DatabasePath, () => _current?.DatabasePath == previous.DatabasePath);
        }
    }

    public void Dispose() => _importLock.Dispose();
}
