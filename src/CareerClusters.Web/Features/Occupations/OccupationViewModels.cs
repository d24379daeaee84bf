using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Occupations;

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
    IReadOnlyList<OccupationPathway> ModernPlaces,
    IReadOnlyList<JobSummary> SimilarJobs,
    IReadOnlyList<ExternalLink> LearnMore,
    string? Pay,
    IReadOnlyList<string> Route) : IPageViewModel
{
    /// <summary>The first pathway's "How to get started" section.</summary>
    public string? GettingStartedPath => Pathways.Count == 0 ? null : Pathways[0].PathwayPath + "#how-to-get-started";

    /// <summary>The sections of the job's file after its summary (a military job's way in).</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];

    /// <summary>Military jobs that train people for this job.</summary>
    public IReadOnlyList<JobLink> MilitaryJobs { get; init; } = [];

    /// <summary>Civilian jobs this military job trains people for.</summary>
    public IReadOnlyList<JobLink> CivilianJobs { get; init; } = [];

    /// <summary>The education level's sentence on paying for training (HTML from content), or null.</summary>
    public string? TrainingCostHtml { get; init; }

    /// <summary>"en" when that sentence is shown in English on a page in another language; else null.</summary>
    public string? TrainingCostLang { get; init; }

    /// <summary>The checked routes in, or null: the page then says they are not checked yet.</summary>
    public JobWaysIn? WaysIn { get; init; }

    /// <summary>"en" when the checked steps in are shown in English on a page in another language; else null.</summary>
    public string? WaysInLang { get; init; }

    /// <summary>A registered apprenticeship is a recognised route in: the page links to apprenticeship.gov's finder.</summary>
    public bool ApprenticeshipRoute { get; init; }

    public DistrictPart? District { get; init; }

    /// <summary>"en" when the job's own text is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    /// <summary>The English O*NET title under a translated title; else null.</summary>
    public string? OfficialTitle { get; init; }

    /// <summary>
    /// On a page in another language, the English page's address: O*NET's description, tasks and other titles are in
    /// English only, so the page names each part and links to it there rather than show English in its middle. Null in English.
    /// </summary>
    public string? OnetEnglishPage { get; init; }
}

public sealed record OccupationLetterGroup(string Letter, IReadOnlyList<JobSummary> Occupations);

/// <summary>
/// What the jobs list is narrowed to and ordered by; every value comes from the address (no JavaScript needed).
/// The choices' labels are keys of the text catalogue (SiteText): the page shows them through it.
/// </summary>
public sealed record JobFilters(string? Cluster = null, string? Education = null, string? Outlook = null, string? Sort = null, string? Training = null)
{
    /// <summary>The one training filter: jobs with a recognised apprenticeship route (<c>Occupation.ApprenticeshipRoute</c>).</summary>
    public const string Apprenticeship = "apprenticeship";

    // The open data API's further filters (OccupationApiController); the Jobs A–Z page leaves them at their defaults.

    /// <summary>The framework <see cref="Cluster"/> and <see cref="Pathway"/> are of: the 16 clusters unless the API asks for 2024.</summary>
    public string Framework { get; init; } = Data.Frameworks.Sixteen;

    /// <summary>A pathway (sub-cluster) of <see cref="Framework"/>, by slug.</summary>
    public string? Pathway { get; init; }

    /// <summary>Jobs with (true) or without (false) a recognised apprenticeship route; null for both.</summary>
    public bool? HasApprenticeship { get; init; }

    /// <summary>The least median annual pay, in dollars (jobs without a BLS median are left out when set).</summary>
    public int? PayMin { get; init; }

    /// <summary>The most median annual pay, in dollars (a job with only an "at least" floor counts at its floor).</summary>
    public int? PayMax { get; init; }

    /// <summary>Words that must all be in the job's title (English or translated), its other familiar titles or its code.</summary>
    public string? Text { get; init; }

    public static readonly IReadOnlyDictionary<string, string> Outlooks = new Dictionary<string, string>
    {
        ["faster"] = "Growing faster than average",
        ["average"] = "Growing about as fast as average",
        ["slower"] = "Growing slower than average, little or no change, or fewer jobs",
        ["none"] = "No national figures",
    };

    public static readonly IReadOnlyDictionary<string, string> Sorts = new Dictionary<string, string>
    {
        ["name"] = "Name (A to Z)",
        ["pay"] = "Median pay (highest first)",
        ["growth"] = "Job growth (fastest first)",
    };

    /// <summary>The outlook group of a job, with the same thresholds as the words on its page.</summary>
    public static string OutlookOf(OccupationOutlook? outlook) => outlook is null ? "none" : OccupationFacts.OutlookOf(outlook) switch
    {
        OutlookCategory.MuchFaster or OutlookCategory.Faster => "faster",
        OutlookCategory.AboutAverage => "average",
        _ => "slower",
    };
}

public sealed record OccupationIndexViewModel(
    PageMeta Meta,
    int Count,
    JobFilters Filters,
    IReadOnlyList<FilterChoice> Clusters,
    IReadOnlyList<JobSummary> Jobs,
    IReadOnlyList<OccupationLetterGroup> Groups) : IPageViewModel;
