using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>The student's own shortlist and set-aside clusters, and the survey result their browser remembers, read from their cookies.</summary>
public sealed record MyClustersViewModel(PageMeta Meta, IReadOnlyList<ShortlistCard> Shortlisted, IReadOnlyList<ShortlistCard> SetAside, string ShareUrl,
    RememberedSurvey? LastSurvey = null) : IPageViewModel;

/// <summary>A shortlist someone sent as a link (<c>/my-clusters?c=a,b</c>): read-only, with a way to copy it.</summary>
public sealed record SharedShortlistViewModel(PageMeta Meta, IReadOnlyList<ShortlistCard> Clusters, int UnknownCount) : IPageViewModel
{
    public string ComparePath => SitePaths.CompareClusters(Clusters.Take(3).Select(c => c.Key));
}
