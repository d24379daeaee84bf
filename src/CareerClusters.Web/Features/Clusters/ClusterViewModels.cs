using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

public sealed record PathwayName(string Slug, string Title);

public sealed record ClusterCard(string Slug, string Title, string Summary, ClusterLook Look, IReadOnlyList<PathwayName> Pathways)
{
    public string Path => SitePaths.Cluster(Slug);

    public int PathwayCount => Pathways.Count;

    /// <summary>The summary's first sentence: one line on a card.</summary>
    public string ShortSummary => FirstSentence(Summary);

    public static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}

/// <summary>A list of cluster cards, with the level of their titles (h2 under the page's h1, h3 under a section's h2).</summary>
public sealed record ClusterCardList(IReadOnlyList<ClusterCard> Cards, int HeadingLevel = 3, bool ShowPathways = true);

public sealed record ClusterListViewModel(PageMeta Meta, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

public sealed record PathwayLink(string Slug, string Title, string Summary, int OccupationCount);

/// <summary>A featured job on a pathway page: its figures and a line about the work.</summary>
public sealed record FeaturedJob(JobSummary Job, string? Description);

public sealed record RelatedCluster(string Slug, string Title, string Summary, ClusterLook Look)
{
    public string Path => SitePaths.Cluster(Slug);
}

public sealed record ClusterViewModel(
    PageMeta Meta,
    string Slug,
    string Title,
    string Summary,
    ClusterLook Look,
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
    ClusterLook Look,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<FeaturedJob> Featured,
    IReadOnlyList<EducationGroup> JobsByEducation,
    IReadOnlyList<PathwayLink> OtherPathways) : IPageViewModel;
