using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Guides;

/// <summary>Reads guides from the content database into read models (values only; <see cref="GuidePages"/> words the pages).</summary>
public sealed class GuideQueries(ContentDbContext db, DistrictInfo? district = null)
{
    public async Task<IReadOnlyList<GuideLink>> AllAsync(CancellationToken cancellationToken)
    {
        var guides = await db.Guides.OrderBy(g => g.Order).Select(g => new GuideLink(g.Slug, g.Title, g.Summary)).ToListAsync(cancellationToken);
        // In the request's language where a guide is translated, English (marked) where not.
        var words = await TranslatedTexts.ForAsync(db, guides.Select(g => TextKey.Guide(g.Slug)), cancellationToken);
        return guides.Select(g => TextKey.Guide(g.Slug) is var key
                ? g with { Title = words.Title(key, g.Title), Summary = words.Summary(key, g.Summary), Lang = words.FallbackLang(key) } : g)
            .Select(g => district?.HasGuide(g.Path) == true ? g with { DistrictName = district.Name } : g).ToList();
    }

    public async Task<GuideDetails?> GuideAsync(string slug, CancellationToken cancellationToken)
    {
        var guide = await db.Guides.Where(g => g.Slug == slug).Select(g => new { g.Slug, g.Title, g.Summary, g.Sections }).FirstOrDefaultAsync(cancellationToken);
        if (guide is null)
        {
            return null;
        }
        var others = (await AllAsync(cancellationToken)).Where(g => g.Slug != guide.Slug).ToList();
        var key = TextKey.Guide(guide.Slug);
        var words = await TranslatedTexts.ForAsync(db, [key], cancellationToken);
        return new GuideDetails(guide.Slug, words.Title(key, guide.Title), words.Summary(key, guide.Summary), words.Of(key)?.Sections ?? guide.Sections, others)
        {
            TextLang = words.FallbackLang(key),
            DistrictName = district?.HasGuide(SitePaths.Guide(guide.Slug)) == true ? district.Name : null,
        };
    }
}
