using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>The crosswalk between the 16 clusters and the 2024 framework, computed at import from the jobs both place.</summary>
[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class CrosswalkController(CrosswalkQueries queries) : Controller
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
        var meta = new PageMeta("From the 16 Career Clusters to the 2024 framework",
            "Where the jobs of each of the 16 Career Clusters and 79 pathways sit in Advance CTE's 2024 framework, and back: counted from the jobs both place.",
            SitePaths.Crosswalk, [new Crumb("Home", SitePaths.Home), new Crumb("Crosswalk")]);
        return View(new CrosswalkViewModel(meta, fromSixteen, fromModern));
    }

    /// <summary>/frameworks alone: the page that explains both frameworks side by side.</summary>
    [HttpGet(SitePaths.FrameworkPages)]
    public IActionResult FrameworksRoot() => Redirect(SitePaths.Crosswalk);
}
