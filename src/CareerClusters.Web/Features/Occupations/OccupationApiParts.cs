using System.ComponentModel;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Features.Occupations;

[Description("A job's national figures from BLS Employment Projections, with the years they are for.")]
public sealed record ApiOutlook
{
    [Description("Where the figures come from.")]
    [ApiExample("U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2)")]
    public required string Source { get; init; }

    [Description("The SOC code BLS projects the job under (a wider group's code when isWiderGroup).")]
    [ApiExample("29-1141")]
    public required string SocCode { get; init; }

    [Description("BLS's title for that code.")]
    [ApiExample("Registered nurses")]
    public required string SocTitle { get; init; }

    [Description("True when the figures are for a wider group of jobs that BLS projects together.")]
    [ApiExample(false)]
    public required bool IsWiderGroup { get; init; }

    [Description("The first year of the projection.")]
    [ApiExample(2024)]
    public required int FromYear { get; init; }

    [Description("The last year of the projection.")]
    [ApiExample(2034)]
    public required int ToYear { get; init; }

    [Description("The year of the May wage estimate the median is from.")]
    [ApiExample(2024)]
    public required int WageYear { get; init; }

    [Description("The national median annual pay in US dollars, or the floor when medianAnnualPayIsAtLeast; null when BLS publishes neither.")]
    [ApiExample(93600)]
    public required int? MedianAnnualPay { get; init; }

    [Description("True when BLS gives only a floor for the median.")]
    [ApiExample(false)]
    public required bool MedianAnnualPayIsAtLeast { get; init; }

    [Description("The number of jobs in the first year of the projection.")]
    [ApiExample(3391000)]
    public required int EmploymentFrom { get; init; }

    [Description("The number of jobs projected for the last year.")]
    [ApiExample(3566000)]
    public required int EmploymentTo { get; init; }

    [Description("The projected change in the number of jobs, in percent.")]
    [ApiExample(5.2)]
    public required double ChangePercent { get; init; }

    [Description("The projected change for all jobs, in percent: the outlook compares the job's change with it.")]
    [ApiExample(3.1)]
    public required double AllJobsChangePercent { get; init; }

    [Description("The outlook band: much-faster, faster, about-average, slower, little-or-no-change or declining.")]
    [ApiExample("faster")]
    public required string Category { get; init; }

    [Description("The outlook band in words, in the answer's language.")]
    [ApiExample("Growing faster than average")]
    public required string CategoryLabel { get; init; }

    [Description("Openings each year on average over the projection, from growth and from people leaving.")]
    [ApiExample(189100)]
    public required int AnnualOpenings { get; init; }

    [Description("BLS's typical education to start, as BLS words it.")]
    [ApiExample("Bachelor's degree")]
    public required string BlsEducation { get; init; }

    [Description("BLS's work experience in a related job, as BLS words it.")]
    [ApiExample("None")]
    public required string WorkExperience { get; init; }

    [Description("BLS's typical on-the-job training, as BLS words it.")]
    [ApiExample("None")]
    public required string OnTheJobTraining { get; init; }

    [Description("The job's Occupational Outlook Handbook page, or null.")]
    [ApiExample("https://www.bls.gov/ooh/healthcare/registered-nurses.htm")]
    public required string? OohUrl { get; init; }
}

[Description("The routes into a job.")]
public sealed record ApiTraining
{
    [Description("BLS's usual route in, in plain sentences in the answer's language (education, experience, on-the-job training); empty without BLS figures.")]
    [ApiExample(new[] { "Most people start with a bachelor's degree, usually four years of college." })]
    public required IReadOnlyList<string> UsualRoute { get; init; }

    [Description("True when a registered apprenticeship is a recognised route into the job.")]
    [ApiExample(false)]
    public required bool Apprenticeship { get; init; }

    [Description("The routes in (licences, exams, steps) as checked against the bodies that issue them, or null when nobody has checked them yet.")]
    public required ApiWaysIn? WaysIn { get; init; }

    [Description("Military jobs that train people for this civilian job.")]
    public required IReadOnlyList<ApiJobName> MilitaryJobs { get; init; }

    [Description("Civilian jobs this military job trains people for (for a military job).")]
    public required IReadOnlyList<ApiJobName> CivilianJobs { get; init; }
}

[Description("The checked routes into a job.")]
public sealed record ApiWaysIn
{
    [Description("The day the routes were checked (YYYY-MM-DD).")]
    [ApiExample("2025-10-01")]
    public required string Checked { get; init; }

    [Description("The routes in, in order, one short plain sentence each.")]
    [ApiExample(new[] { "Earn a nursing degree or diploma from an approved program." })]
    public required IReadOnlyList<string> Steps { get; init; }

    [Description("The licence or exam by name and who issues it, or null when the job needs none.")]
    [ApiExample("NCLEX-RN, from your state's board of nursing")]
    public required string? License { get; init; }

    [Description("The issuing bodies the routes were checked against.")]
    [ApiExample(new[] { "National Council of State Boards of Nursing" })]
    public required IReadOnlyList<string> Sources { get; init; }

    [Description("The language of steps and licence: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }
}

[Description("A job named as a link.")]
public sealed record ApiJobName
{
    [Description("The job's name in addresses.")]
    [ApiExample("medical-service-officers")]
    public required string Slug { get; init; }

    [Description("The job's title, in the answer's language where the site has it.")]
    [ApiExample("Medical Service Officers")]
    public required string Title { get; init; }

    [Description("The job's address in this API.")]
    [ApiExample(SitePaths.ApiOccupations + "/medical-service-officers")]
    public required string Api { get; init; }

    [Description("The job's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Occupations + "/medical-service-officers")]
    public required string Html { get; init; }
}

[Description("A place of a job in a framework: a pathway (sub-cluster) and its cluster.")]
public sealed record ApiPlace
{
    [Description("The framework: \"16\" or \"2024\".")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("The cluster's name in addresses.")]
    [ApiExample("health-science")]
    public required string Cluster { get; init; }

    [Description("The cluster's title, in the answer's language where the site has it.")]
    [ApiExample("Health Science")]
    public required string ClusterTitle { get; init; }

    [Description("The pathway's (sub-cluster's) name in addresses.")]
    [ApiExample("therapeutic-services")]
    public required string Pathway { get; init; }

    [Description("The pathway's title, in the answer's language where the site has it.")]
    [ApiExample("Therapeutic Services")]
    public required string PathwayTitle { get; init; }

    [Description("The pathway's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science/pathways/therapeutic-services")]
    public required string Api { get; init; }

    [Description("The pathway's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science/therapeutic-services")]
    public required string Html { get; init; }
}
