using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Guides;

/// <summary>Reads guides from the content database into read models (values only; <see cref="GuidePages"/> words the pages).</summary>
public sealed class GuideQueries(ContentDbContext db, DistrictInfo? district = null)
{
    public async Task<IReadOnlyList<GuideLink>> AllAsync(CancellationToken cancellationToken) =>
        (await db.Guides.OrderBy(g => g.Order).Select(g => new GuideLink(g.Slug, g.Title, g.Summary)).ToListAsync(cancellationToken))
            .Select(g => district?.HasGuide(g.Path) == true ? g with { DistrictName = district.Name } : g).ToList();

    public async Task<GuideDetails?> GuideAsync(string slug, CancellationToken cancellationToken)
    {
        var guide = await db.Guides.Where(g => g.Slug == slug).Select(g => new { g.Slug, g.Title, g.Summary, g.Sections }).FirstOrDefaultAsync(cancellationToken);
        if (guide is null)
        {
            return null;
        }
        var others = (await AllAsync(cancellationToken)).Where(g => g.Slug != guide.Slug).ToList();
        return new GuideDetails(guide.Slug, guide.Title, guide.Summary, guide.Sections, others)
        {
            DistrictName = district?.HasGuide(Shared.SitePaths.Guide(guide.Slug)) == true ? district.Name : null,
        };
    }
}
