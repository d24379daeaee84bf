using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

public sealed record ClusterCard(string Slug, string Title, string Summary, int PathwayCount, IReadOnlyList<string> PathwayTitles)
{
    public string Path => SitePaths.Cluster(Slug);
}

public sealed record ClusterListViewModel(PageMeta Meta, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

public sealed record PathwayLink(string Slug, string Title, string Summary, int OccupationCount);

/// <summary>A featured job on a pathway page: its figures and a line about the work.</summary>
public sealed record FeaturedJob(JobSummary Job, string? Description);

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
    IReadOnlyList<EducationGroup> FeaturedJobsByEducation,
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
    IReadOnlyList<FeaturedJob> Featured,
    IReadOnlyList<EducationGroup> JobsByEducation,
    IReadOnlyList<PathwayLink> OtherPathways) : IPageViewModel;
