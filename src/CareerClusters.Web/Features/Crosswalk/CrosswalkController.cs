using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>The crosswalk between the 16 clusters and the 2024 framework, computed at import from the jobs both place.</summary>
[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class CrosswalkController(CrosswalkQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.Crosswalk)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var fromSixteen = await queries.FromAsync(Frameworks.Sixteen, cancellationToken);
        var fromModern = await queries.FromAsync(Frameworks.Modern2024, cancellationToken);
        if (fromModern.Count == 0)
        {
            return NotFound();
        }
        return View(CrosswalkPages.Index(fromSixteen, fromModern, text));
    }

    /// <summary>/frameworks alone: the page that explains both frameworks side by side.</summary>
    [HttpGet(SitePaths.FrameworkPages)]
    public IActionResult FrameworksRoot() => Redirect(SitePaths.Crosswalk);
}
