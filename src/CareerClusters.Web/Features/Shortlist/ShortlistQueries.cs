using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shortlist;

public sealed class ShortlistQueries(ContentDbContext db)
{
    public async Task<IReadOnlySet<string>> ClusterSlugsAsync(CancellationToken cancellationToken) =>
        (await db.Clusters.Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The clusters with these slugs, in the order given; unknown slugs are left out.</summary>
    public async Task<IReadOnlyList<ShortlistCard>> CardsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }
        var clusters = await db.Clusters.AsNoTracking()
            .Where(c => slugs.Contains(c.Slug))
            .Select(c => new
            {
                c.Slug,
                c.Title,
                c.Summary,
                c.Icon,
                c.Colour,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new PathwayName(p.Slug, p.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var position = slugs.Select((slug, i) => (slug, i)).DistinctBy(p => p.slug).ToDictionary(p => p.slug, p => p.i, StringComparer.Ordinal);
        return clusters
            .OrderBy(c => position[c.Slug])
            .Select(c => new ShortlistCard(c.Slug, c.Title, c.Summary, new ClusterLook(c.Icon, c.Colour), c.Pathways))
            .ToList();
    }
}
