using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Occupations;

// What the occupation queries return: values from the content database, no wording (a JSON API can return them as they are).

/// <summary>A place of the job in a framework: its pathway (or 2024 sub-cluster) and that pathway's cluster.</summary>
public sealed record OccupationPathway(string Framework, string ClusterSlug, string ClusterTitle, string PathwaySlug, string PathwayTitle, ClusterLook Look)
{
    public string ClusterPath => SitePaths.Cluster(Framework, ClusterSlug);

    public string PathwayPath => SitePaths.Pathway(Framework, ClusterSlug, PathwaySlug);
}

/// <summary>One job as stored: education by key, preparation as its O*NET job zone, interests as RIASEC letters ("RI").</summary>
/// <param name="SummaryHtml">The site's own description, or null when it has none.</param>
/// <param name="SummaryText">The plain text of the site's description, else O*NET's; empty when neither is published.</param>
/// <param name="Pathways">The job's pathways in the 16 Career Clusters, the first one giving the page its trail.</param>
/// <param name="ModernPlaces">The job's sub-clusters in the 2024 Career Clusters.</param>
public sealed record OccupationDetails(
    string Code,
    string Slug,
    string Title,
    string? EducationKey,
    string? SummaryHtml,
    string SummaryText,
    string? OnetDescription,
    IReadOnlyList<string> AlsoCalled,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> HotTechnologies,
    int? JobZone,
    string? InterestCodes,
    OccupationOutlook? Outlook,
    IReadOnlyList<OccupationPathway> Pathways,
    IReadOnlyList<OccupationPathway> ModernPlaces,
    IReadOnlyList<JobSummary> SimilarJobs)
{
    /// <summary>The sections of the job's file after its summary, each under its heading.</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];

    /// <summary>Military jobs that train people for this civilian job (content/data/military/counterparts.csv).</summary>
    public IReadOnlyList<JobLink> MilitaryJobs { get; init; } = [];

    /// <summary>Civilian jobs this military job trains people for.</summary>
    public IReadOnlyList<JobLink> CivilianJobs { get; init; } = [];

    /// <summary>The sentence on paying for the training of the job's education level, as an HTML paragraph, or null.</summary>
    public string? TrainingCostHtml { get; init; }

    /// <summary>"en" when that sentence is shown in English on a page in another language; else null.</summary>
    public string? TrainingCostLang { get; init; }

    /// <summary>The checked routes in (steps, licence, sources, date), or null when nobody has checked them yet.</summary>
    public JobWaysIn? WaysIn { get; init; }

    /// <summary>"en" when the checked steps in are shown in English on a page in another language; else null.</summary>
    public string? WaysInLang { get; init; }

    /// <summary>A registered apprenticeship is a recognised route in (<c>Content/ApprenticeshipRoutes</c>).</summary>
    public bool ApprenticeshipRoute { get; init; }

    /// <summary>The district's own part of the page ("In our district"), or null.</summary>
    public DistrictPart? District { get; init; }

    /// <summary>"en" when the job's own text (title, summary, sections) is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>The English O*NET title, shown under a translated title (docs/spanish.md); else null.</summary>
    public string? OfficialTitle { get; init; }
}

/// <summary>A value a list can be filtered by, with its title from the content.</summary>
public sealed record FilterChoice(string Value, string Label);

/// <summary>The jobs list after its filters: the filters as applied (unknown values dropped) and the jobs in their order.</summary>
/// <param name="Count">How many jobs the site has in all, before filtering.</param>
public sealed record OccupationIndex(int Count, JobFilters Filters, IReadOnlyList<FilterChoice> Clusters, IReadOnlyList<JobSummary> Jobs);
