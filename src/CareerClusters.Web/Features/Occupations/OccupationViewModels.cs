using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Occupations;

public sealed record OccupationPathway(string ClusterSlug, string ClusterTitle, string PathwaySlug, string PathwayTitle)
{
    public string ClusterPath => SitePaths.Cluster(ClusterSlug);

    public string PathwayPath => SitePaths.Pathway(ClusterSlug, PathwaySlug);
}

/// <summary>A link to another site with more about the job.</summary>
public sealed record ExternalLink(string Title, string Url, string What);

public sealed record OccupationViewModel(
    PageMeta Meta,
    string Code,
    string Title,
    string? EducationLabel,
    string? SummaryHtml,
    string? OnetDescription,
    IReadOnlyList<string> AlsoCalled,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> HotTechnologies,
    string? JobZone,
    IReadOnlyList<string> Interests,
    OccupationOutlook? Outlook,
    IReadOnlyList<OccupationPathway> Pathways,
    IReadOnlyList<JobSummary> SimilarJobs,
    IReadOnlyList<ExternalLink> LearnMore) : IPageViewModel
{
    public string? Pay => OccupationFacts.Pay(Outlook);

    public IReadOnlyList<string> Route => Outlook is null ? [] : OccupationFacts.Route(Outlook);

    /// <summary>The first pathway's "How to get started" section.</summary>
    public string? GettingStartedPath => Pathways.Count == 0 ? null : Pathways[0].PathwayPath + "#how-to-get-started";
}

public sealed record OccupationIndexEntry(string Slug, string Title)
{
    public string Path => SitePaths.Occupation(Slug);
}

public sealed record OccupationLetterGroup(string Letter, IReadOnlyList<OccupationIndexEntry> Occupations);

public sealed record OccupationIndexViewModel(PageMeta Meta, int Count, IReadOnlyList<OccupationLetterGroup> Groups) : IPageViewModel;
