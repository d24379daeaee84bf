using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Home;

[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class HomeController(HomeQueries queries) : Controller
{
    [HttpGet(SitePaths.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.HomeAsync(cancellationToken));
}
