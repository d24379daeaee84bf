using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Shortlist;

// What the shortlist queries return: clusters as values from the content, no wording (ShortlistPages words the pages).

public sealed record ShortlistCard(ClusterKey Key, string Title, string Summary, ClusterLook Look, IReadOnlyList<PathwayName> Pathways)
{
    public string Path => SitePaths.Cluster(Key);

    /// <summary>"en" when its title and summary are shown in English on a page in another language; else null.</summary>
    public string? Lang { get; init; }
}

/// <summary>The student's own choices from their cookie, in the order chosen, without clusters the site no longer has.</summary>
public sealed record OwnShortlist(IReadOnlyList<ShortlistCard> Shortlisted, IReadOnlyList<ShortlistCard> SetAside)
{
    /// <summary>The link that shows the shortlist on another device or to a counselor.</summary>
    public string SharePath => SitePaths.SharedShortlist(Shortlisted.Select(c => c.Key));
}

/// <summary>A shortlist someone sent as a link: the clusters it names that the site has, and how many names match none.</summary>
public sealed record SharedShortlist(IReadOnlyList<ShortlistCard> Clusters, int UnknownCount)
{
    public string Path => SitePaths.SharedShortlist(Clusters.Select(c => c.Key));
}

/// <summary>The survey result this browser remembers (<see cref="LastSurveyResult"/>): its link and its top clusters.</summary>
public sealed record RememberedSurvey(string Path, IReadOnlyList<ShortlistCard> Top);
