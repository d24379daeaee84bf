using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Clusters;

public sealed record ClusterListViewModel(PageMeta Meta, string Framework, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel
{
    public FrameworkWords Words => FrameworkWords.For(Framework);

    /// <summary>The 2024 clusters grouped as the first two digits of their codes group them (the three cross-cutting clusters share "06").</summary>
    public IReadOnlyList<IGrouping<string, ClusterCard>> Groups =>
        Clusters.GroupBy(c => c.Code is { Length: >= 2 } code ? code[..2] : "").ToList();
}

public sealed record PathwayLink(string Slug, string Title, string Summary, int OccupationCount);

/// <summary>A featured job on a pathway page: its figures and a line about the work.</summary>
public sealed record FeaturedJob(JobSummary Job, string? Description);

public sealed record RelatedCluster(string Framework, string Slug, string Title, string Summary, ClusterLook Look)
{
    public string Path => SitePaths.Cluster(Framework, Slug);
}

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
    CrosswalkPanel Crosswalk) : IPageViewModel
{
    public FrameworkWords Words => FrameworkWords.For(Framework);

    public bool HasIsThisYou => Activities.Count + Qualities.Count + Subjects.Count > 0;

    public ClusterKey Key => new(Framework, Slug);

    public string PathOf(PathwayLink pathway) => SitePaths.Pathway(Framework, Slug, pathway.Slug);

    /// <summary>The page's parts in the order the view draws them: the first section, then the cluster's own parts, then the rest.</summary>
    public IReadOnlyList<OnThisPageLink> OnThisPage =>
    [
        .. OnThisPageLink.Of(Sections.Take(1)),
        .. OnThisPageLink.When(HasIsThisYou, "is-this-you", "Is this you?"),
        new("pathways", Words.PathwaysCapitalized),
        .. OnThisPageLink.When(FeaturedJobsByEducation.Count > 0, "jobs", "Jobs to explore"),
        .. OnThisPageLink.Of(Sections.Skip(1)),
        .. OnThisPageLink.When(Crosswalk.Destinations.Count > 0, CrosswalkPanel.Anchor, Crosswalk.Heading),
        .. OnThisPageLink.When(Related.Count > 0, "related", "Related clusters"),
    ];
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
    CrosswalkPanel Crosswalk) : IPageViewModel
{
    public FrameworkWords Words => FrameworkWords.For(Framework);

    public PathwayGlance Glance { get; } = PathwayGlance.Of(JobsByEducation.SelectMany(g => g.Jobs).ToList());

    public string ClusterPath => SitePaths.Cluster(Framework, ClusterSlug);

    public string PathOf(PathwayLink pathway) => SitePaths.Pathway(Framework, ClusterSlug, pathway.Slug);

    /// <summary>The page's parts in the order the view draws them.</summary>
    public IReadOnlyList<OnThisPageLink> OnThisPage =>
    [
        .. OnThisPageLink.Of(Sections),
        .. OnThisPageLink.When(Featured.Count > 0, "featured-jobs", "Featured jobs"),
        .. OnThisPageLink.When(JobsByEducation.Count > 0, "all-jobs", $"Every job in this {Words.Pathway}"),
        .. OnThisPageLink.When(Crosswalk.Destinations.Count > 0, CrosswalkPanel.Anchor, Crosswalk.Heading),
        .. OnThisPageLink.When(OtherPathways.Count > 0, "other-pathways", $"Other {Words.Pathways}"),
    ];
}

/// <summary>A pathway's jobs at a glance: how many, the education they start with, their median pay and outlook.</summary>
public sealed record PathwayGlance(int Jobs, string? EducationFrom, string? EducationTo, int? PayFrom, int? PayTo, int WithPay, int Growing, int WithOutlook)
{
    public static PathwayGlance Of(IReadOnlyList<JobSummary> jobs)
    {
        var levels = jobs.Where(j => j.EducationKey is not null).Select(j => EducationLevels.Rank(j.EducationKey!)).Where(i => i >= 0).ToList();
        var wages = jobs.Select(j => j.Outlook?.MedianWage).OfType<int>().ToList();
        var outlooks = jobs.Select(j => j.Outlook).OfType<OccupationOutlook>().ToList();
        return new PathwayGlance(
            jobs.Count,
            levels.Count == 0 ? null : EducationLevels.LabelOfRank(levels.Min()),
            levels.Count == 0 ? null : EducationLevels.LabelOfRank(levels.Max()),
            wages.Count == 0 ? null : wages.Min(),
            wages.Count == 0 ? null : wages.Max(),
            wages.Count,
            outlooks.Count(o => o.ChangePercent >= o.AllJobsChangePercent + 2),
            outlooks.Count);
    }
}
