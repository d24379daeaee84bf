using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Guides;

public sealed record GuideLink(string Slug, string Title, string Summary);

public sealed record GuideListViewModel(PageMeta Meta, IReadOnlyList<GuideLink> Guides) : IPageViewModel;

public sealed record GuideViewModel(PageMeta Meta, string Title, string Summary, IReadOnlyList<PageSection> Sections, IReadOnlyList<GuideLink> OtherGuides) : IPageViewModel;

public sealed class GuidesController(ContentDbContext db) : Controller
{
    [HttpGet("/guides")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var meta = new PageMeta("Guides", "Short guides to career clusters, pathways and programs of study, for students, parents and counselors.",
            "/guides", [new Crumb("Home", "/"), new Crumb("Guides")]);
        return View(new GuideListViewModel(meta, await AllAsync(cancellationToken)));
    }

    [HttpGet("/guides/{page}")]
    public async Task<IActionResult> Guide(string page, CancellationToken cancellationToken)
    {
        string slug = page.ToLowerInvariant();
        var guide = await db.Guides.FirstOrDefaultAsync(g => g.Slug == slug, cancellationToken);
        if (guide is null)
        {
            return NotFound();
        }
        if (slug != page)
        {
            return RedirectPermanent($"/guides/{slug}");
        }
        var meta = new PageMeta(guide.Title, guide.Summary, $"/guides/{guide.Slug}",
            [new Crumb("Home", "/"), new Crumb("Guides", "/guides"), new Crumb(guide.Title)]);
        var others = (await AllAsync(cancellationToken)).Where(g => g.Slug != guide.Slug).ToList();
        return View(new GuideViewModel(meta, guide.Title, guide.Summary, guide.Sections, others));
    }

    private async Task<List<GuideLink>> AllAsync(CancellationToken cancellationToken) =>
        await db.Guides.OrderBy(g => g.Order).Select(g => new GuideLink(g.Slug, g.Title, g.Summary)).ToListAsync(cancellationToken);
}
