using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A cluster of another framework where some of a group's jobs sit, with the pathways (sub-clusters) that hold them.</summary>
public sealed record CrosswalkDestination(ClusterKey Cluster, string Title, ClusterLook Look, int Shared, int Total, IReadOnlyList<CrosswalkPart> Parts)
{
    public string Path => SitePaths.Cluster(Cluster);

    /// <summary>"en" when <see cref="Title"/> is English in a request of another language (no translation yet); else null.</summary>
    public string? TitleLang { get; init; }
}

/// <summary>A pathway or sub-cluster that holds some of the group's jobs.</summary>
public sealed record CrosswalkPart(string Path, string Title, int Shared)
{
    /// <summary>The pathway or sub-cluster, as a translation's key.</summary>
    public TextKey Key { get; init; }

    /// <summary>"en" when <see cref="Title"/> is English in a request of another language (no translation yet); else null.</summary>
    public string? TitleLang { get; init; }
}

/// <summary>
/// Reads the crosswalk the importer computed (<see cref="CrosswalkShare"/>): for a cluster or a pathway, where its
/// jobs sit in the other framework, biggest share first.
/// </summary>
public static class CrosswalkReader
{
    /// <summary>Destinations of every group of a framework at once (for the crosswalk page), keyed by (cluster id, pathway id or null).</summary>
    public static async Task<ILookup<(int ClusterId, int? PathwayId), CrosswalkDestination>> FromFrameworkAsync(ContentDbContext db, string framework, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.CrosswalkShares.Where(s => s.FromCluster.Framework == framework)).ToListAsync(cancellationToken);
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster, TranslationKinds.Pathway], cancellationToken);
        return rows.GroupBy(r => (r.FromClusterId, r.FromPathwayId))
            .SelectMany(g => Destinations(g.ToList()).Select(d => (g.Key, d: InLanguage(d, titles))))
            .ToLookup(x => x.Key, x => x.d);
    }

    /// <summary>Where a cluster's jobs (pathwayId null) or a pathway's jobs sit in the other framework.</summary>
    public static async Task<IReadOnlyList<CrosswalkDestination>> FromGroupAsync(ContentDbContext db, int clusterId, int? pathwayId, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.CrosswalkShares.Where(s => s.FromClusterId == clusterId && s.FromPathwayId == pathwayId)).ToListAsync(cancellationToken);
        var destinations = Destinations(rows);
        if (SiteCultures.Current == SiteCultures.Default || destinations.Count == 0)
        {
            return destinations;
        }
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster, TranslationKinds.Pathway], cancellationToken);
        return [.. destinations.Select(d => InLanguage(d, titles))];
    }

    /// <summary>A destination's names in the request's language, where translated (the page around it is in that language).</summary>
    public static CrosswalkDestination InLanguage(CrosswalkDestination destination, TranslatedTitles titles) => destination with
    {
        Title = titles.Title(TextKey.Cluster(destination.Cluster.Framework, destination.Cluster.Slug), destination.Title),
        TitleLang = titles.FallbackLang(TextKey.Cluster(destination.Cluster.Framework, destination.Cluster.Slug)),
        Parts = [.. destination.Parts.Select(p => SitePaths.ParsePage(p.Path) is { Kind: PageAddressKind.Pathway } page
            ? p with { Title = titles.Title(TextKey.Pathway(page.Framework, page.Slug), p.Title), TitleLang = titles.FallbackLang(TextKey.Pathway(page.Framework, page.Slug)) } : p)],
    };

    /// <summary>Where each of some clusters' jobs sit in the other framework, cluster to cluster only (the survey's results), by slug, named in the request's language.</summary>
    public static async Task<ILookup<string, CrosswalkDestination>> ClustersAsync(ContentDbContext db, string framework, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var rows = await db.CrosswalkShares
            .Where(s => s.FromCluster.Framework == framework && slugs.Contains(s.FromCluster.Slug) && s.FromPathwayId == null && s.ToPathwayId == null)
            .Select(s => new { s.FromCluster.Slug, Row = new Row(s.FromClusterId, null, s.ToClusterId, s.ToCluster.Framework, s.ToCluster.Slug, s.ToCluster.Title,
                s.ToCluster.Icon, s.ToCluster.Colour, null, null, s.Shared, s.Total) })
            .ToListAsync(cancellationToken);
        var titles = SiteCultures.Current == SiteCultures.Default || rows.Count == 0
            ? null : await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster], cancellationToken);
        return rows.GroupBy(r => r.Slug)
            .SelectMany(g => Destinations(g.Select(r => r.Row).ToList()).Select(d => (g.Key, d: titles is null ? d : InLanguage(d, titles))))
            .ToLookup(x => x.Key, x => x.d);
    }

    private static IQueryable<Row> Rows(IQueryable<CrosswalkShare> shares) => shares.Select(s => new Row(
        s.FromClusterId, s.FromPathwayId, s.ToClusterId, s.ToCluster.Framework, s.ToCluster.Slug, s.ToCluster.Title, s.ToCluster.Icon, s.ToCluster.Colour,
        s.ToPathway == null ? null : s.ToPathway.Slug, s.ToPathway == null ? null : s.ToPathway.Title, s.Shared, s.Total));

    private static List<CrosswalkDestination> Destinations(List<Row> rows) =>
        rows.Where(r => r.ToPathwaySlug is null)
            .OrderByDescending(r => r.Shared).ThenBy(r => r.ToClusterTitle, StringComparer.Ordinal)
            .Select(c => new CrosswalkDestination(new ClusterKey(c.ToFramework, c.ToClusterSlug), c.ToClusterTitle, new ClusterLook(c.Icon, c.Colour), c.Shared, c.Total,
                rows.Where(p => p.ToClusterId == c.ToClusterId && p.ToPathwaySlug is not null)
                    .OrderByDescending(p => p.Shared).ThenBy(p => p.ToPathwayTitle, StringComparer.Ordinal)
                    .Select(p => new CrosswalkPart(SitePaths.Pathway(p.ToFramework, p.ToClusterSlug, p.ToPathwaySlug!), p.ToPathwayTitle!, p.Shared)
                        { Key = TextKey.Pathway(p.ToFramework, p.ToPathwaySlug!) })
                    .ToList()))
            .ToList();

    private sealed record Row(int FromClusterId, int? FromPathwayId, int ToClusterId, string ToFramework, string ToClusterSlug, string ToClusterTitle,
        string Icon, string Colour, string? ToPathwaySlug, string? ToPathwayTitle, int Shared, int Total);
}

/// <summary>The "In the 2024 framework" part of a 16-cluster page, or "In the 16 clusters" of a 2024 page.</summary>
public sealed record CrosswalkPanel(string PageFramework, string GroupTitle, IReadOnlyList<CrosswalkDestination> Destinations)
{
    public const string Anchor = "other-framework";

    public bool ToModern => PageFramework == Frameworks.Sixteen;

    public int Total => Destinations.Count == 0 ? 0 : Destinations[0].Total;

    /// <summary>The panel's heading, a key of the text catalogue (SiteText).</summary>
    public string Heading => ToModern ? "In the 2024 framework" : "In the 16 Career Clusters";
}
