using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>The whole crosswalk, both ways, for the crosswalk page.</summary>
public sealed class CrosswalkQueries(ContentDbContext db)
{
    public async Task<IReadOnlyList<CrosswalkCluster>> FromAsync(string framework, CancellationToken cancellationToken)
    {
        var destinations = await CrosswalkReader.FromFrameworkAsync(db, framework, cancellationToken);
        var clusters = await db.Clusters.InFramework(framework).OrderBy(c => c.Order)
            .Select(c => new
            {
                c.Id, c.Framework, c.Slug, c.Title, c.Icon, c.Colour,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new { p.Id, p.Slug, p.Title, Jobs = p.Occupations.Count }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return clusters.Select(c => new CrosswalkCluster(
                new ClusterKey(c.Framework, c.Slug), c.Title, new ClusterLook(c.Icon, c.Colour),
                destinations[(c.Id, null)].ToList(),
                c.Pathways.Select(p => new CrosswalkPathway(SitePaths.Pathway(c.Framework, c.Slug, p.Slug), p.Title, p.Jobs, destinations[(c.Id, p.Id)].ToList())).ToList()))
            .ToList();
    }
}
