using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Guides;

[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class GuidesController(GuideQueries queries) : Controller
{
    [HttpGet(SitePaths.Guides)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.IndexAsync(cancellationToken));

    [HttpGet(SitePaths.Routes.Guide)]
    public async Task<IActionResult> Guide(string? page, CancellationToken cancellationToken)
    {
        // A blank segment ("/guides/%20") binds as null.
        if (string.IsNullOrWhiteSpace(page))
        {
            return NotFound();
        }
        string slug = page.ToLowerInvariant();
        var model = await queries.GuideAsync(slug, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        return slug == page ? View(model) : RedirectPermanent(model.Meta.CanonicalPath);
    }
}
