using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

public sealed record ClusterCard(string Slug, string Title, string Summary, int PathwayCount, IReadOnlyList<string> PathwayTitles)
{
    public string Path => SitePaths.Cluster(Slug);
}

public sealed record ClusterListViewModel(PageMeta Meta, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

public sealed record PathwayLink(string Slug, string Title, string Summary, int OccupationCount);

/// <summary>An occupation as shown in a list: its page, its typical education and a line about the work.</summary>
public sealed record OccupationListItem(string Slug, string Title, string Code, string? EducationLabel, string? Description)
{
    public string Path => SitePaths.Occupation(Slug);
}

public sealed record FeaturedJob(OccupationListItem Occupation, string PathwayTitle);

public sealed record RelatedCluster(string Slug, string Title, string Summary)
{
    public string Path => SitePaths.Cluster(Slug);
}

public sealed record ClusterViewModel(
    PageMeta Meta,
    string Slug,
    string Title,
    string Summary,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Qualities,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<PathwayLink> Pathways,
    IReadOnlyList<FeaturedJob> FeaturedJobs,
    IReadOnlyList<RelatedCluster> Related) : IPageViewModel
{
    public bool HasIsThisYou => Activities.Count + Qualities.Count + Subjects.Count > 0;
}

public sealed record PathwayViewModel(
    PageMeta Meta,
    string Slug,
    string Title,
    string Summary,
    string ClusterSlug,
    string ClusterTitle,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<OccupationListItem> Featured,
    IReadOnlyList<OccupationListItem> OtherOccupations,
    IReadOnlyList<PathwayLink> OtherPathways) : IPageViewModel;
