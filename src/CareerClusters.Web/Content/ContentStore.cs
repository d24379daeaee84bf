using System.Text.Json;
using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
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
    private volatile PendingEdits _pending = PendingEdits.None;
    // What the generation being served was read from: its pages, which new content must keep, and when it was read.
    private PublishedPages? _published;
    private DateTimeOffset _servedContentReadAt;
    private int _lastNumber;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILoggerFactory loggerFactory)
    {
        ContentPath = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        LocalPath = string.IsNullOrWhiteSpace(options.Value.LocalPath) ? null : Path.GetFullPath(options.Value.LocalPath, environment.ContentRootPath);
        _databases = new ContentDatabases(Path.GetFullPath(options.Value.DatabaseDirectory, environment.ContentRootPath), loggerFactory);
        _logger = loggerFactory.CreateLogger<ContentStore>();
    }

    public string ContentPath { get; }

    /// <summary>The district's own folder (Content:LocalPath), absolute, or null when the site has none.</summary>
    public string? LocalPath { get; }

    public ContentGeneration? Current => _current;

    /// <summary>The problems of the last load attempt: empty once the content is fixed.</summary>
    public IReadOnlyList<ContentProblem> Problems => _problems;

    /// <summary>While the content has errors: the files saved since the served content was read, and the files that block them.</summary>
    public PendingEdits Pending => _pending;

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
            // Before any generation is served (at start-up), the newest database an earlier run left is the last good content.
            var lastGood = _current is null ? (await _databases.NewestPublishedAsync(cancellationToken))?.Pages : _published;
            var result = ContentLoader.LoadConsistently(ContentPath,
                () => _logger.LogInformation("Content changed while it was being read; reading it again"), lastGood, LocalPath);
            var readDuration = DateTimeOffset.UtcNow - started;
            _problems = result.Problems;
            _pending = result.HasErrors && _current is not null ? PendingEdits.Find(ContentPath, _servedContentReadAt, result.Problems, LocalPath) : PendingEdits.None;
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
            PublishedPages published;
            LanguageCoverage languages;
            var district = DistrictImport.InfoOf(result.Content);
            try
            {
                await using (var db = new ContentDbContext(ContentDatabases.WritableOptions(ContentDatabases.ImportingPath(databasePath))))
                {
                    published = PublishedPages.From(result.Content);
                    var info = new ContentDatabaseInfo(result.Fingerprint, ContentImporter.Version, result.Problems)
                    {
                        Published = published, District = district, Languages = ContentTranslations.Coverage(result.Content),
                    };
                    languages = info.Languages;
                    search = await ContentImporter.ImportAsync(result.Content, db, info, cancellationToken);
                }
                File.Move(ContentDatabases.ImportingPath(databasePath), databasePath);
            }
            catch
            {
                _databases.DeleteUnfinished(databasePath);
                throw;
            }
            var content = result.Content;
            var generation = new ContentGeneration(number, databasePath, _databases.ReadOnlyOptions(databasePath), search,
                new ContentCounts(content.Clusters.Count, content.Pathways.Count, content.Occupations.Count, content.Guides.Count),
                DateTimeOffset.UtcNow, DateTimeOffset.UtcNow - started, content.Data.Years, IdentityOf(result.Fingerprint, ContentImporter.Version))
            { District = district, Languages = languages };
            _published = published;
            _servedContentReadAt = started;
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
    /// At start-up: when the content folder has not changed since the newest database was imported from it (same
    /// fingerprint) by this same code, serve that database again instead of importing the same content once more.
    /// </summary>
    public async Task<bool> TryReuseLastImportAsync(CancellationToken cancellationToken = default)
    {
        await _importLock.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            string fingerprint = ContentLoader.Fingerprint(ContentPath, LocalPath);
            if (fingerprint.Length == 0)
            {
                return false;
            }
            foreach (string path in _databases.Existing())
            {
                var restored = await TryOpenAsync(path, info => info.Fingerprint == fingerprint && info.ImporterVersion == ContentImporter.Version,
                    started, restoredFromLastRun: false, cancellationToken);
                if (restored is { } generation)
                {
                    History.Record(new ReloadAttempt(started, "start-up (content unchanged: database reused)", true, generation.Number,
                        generation.ImportDuration, 0, _problems.Count));
                    _logger.LogInformation("Reusing the content database {Path}: the content folder has not changed since it was imported; generation {Generation} ready in {Ms} ms: {Counts}",
                        path, generation.Number, (int)generation.ImportDuration.TotalMilliseconds, generation.Counts);
                    return true;
                }
            }
            return false;
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
            if (await TryOpenAsync(path, _ => true, DateTimeOffset.UtcNow, restoredFromLastRun: true, cancellationToken) is not null)
            {
                _pending = PendingEdits.Find(ContentPath, _servedContentReadAt, _problems, LocalPath);
                _logger.LogWarning("Serving the last good content database {Path} because the content folder has errors", path);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Serves a database an earlier run imported, when it is complete and <paramref name="accept"/> its info; its
    /// search data, counts and data years are read back from it.
    /// </summary>
    private async Task<ContentGeneration?> TryOpenAsync(string path, Func<ContentDatabaseInfo, bool> accept, DateTimeOffset started,
        bool restoredFromLastRun, CancellationToken cancellationToken)
    {
        try
        {
            // Plain SQL over one connection: EF Core would compile each of these queries for this one use.
            await using var connection = new SqliteConnection(ContentDatabases.ReadOnlyConnectionString(path));
            await connection.OpenAsync(cancellationToken);
            var info = await ContentDatabaseInfo.ReadAsync(connection, cancellationToken);
            if (!accept(info))
            {
                return null;
            }
            ContentCounts counts;
            ProjectionYears? years = null;
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT (SELECT COUNT(*) FROM \"Clusters\"), (SELECT COUNT(*) FROM \"Pathways\"), (SELECT COUNT(*) FROM \"Occupations\"), (SELECT COUNT(*) FROM \"Guides\"), " +
                    "(SELECT \"Outlook\" FROM \"Occupations\" WHERE \"Outlook\" IS NOT NULL LIMIT 1)";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                counts = new ContentCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
                if (!reader.IsDBNull(4) && JsonSerializer.Deserialize<OccupationOutlook>(reader.GetString(4)) is { } outlook)
                {
                    years = outlook.Years();
                }
            }
            var search = await SearchLexicon.LoadAsync(connection, cancellationToken);
            var generation = new ContentGeneration(Interlocked.Increment(ref _lastNumber), path, _databases.ReadOnlyOptions(path), search, counts,
                restoredFromLastRun ? new DateTimeOffset(File.GetLastWriteTimeUtc(path)) : DateTimeOffset.UtcNow,
                restoredFromLastRun ? TimeSpan.Zero : DateTimeOffset.UtcNow - started, years, IdentityOf(info.Fingerprint, info.ImporterVersion),
                restoredFromLastRun)
            { District = info.District, Languages = info.Languages };
            if (!restoredFromLastRun)
            {
                _problems = info.Warnings;
            }
            _published = info.Published;
            _servedContentReadAt = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            Swap(generation);
            return generation;
        }
        catch (Exception ex) when (ex is SqliteException or JsonException)
        {
            _logger.LogWarning(ex, "The old content database {Path} cannot be read", path);
            return null;
        }
    }

    /// <summary>The content a database holds (folder fingerprint, importing code) and the code that renders it now.</summary>
    private static string IdentityOf(string fingerprint, string importerVersion) =>
        $"{fingerprint}|{importerVersion}|{ContentImporter.Version}";

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

    /// <summary>
    /// Builds EF Core's model of a content database, which every generation shares (it is kept per options setup, not
    /// per file): done at start-up beside the content load, so the first visitor does not wait for it.
    /// </summary>
    public void BuildDatabaseModel()
    {
        using var context = new ContentDbContext(_databases.ReadOnlyOptions(Path.Combine(Path.GetTempPath(), "model-only.db")));
        _ = context.Model;
    }

    public void Dispose() => _importLock.Dispose();
}
