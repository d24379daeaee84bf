using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Guides;

[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class GuidesController(GuideQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.Guides)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(GuidePages.Index(await queries.AllAsync(cancellationToken), text));

    [HttpGet(SitePaths.Routes.Guide)]
    public async Task<IActionResult> Guide(string? page, CancellationToken cancellationToken)
    {
        // A blank segment ("/guides/%20") binds as null.
        if (string.IsNullOrWhiteSpace(page))
        {
            return NotFound();
        }
        string slug = page.ToLowerInvariant();
        var guide = await queries.GuideAsync(slug, cancellationToken);
        if (guide is null)
        {
            return NotFound();
        }
        return slug == page ? View(GuidePages.Guide(guide, text)) : RedirectPermanent(SitePaths.Guide(guide.Slug));
    }
}
