using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Guides;

public sealed record GuideLink(string Slug, string Title, string Summary)
{
    public string Path => SitePaths.Guide(Slug);
}

public sealed record GuideListViewModel(PageMeta Meta, IReadOnlyList<GuideLink> Guides) : IPageViewModel;

public sealed record GuideViewModel(PageMeta Meta, string Title, string Summary, IReadOnlyList<PageSection> Sections, IReadOnlyList<GuideLink> OtherGuides) : IPageViewModel;

public sealed class GuideQueries(ContentDbContext db)
{
    public async Task<GuideListViewModel> IndexAsync(CancellationToken cancellationToken)
    {
        var meta = new PageMeta("Guides", "Short guides to career clusters, pathways and programs of study, for students, parents and counselors.",
            SitePaths.Guides, [new Crumb("Home", SitePaths.Home), new Crumb("Guides")]);
        return new GuideListViewModel(meta, await AllAsync(cancellationToken));
    }

    public async Task<GuideViewModel?> GuideAsync(string slug, CancellationToken cancellationToken)
    {
        var guide = await db.Guides.Where(g => g.Slug == slug).Select(g => new { g.Slug, g.Title, g.Summary, g.Sections }).FirstOrDefaultAsync(cancellationToken);
        if (guide is null)
        {
            return null;
        }
        var meta = new PageMeta(guide.Title, guide.Summary, SitePaths.Guide(guide.Slug),
            [new Crumb("Home", SitePaths.Home), new Crumb("Guides", SitePaths.Guides), new Crumb(guide.Title)]);
        var others = (await AllAsync(cancellationToken)).Where(g => g.Slug != guide.Slug).ToList();
        return new GuideViewModel(meta, guide.Title, guide.Summary, guide.Sections, others);
    }

    private async Task<List<GuideLink>> AllAsync(CancellationToken cancellationToken) =>
        await db.Guides.OrderBy(g => g.Order).Select(g => new GuideLink(g.Slug, g.Title, g.Summary)).ToListAsync(cancellationToken);
}
