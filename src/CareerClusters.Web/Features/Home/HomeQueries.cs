using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Home;

/// <summary>The home page: the introduction, and the clusters of the district's framework (<see cref="FrameworkOptions"/>).</summary>
public sealed record HomeViewModel(PageMeta Meta, string Heading, IReadOnlyList<PageSection> Introduction, string Framework, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel
{
    public FrameworkWords Words => FrameworkWords.For(Framework);

    public FrameworkWords OtherWords => FrameworkWords.For(Framework == Frameworks.Sixteen ? Frameworks.Modern2024 : Frameworks.Sixteen);
}

public sealed class HomeQueries(ContentDbContext db, IOptions<FrameworkOptions> frameworks)
{
    public async Task<HomeViewModel> HomeAsync(CancellationToken cancellationToken)
    {
        var home = await db.SitePages.Where(p => p.Key == "home").Select(p => new { p.Title, p.Summary, p.Sections }).FirstAsync(cancellationToken);
        var meta = new PageMeta("CareerClusters: explore careers by Career Cluster", home.Summary, SitePaths.Home, [], HasSearchBox: true);
        string framework = frameworks.Value.Default;
        var clusters = await ClusterCards.AllAsync(db, framework, cancellationToken);
        if (clusters.Count == 0)
        {
            // A content folder without the chosen framework's files still has a home page.
            framework = frameworks.Value.Other;
            clusters = await ClusterCards.AllAsync(db, framework, cancellationToken);
        }
        return new HomeViewModel(meta, home.Title, home.Sections, framework, clusters);
    }
}
