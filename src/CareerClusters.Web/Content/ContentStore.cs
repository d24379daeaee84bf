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
    int Guides)
{
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString();
}

/// <summary>
/// Owns the current content generation. An import builds a complete new database first and then swaps
/// one reference, so a request sees the old content or the new one, never a mix.
/// </summary>
public sealed class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger) : IDisposable
{
    private readonly SemaphoreSlim _importLock = new(1, 1);
    private volatile ContentGeneration? _current;
    private int _lastNumber;

    public ContentGeneration? Current => _current;

    public IReadOnlyList<ContentProblem> Problems { get; private set; } = [];

    public string ContentPath => System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    /// <summary>Reads, validates and imports the content folder; keeps the current generation when it has errors.</summary>
    public async Task<ContentLoadResult> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _importLock.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            var result = ContentLoader.Load(ContentPath);
            Problems = result.Problems;
            foreach (var problem in result.Problems)
            {
                logger.LogWarning("Content problem {File}:{Line}:{Column}: {Message}", problem.File, problem.Line, problem.Column, problem.Message);
            }
            if (result.HasErrors)
            {
                return result;
            }

            int number = ++_lastNumber;
            string directory = System.IO.Path.GetFullPath(options.Value.DatabaseDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            string databasePath = System.IO.Path.Combine(directory, $"content-{started:yyyyMMddHHmmss}-{number}-{Guid.NewGuid():N}.db");

            var dbOptions = new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={databasePath}").Options;
            await using (var db = new ContentDbContext(dbOptions))
            {
                await ContentImporter.ImportAsync(result.Content, db, cancellationToken);
            }
            SqliteConnection.ClearAllPools();

            _current = new ContentGeneration(number, databasePath, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow - started,
                result.Content.Clusters.Count, result.Content.Pathways.Count, result.Content.Occupations.Count, result.Content.Guides.Count);
            logger.LogInformation("Content generation {Generation} loaded from {ContentPath} in {ImportMs} ms: {Clusters} clusters, {Pathways} pathways, {Occupations} occupations, {Guides} guides",
                number, ContentPath, (int)_current.ImportDuration.TotalMilliseconds, _current.Clusters, _current.Pathways, _current.Occupations, _current.Guides);
            DeleteOlderDatabases(directory, databasePath);
            return result;
        }
        finally
        {
            _importLock.Release();
        }
    }

    /// <summary>Old generations are derived data: once a new one serves, they only take disk space.</summary>
    private void DeleteOlderDatabases(string directory, string keep)
    {
        foreach (string path in Directory.EnumerateFiles(directory, "content-*.db").Where(p => p != keep))
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
    }

    public void Dispose() => _importLock.Dispose();
}
