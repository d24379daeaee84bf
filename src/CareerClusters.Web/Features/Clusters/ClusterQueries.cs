using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>Reads clusters and pathways from the content database into page view models.</summary>
public sealed class ClusterQueries(ContentDbContext db)
{
    public async Task<IReadOnlyList<ClusterCard>> CardsAsync(CancellationToken cancellationToken) =>
        await db.Clusters
            .OrderBy(c => c.Order)
            .Select(c => new ClusterCard(c.Slug, c.Title, c.Summary, c.Pathways.Count,
                c.Pathways.OrderBy(p => p.Order).Select(p => p.Title).ToList()))
            .ToListAsync(cancellationToken);

    public async Task<ClusterViewModel?> ClusterAsync(string slug, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters.AsSplitQuery()
            .Include(c => c.Pathways).ThenInclude(p => p.Occupations.Where(o => o.Featured)).ThenInclude(po => po.Occupation)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (cluster is null)
        {
            return null;
        }
        var pathwayIds = cluster.Pathways.Select(p => p.Id).ToList();
        var occupationCounts = await db.PathwayOccupations
            .Where(po => pathwayIds.Contains(po.PathwayId))
            .GroupBy(po => po.PathwayId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var related = await db.Clusters
            .Where(c => cluster.RelatedSlugs.Contains(c.Slug))
            .Select(c => new RelatedCluster(c.Slug, c.Title, c.Summary))
            .ToListAsync(cancellationToken);

        var pathways = cluster.Pathways.OrderBy(p => p.Order).ToList();
        return new ClusterViewModel(
            new PageMeta(cluster.Title, cluster.Summary, $"/clusters/{cluster.Slug}",
                [new Crumb("Home", "/"), new Crumb("Clusters", "/clusters"), new Crumb(cluster.Title)]),
            cluster.Slug,
            cluster.Title,
            cluster.Summary,
            cluster.Sections,
            StatementsOf(cluster, "activity"),
            StatementsOf(cluster, "quality"),
            StatementsOf(cluster, "subject"),
            pathways.Select(p => new PathwayLink(p.Slug, p.Title, p.Summary, occupationCounts.GetValueOrDefault(p.Id))).ToList(),
            pathways.SelectMany(p => p.Occupations.OrderBy(o => o.Order).Select(o => new FeaturedJob(ListItem(o.Occupation), p.Title)))
                .DistinctBy(j => j.Occupation.Slug)
                .ToList(),
            related.OrderBy(r => cluster.RelatedSlugs.IndexOf(r.Slug)).ToList());
    }

    public async Task<PathwayViewModel?> PathwayAsync(string clusterSlug, string pathwaySlug, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.AsSplitQuery()
            .Include(p => p.Cluster)
            .Include(p => p.Occupations).ThenInclude(po => po.Occupation)
            .FirstOrDefaultAsync(p => p.Slug == pathwaySlug && p.Cluster.Slug == clusterSlug, cancellationToken);
        if (pathway is null)
        {
            return null;
        }
        var siblings = await db.Pathways
            .Where(p => p.ClusterId == pathway.ClusterId && p.Id != pathway.Id)
            .OrderBy(p => p.Order)
            .Select(p => new PathwayLink(p.Slug, p.Title, p.Summary, p.Occupations.Count))
            .ToListAsync(cancellationToken);
        var occupations = pathway.Occupations.OrderBy(o => o.Order).ToList();
        string clusterPath = $"/clusters/{pathway.Cluster.Slug}";
        return new PathwayViewModel(
            new PageMeta($"{pathway.Title} pathway", pathway.Summary, $"{clusterPath}/{pathway.Slug}",
                [new Crumb("Home", "/"), new Crumb("Clusters", "/clusters"), new Crumb(pathway.Cluster.Title, clusterPath), new Crumb(pathway.Title)]),
            pathway.Slug,
            pathway.Title,
            pathway.Summary,
            pathway.Cluster.Slug,
            pathway.Cluster.Title,
            pathway.Sections,
            occupations.Where(o => o.Featured).Select(o => ListItem(o.Occupation)).ToList(),
            occupations.Where(o => !o.Featured).Select(o => ListItem(o.Occupation)).OrderBy(o => o.Title).ToList(),
            siblings);
    }

    /// <summary>The cluster a pathway belongs to, for moving a pathway address typed under the wrong cluster.</summary>
    public Task<string?> ClusterOfPathwayAsync(string pathwaySlug, CancellationToken cancellationToken) =>
        db.Pathways.Where(p => p.Slug == pathwaySlug).Select(p => p.Cluster.Slug).FirstOrDefaultAsync(cancellationToken);

    internal static OccupationListItem ListItem(Occupation occupation) =>
        new(occupation.Slug, occupation.Title, occupation.Code,
            occupation.Education is null ? null : EducationLevels.Labels[occupation.Education],
            occupation.DescriptionText.Length > 0 ? occupation.DescriptionText : null);

    private static List<string> StatementsOf(Cluster cluster, string kind) =>
        cluster.IsThisYou.Where(s => s.Kind == kind).Select(s => s.Text).ToList();
}
