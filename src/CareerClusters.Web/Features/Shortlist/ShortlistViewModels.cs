using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>The shortlist buttons of one cluster; <paramref name="OfferCompare"/> adds a link to compare it with others.</summary>
public sealed record ShortlistToggle(ClusterKey Cluster, string Title, bool OfferCompare = false)
{
    /// <summary>The form's id, to come back to after a post without JavaScript ("shortlist-health-science").</summary>
    public string Anchor => "shortlist-" + Cluster.ToString().Replace(':', '-');
}

public sealed record ShortlistCard(ClusterKey Key, string Title, string Summary, ClusterLook Look, IReadOnlyList<PathwayRef> Pathways)
{
    public string Path => SitePaths.Cluster(Key);
}

/// <summary>The student's own shortlist and set-aside clusters, read from their cookie.</summary>
public sealed record MyClustersViewModel(PageMeta Meta, IReadOnlyList<ShortlistCard> Shortlisted, IReadOnlyList<ShortlistCard> SetAside, string ShareUrl) : IPageViewModel;

/// <summary>A shortlist someone sent as a link (<c>/my-clusters?c=a,b</c>): read-only, with a way to copy it.</summary>
public sealed record SharedShortlistViewModel(PageMeta Meta, IReadOnlyList<ShortlistCard> Clusters, int UnknownCount) : IPageViewModel
{
    public string ComparePath => SitePaths.CompareClusters(Clusters.Take(3).Select(c => c.Key));
}
