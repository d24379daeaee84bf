using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

// What the cluster queries return: values from the content database, no wording (a JSON API can return them as they
// are; ClusterPages words the pages). A framework's clusters are ClusterCards.

public sealed record PathwayLink(string Slug, string Title, string Summary, int OccupationCount)
{
    /// <summary>"en" when the title and summary are shown in English on a page in another language; else null.</summary>
    public string? Lang { get; init; }
}

/// <summary>A featured job on a pathway page: its figures and a line about the work.</summary>
public sealed record FeaturedJob(JobSummary Job, string? Description);

public sealed record RelatedCluster(string Framework, string Slug, string Title, string Summary, ClusterLook Look)
{
    /// <summary>"en" when the title and summary are shown in English on a page in another language; else null.</summary>
    public string? Lang { get; init; }

    public string Path => SitePaths.Cluster(Framework, Slug);
}

/// <summary>
/// A cluster: its content, its "Is this you?" statements by kind, its pathways, its pathways' featured jobs (each job
/// once, education as a key), its related clusters and where its jobs sit in the other framework.
/// </summary>
public sealed record ClusterDetails(
    string Framework,
    string Slug,
    string Title,
    string Summary,
    ClusterLook Look,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Qualities,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<PathwayLink> Pathways,
    IReadOnlyList<JobSummary> FeaturedJobs,
    IReadOnlyList<RelatedCluster> Related,
    IReadOnlyList<CrosswalkDestination> Crosswalk)
{
    /// <summary>The district's own part of the page ("In our district"), or null.</summary>
    public DistrictPart? District { get; init; }

    /// <summary>"en" when the page's own text (title, summary, sections) is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>"en" when the "Is this you?" statements are shown in English on a page in another language; else null.</summary>
    public string? StatementsLang { get; init; }

    /// <summary>The official English name, when the title is shown translated (docs/spanish.md: it follows the first mention); else null.</summary>
    public string? OfficialTitle { get; init; }

    public ClusterKey Key => new(Framework, Slug);

    public string Path => SitePaths.Cluster(Framework, Slug);

    public string PathOf(PathwayLink pathway) => SitePaths.Pathway(Framework, Slug, pathway.Slug);
}

/// <summary>
/// A pathway (sub-cluster): its content, its cluster, its featured jobs, every job in it (by title), the cluster's
/// other pathways and where its jobs sit in the other framework.
/// </summary>
public sealed record PathwayDetails(
    string Framework,
    string Slug,
    string Title,
    string Summary,
    string ClusterSlug,
    string ClusterTitle,
    ClusterLook Look,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<FeaturedJob> Featured,
    IReadOnlyList<JobSummary> Jobs,
    IReadOnlyList<PathwayLink> OtherPathways,
    IReadOnlyList<CrosswalkDestination> Crosswalk)
{
    /// <summary>The district's own part of the page ("In our district"), or null.</summary>
    public DistrictPart? District { get; init; }

    /// <summary>"en" when the page's own text (title, summary, sections) is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>The official English name, when the title is shown translated (docs/spanish.md: it follows the first mention); else null.</summary>
    public string? OfficialTitle { get; init; }

    public string Path => SitePaths.Pathway(Framework, ClusterSlug, Slug);

    public string ClusterPath => SitePaths.Cluster(Framework, ClusterSlug);
}
