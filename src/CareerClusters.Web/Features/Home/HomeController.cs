using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Home;

[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class HomeController(HomeQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(HomePages.Home(await queries.HomeAsync(cancellationToken), text));
}
