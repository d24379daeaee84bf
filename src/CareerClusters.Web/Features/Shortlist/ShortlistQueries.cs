using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shortlist;

public sealed class ShortlistQueries(ContentDbContext db)
{
    /// <summary>Every cluster of every framework.</summary>
    public async Task<IReadOnlySet<ClusterKey>> ClusterKeysAsync(CancellationToken cancellationToken) =>
        (await db.Clusters.Select(c => new { c.Framework, c.Slug }).ToListAsync(cancellationToken)).Select(c => new ClusterKey(c.Framework, c.Slug)).ToHashSet();

    /// <summary>The clusters with these keys, in the order given; unknown keys are left out.</summary>
    public async Task<IReadOnlyList<ShortlistCard>> CardsAsync(IReadOnlyList<ClusterKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var slugs = keys.Select(k => k.Slug).ToList();
        var clusters = await db.Clusters.AsNoTracking()
            .Where(c => slugs.Contains(c.Slug))
            .Select(c => new
            {
                c.Framework,
                c.Slug,
                c.Title,
                c.Summary,
                c.Icon,
                c.Colour,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new PathwayName(p.Slug, p.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var position = keys.Select((key, i) => (key, i)).DistinctBy(p => p.key).ToDictionary(p => p.key, p => p.i);
        return clusters
            .Select(c => (Key: new ClusterKey(c.Framework, c.Slug), Cluster: c))
            .Where(c => position.ContainsKey(c.Key))
            .OrderBy(c => position[c.Key])
            .Select(c => new ShortlistCard(c.Key, c.Cluster.Title, c.Cluster.Summary, new ClusterLook(c.Cluster.Icon, c.Cluster.Colour), c.Cluster.Pathways))
            .ToList();
    }
}
