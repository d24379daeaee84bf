using System.ComponentModel;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Occupations;

/// <summary>The open data API's jobs: Jobs A–Z with its filters and more, and a job's details, from the read models the job pages use.</summary>
[Tags("Occupations")]
public sealed class OccupationApiController(OccupationQueries queries, IStringLocalizer<SiteText> text) : ApiControllerBase
{
    /// <summary>The longest text the q filter takes.</summary>
    public const int MaxTextLength = 100;

    [HttpGet(SitePaths.ApiOccupations, Name = "listOccupations")]
    [EndpointSummary("Jobs, filtered")]
    [EndpointDescription("The jobs that pass every filter given (the filters of the site's Jobs A–Z and more), a page at a time, each with its education, median pay and outlook. For a spreadsheet of a cluster's jobs: ?cluster=health-science&per_page=500.")]
    [ProducesResponseType<OccupationsAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> ListOccupations(
        [FromQuery, Description("The framework cluster and pathway are of: \"16\" (the default) or \"2024\".")] [ApiExample("16")] string? framework,
        [FromQuery, Description("Only jobs in this cluster (its name in addresses).")] [ApiExample("health-science")] string? cluster,
        [FromQuery, Description("Only jobs in this pathway or sub-cluster (its name in addresses).")] [ApiExample("therapeutic-services")] string? pathway,
        [FromQuery, Description("Only jobs with this typical education to start, as a BLS category key (from no-formal-credential to doctoral-or-professional-degree).")]
        [ApiExample("associates-degree")] string? education,
        [FromQuery, Description("Only jobs in this outlook group: faster (much faster or faster than average), average (about as fast), slower (slower, little or no change, or fewer jobs) or none (no BLS figures).")]
        [ApiExample("faster")] string? outlook,
        [FromQuery, Description("true: only jobs with a recognised apprenticeship route; false: only jobs without one.")] [ApiExample(true)] bool? apprenticeship,
        [FromQuery(Name = "pay_min"), Description("Only jobs whose national median annual pay is at least this many US dollars.")] [ApiExample(50000)] int? payMin,
        [FromQuery(Name = "pay_max"), Description("Only jobs whose national median annual pay is at most this many US dollars.")] [ApiExample(90000)] int? payMax,
        [FromQuery, Description("Only jobs whose title (English or Spanish), familiar other titles or O*NET-SOC code hold every word of this text (case and accents ignored).")]
        [ApiExample("nurse")] string? q,
        [FromQuery, Description("The order: name (A to Z in the answer's language, the default), pay (highest median first) or growth (fastest first).")] [ApiExample("pay")] string? sort,
        [FromQuery, Description("The page, from 1 (the default).")] [ApiExample(1)] int? page,
        [FromQuery(Name = "per_page"), Description("Jobs a page, from 1 to 500 (default 50).")] [ApiExample(50)] int? perPage,
        CancellationToken cancellationToken)
    {
        string? known = string.IsNullOrEmpty(framework) ? Data.Frameworks.Sixteen : FrameworkOf(framework);
        var problem = known is null ? BadParameter("framework", $"framework must be one of: {string.Join(", ", Data.Frameworks.All)}.")
            : !string.IsNullOrEmpty(education) && !EducationLevels.IsKnown(education) ? BadParameter("education", $"education must be one of: {string.Join(", ", EducationLevels.Keys)}.")
            : !string.IsNullOrEmpty(outlook) && !JobFilters.Outlooks.ContainsKey(outlook) ? BadParameter("outlook", $"outlook must be one of: {string.Join(", ", JobFilters.Outlooks.Keys)}.")
            : !string.IsNullOrEmpty(sort) && !JobFilters.Sorts.ContainsKey(sort) ? BadParameter("sort", $"sort must be one of: {string.Join(", ", JobFilters.Sorts.Keys)}.")
            : payMin is < 0 ? BadParameter("pay_min", "pay_min must be a whole number of dollars, 0 or more.")
            : payMax is < 0 || payMax < payMin ? BadParameter("pay_max", "pay_max must be a whole number of dollars, no less than pay_min.")
            : q?.Length > MaxTextLength ? BadParameter("q", $"q can be at most {MaxTextLength} characters.")
            : CheckPaging(page, perPage);
        if (problem is not null)
        {
            return problem;
        }
        var asked = new JobFilters(Blank(cluster), Blank(education), Blank(outlook), sort == "name" ? null : Blank(sort))
        {
            Framework = known!,
            Pathway = Blank(pathway),
            HasApprenticeship = apprenticeship,
            PayMin = payMin,
            PayMax = payMax,
            Text = Blank(q),
        };
        var index = await queries.IndexAsync(asked, cancellationToken);
        // The list drops a cluster or pathway it does not know (a hand-edited link still lists jobs); the API says so.
        if (asked.Cluster is not null && index.Filters.Cluster is null)
        {
            return BadParameter("cluster", $"The framework {known} has no cluster of this name: {SitePaths.ApiClusters(known!)} lists them.");
        }
        if (asked.Pathway is not null && index.Filters.Pathway is null)
        {
            return BadParameter("pathway", $"The framework {known} has no pathway (sub-cluster) of this name: {SitePaths.ApiClusters(known!)} lists them.");
        }
        if (PageOf(index.Jobs, page ?? 1, perPage ?? DefaultPerPage) is not { } onePage)
        {
            return NotFoundProblem("This page is after the last page of the list: paging.pageCount on the first page says how many there are.", "page");
        }
        var (jobs, paging) = onePage;
        // The list's titles are in the request's language already (English where a job has no translation yet, marked).
        return Answer(new OccupationsAnswer(Meta(known == Data.Frameworks.Sixteen ? SitePaths.Occupations : null), ApiJob.From(jobs, text), paging,
            OccupationApi.Filters(index.Filters)));
    }

    [HttpGet(SitePaths.ApiRoutes.Occupation, Name = "getOccupation")]
    [EndpointSummary("A job")]
    [EndpointDescription("A job by its O*NET-SOC code or its name in addresses: what the work is, its tasks, education and training routes, pay and outlook with their source and year, its places in both frameworks and similar jobs.")]
    [ProducesResponseType<OccupationAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> GetOccupation(
        [FromRoute, Description("The job's O*NET-SOC code (29-1141.00) or its name in addresses (registered-nurses).")] [ApiExample("29-1141.00")] string? occupation,
        CancellationToken cancellationToken)
    {
        // A blank segment ("%20") binds as null: no job has that name.
        string? slug = string.IsNullOrWhiteSpace(occupation) ? null
            : OccupationCode.IsCode(occupation) ? await queries.SlugOfCodeAsync(occupation, cancellationToken) : occupation.ToLowerInvariant();
        var job = slug is null ? null : await queries.OccupationAsync(slug, cancellationToken);
        if (job is null)
        {
            return NotFoundProblem($"No job has this code or name: {SitePaths.ApiOccupations}?q= finds jobs by their titles.", "occupation");
        }
        return Answer(new OccupationAnswer(Meta(SitePaths.Occupation(job.Slug)), OccupationApi.Occupation(job, text)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
