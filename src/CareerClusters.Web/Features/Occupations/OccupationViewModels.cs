using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Occupations;

public sealed record OccupationPathway(string ClusterSlug, string ClusterTitle, string PathwaySlug, string PathwayTitle)
{
    public string ClusterPath => SitePaths.Cluster(ClusterSlug);

    public string PathwayPath => SitePaths.Pathway(ClusterSlug, PathwaySlug);
}

public sealed record OccupationViewModel(
    PageMeta Meta,
    string Code,
    string Title,
    string? EducationLabel,
    string DescriptionHtml,
    IReadOnlyList<string> AlternateTitles,
    IReadOnlyList<OccupationPathway> Pathways) : IPageViewModel
{
    public string OnetUrl => $"https://www.onetonline.org/link/summary/{Code}";
}

public sealed record OccupationIndexEntry(string Slug, string Title)
{
    public string Path => SitePaths.Occupation(Slug);
}

public sealed record OccupationLetterGroup(string Letter, IReadOnlyList<OccupationIndexEntry> Occupations);

public sealed record OccupationIndexViewModel(PageMeta Meta, int Count, IReadOnlyList<OccupationLetterGroup> Groups) : IPageViewModel;
