using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

public sealed record ClusterListViewModel(PageMeta Meta, string Framework, IReadOnlyList<ClusterCard> Clusters, IReadOnlyList<ClusterGroup> Groups) : IPageViewModel
{
}

/// <summary>Some of the 2024 clusters, by the first two digits of their codes, with the group's heading (<see cref="ModernClusterGroups"/>).</summary>
public sealed record ClusterGroup(string Key, ClusterGroupName Name, IReadOnlyList<ClusterCard> Clusters);

public sealed record ClusterViewModel(
    PageMeta Meta,
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
    IReadOnlyList<EducationGroup> FeaturedJobsByEducation,
    IReadOnlyList<RelatedCluster> Related,
    CrosswalkPanel Crosswalk,
    IReadOnlyList<OnThisPageLink> OnThisPage) : IPageViewModel
{
    public DistrictPart? District { get; init; }

    /// <summary>"en" when the page's own text is shown in English on a page in another language (the layout shows a notice); else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>"en" when the "Is this you?" statements are shown in English on a page in another language; else null.</summary>
    public string? StatementsLang { get; init; }

    /// <summary>The official English name beside a translated title; else null.</summary>
    public string? OfficialTitle { get; init; }

    public bool HasIsThisYou => Activities.Count + Qualities.Count + Subjects.Count > 0;

    public ClusterKey Key => new(Framework, Slug);

    public string PathOf(PathwayLink pathway) => SitePaths.Pathway(Framework, Slug, pathway.Slug);
}

public sealed record PathwayViewModel(
    PageMeta Meta,
    string Framework,
    string Slug,
    string Title,
    string Summary,
    string ClusterSlug,
    string ClusterTitle,
    ClusterLook Look,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<FeaturedJob> Featured,
    IReadOnlyList<EducationGroup> JobsByEducation,
    IReadOnlyList<PathwayLink> OtherPathways,
    CrosswalkPanel Crosswalk,
    IReadOnlyList<OnThisPageLink> OnThisPage) : IPageViewModel
{
    public DistrictPart? District { get; init; }

    /// <summary>"en" when the page's own text is shown in English on a page in another language (the layout shows a notice); else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>The official English name beside a translated title; else null.</summary>
    public string? OfficialTitle { get; init; }

    public PathwayGlance Glance { get; } = PathwayGlance.Of(JobsByEducation.SelectMany(g => g.Jobs).ToList());

    public string ClusterPath => SitePaths.Cluster(Framework, ClusterSlug);

    public string PathOf(PathwayLink pathway) => SitePaths.Pathway(Framework, ClusterSlug, pathway.Slug);
}

/// <summary>A pathway's jobs at a glance: how many, the education they start with, their median pay and outlook.</summary>
/// <remarks>The education range is given by keys of <see cref="EducationLevels"/>.</remarks>
public sealed record PathwayGlance(int Jobs, string? EducationFrom, string? EducationTo, int? PayFrom, int? PayTo, int WithPay, int Growing, int WithOutlook)
{
    public static PathwayGlance Of(IReadOnlyList<JobSummary> jobs)
    {
        var levels = jobs.Where(j => j.EducationKey is not null).Select(j => EducationLevels.Rank(j.EducationKey!)).Where(i => i >= 0).ToList();
        var wages = jobs.Select(j => j.Outlook?.MedianWage).OfType<int>().ToList();
        var outlooks = jobs.Select(j => j.Outlook).OfType<OccupationOutlook>().ToList();
        return new PathwayGlance(
            jobs.Count,
            levels.Count == 0 ? null : EducationLevels.KeyOfRank(levels.Min()),
            levels.Count == 0 ? null : EducationLevels.KeyOfRank(levels.Max()),
            wages.Count == 0 ? null : wages.Min(),
            wages.Count == 0 ? null : wages.Max(),
            wages.Count,
            outlooks.Count(o => o.ChangePercent >= o.AllJobsChangePercent + 2),
            outlooks.Count);
    }
}
