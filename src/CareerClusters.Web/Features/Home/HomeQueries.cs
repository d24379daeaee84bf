using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Home;

public sealed record HomeViewModel(PageMeta Meta, string Heading, IReadOnlyList<PageSection> Introduction, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

public sealed class HomeQueries(ContentDbContext db)
{
    public async Task<HomeViewModel> HomeAsync(CancellationToken cancellationToken)
    {
        var home = await db.SitePages.Where(p => p.Key == "home").Select(p => new { p.Title, p.Summary, p.Sections }).FirstAsync(cancellationToken);
        var meta = new PageMeta("CareerClusters: explore careers by Career Cluster", home.Summary, SitePaths.Home, [], HasSearchBox: true);
        return new HomeViewModel(meta, home.Title, home.Sections, await ClusterCards.AllAsync(db, Frameworks.Sixteen, cancellationToken));
    }
}
