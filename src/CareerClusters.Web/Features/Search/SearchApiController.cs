using System.ComponentModel;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Search;

/// <summary>The open data API's search: the site's search page as data, from the same search queries.</summary>
[Tags("Search")]
public sealed class SearchApiController(SearchQueries queries, IStringLocalizer<SiteText> text) : ApiControllerBase
{
    [HttpGet(SitePaths.ApiSearch, Name = "search")]
    [EndpointSummary("Search")]
    [EndpointDescription("Searches the site's clusters, pathways, jobs and guides as its search page does (other names of jobs, common misspellings, phrases such as \"jobs without college\"), 20 results a page.")]
    [ProducesResponseType<SearchAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> Search(
        [FromQuery, Description("The words to search for (at most 200 characters). Without them the answer has no results.")] [ApiExample("nurse")] string? q,
        [FromQuery, Description("Only results of this kind: cluster, pathway, occupation, guide or district.")] [ApiExample("occupation")] string? kind,
        [FromQuery, Description("Only results in this cluster, by its key: \"health-science\", or \"2024:healthcare-and-human-services\" for the 2024 framework.")]
        [ApiExample("health-science")] string? cluster,
        [FromQuery, Description("Only jobs with this typical education to start (a BLS category key, as for /api/v1/occupations).")] [ApiExample("bachelors-degree")] string? education,
        [FromQuery, Description("The page, from 1 (the default).")] [ApiExample(1)] int? page,
        CancellationToken cancellationToken)
    {
        var problem = q?.Length > SearchEngine.MaxQueryLength ? BadParameter("q", $"q can be at most {SearchEngine.MaxQueryLength} characters.")
            : !string.IsNullOrEmpty(kind) && !SearchLabels.Kinds.ContainsKey(kind) ? BadParameter("kind", $"kind must be one of: {string.Join(", ", SearchLabels.Kinds.Keys)}.")
            : !string.IsNullOrEmpty(education) && !EducationLevels.IsKnown(education) ? BadParameter("education", $"education must be one of: {string.Join(", ", EducationLevels.Keys)}.")
            : CheckPaging(page, null);
        if (problem is not null)
        {
            return problem;
        }
        var results = await queries.SearchAsync(new SearchRequest(q, Blank(kind), Blank(cluster), Blank(education), Page: page ?? 1), cancellationToken);
        if (!string.IsNullOrEmpty(cluster) && results.Filters.Cluster is null)
        {
            return BadParameter("cluster", "cluster must be a cluster's key: \"health-science\" for the 16 clusters, \"2024:healthcare-and-human-services\" for the 2024 framework.");
        }
        if (PageOf(results.Hits, page ?? 1, SearchQueries.PageSize, results.Total) is not { } onePage)
        {
            return NotFoundProblem("This page is after the last page of the results: paging.pageCount on the first page says how many there are.", "page");
        }
        string? html = results.Query is null ? SitePaths.Search : SitePaths.SearchFor(results.Query);
        return Answer(new SearchAnswer(Meta(html), SearchApi.Results(results, text), onePage.Paging));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
