using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>The whole crosswalk, one way at a time, for the crosswalk page (values only; <see cref="CrosswalkPages"/> words the page).</summary>
public sealed class CrosswalkQueries(ContentDbContext db)
{
    public async Task<IReadOnlyList<ClusterCrosswalk>> FromAsync(string framework, CancellationToken cancellationToken)
    {
        var destinations = await CrosswalkReader.FromFrameworkAsync(db, framework, cancellationToken);
        var clusters = await db.Clusters.InFramework(framework).OrderBy(c => c.Order)
            .Select(c => new
            {
                c.Id, c.Framework, c.Slug, c.Title, c.Icon, c.Colour,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new { p.Id, p.Slug, p.Title, Jobs = p.Occupations.Count }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster, TranslationKinds.Pathway], cancellationToken);
        return clusters.Select(c =>
            {
                var key = new ClusterKey(c.Framework, c.Slug);
                return new ClusterCrosswalk(key, titles.Title(TextKey.Cluster(c.Framework, c.Slug), c.Title), new ClusterLook(c.Icon, c.Colour),
                    destinations[(c.Id, null)].ToList(),
                    c.Pathways.Select(p => new CrosswalkPathway(key, p.Slug, titles.Title(TextKey.Pathway(c.Framework, p.Slug), p.Title), p.Jobs, destinations[(c.Id, p.Id)].ToList())
                    {
                        TitleLang = titles.FallbackLang(TextKey.Pathway(c.Framework, p.Slug)),
                    }).ToList())
                {
                    TitleLang = titles.FallbackLang(TextKey.Cluster(c.Framework, c.Slug)),
                };
            })
            .ToList();
    }
}
