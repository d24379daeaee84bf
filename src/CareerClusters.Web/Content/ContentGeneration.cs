using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Content;

public sealed class ContentOptions
{
    /// <summary>The content folder, relative to the app's content root (src/CareerClusters.Web) or absolute.</summary>
    public string Path { get; set; } = "../../content";

    /// <summary>Where content databases are written; each import writes a new file here.</summary>
    public string DatabaseDirectory { get; set; } = "App_Data";

    /// <summary>
    /// The district's own folder (sections for pages, guides, search words, its state), outside the content folder so a
    /// national content update never overwrites it; relative to the app's content root, or absolute. Empty: none.
    /// </summary>
    public string? LocalPath { get; set; }

    /// <summary>Reload the content when a file in the content folder changes.</summary>
    public bool WatchForChanges { get; set; } = true;
}

/// <summary>How many pages of each kind a generation holds, for the admin status page.</summary>
public sealed record ContentCounts(int Clusters, int Pathways, int Occupations, int Guides);

/// <summary>
/// One imported content set and everything derived from it: its database, the options every request's DbContext
/// reads it with, and its in-memory search data. A reload swaps the whole generation at once.
/// </summary>
/// <param name="DbOptions">
/// One options object per generation, shared by every request's DbContext: EF Core then reuses its internal services
/// and compiled-query cache instead of rebuilding them per request.
/// </param>
/// <param name="Identity">
/// What the pages of this generation are made from: the content folder's fingerprint and the code that imported and
/// renders it. A restart over unchanged content has the same identity, so page ETags survive restarts and agree
/// between servers.
/// </param>
public sealed record ContentGeneration(
    int Number,
    string DatabasePath,
    DbContextOptions<ContentDbContext> DbOptions,
    SearchLexicon Search,
    ContentCounts Counts,
    DateTimeOffset LoadedAt,
    TimeSpan ImportDuration,
    ProjectionYears? DataYears,
    string Identity,
    bool RestoredFromLastRun = false)
{
    /// <summary>The district whose folder this content was read with, or <see cref="DistrictInfo.None"/>.</summary>
    public DistrictInfo District { get; init; } = DistrictInfo.None;

    /// <summary>Which content pages have their text in each language besides English (the others show English there, marked).</summary>
    public LanguageCoverage Languages { get; init; } = LanguageCoverage.None;

    /// <summary>This generation's anonymous pages as sent, each drawn once (<see cref="PrerenderedPages"/>).</summary>
    public PrerenderedPages Prerendered { get; } = new();
}
