using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Home;

public sealed record HomeViewModel(PageMeta Meta, string Heading, IReadOnlyList<PageSection> Introduction, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

public sealed class HomeController(ContentDbContext db, ClusterQueries clusters) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var home = await db.SitePages.FirstAsync(p => p.Key == "home", cancellationToken);
        var meta = new PageMeta("CareerClusters: explore careers by Career Cluster", home.Summary, "/", []);
        return View(new HomeViewModel(meta, home.Title, home.Sections, await clusters.CardsAsync(cancellationToken)));
    }
}
