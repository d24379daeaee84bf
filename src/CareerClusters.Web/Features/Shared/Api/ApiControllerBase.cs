using CareerClusters.Web.Data;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>
/// What every controller of the open data API shares (docs/api.md): answers cached per content generation with an ETag
/// (<see cref="Policies.Api"/>), a rate limit per client address, CORS open to any site for reading, the query checked
/// before the action (<see cref="ApiParametersAttribute"/>), and the problems an endpoint may answer with. Each feature
/// has its own API controller over its own queries (the read models its pages use), deriving from this one.
/// </summary>
[OutputCache(PolicyName = Policies.Api)]
[EnableRateLimiting(Policies.Api)]
[EnableCors(Policies.ApiCors)]
[ApiParameters]
[ApiExplorerSettings(GroupName = SitePaths.ApiDocumentName)]
[Produces("application/json")]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
[ProducesResponseType<ApiProblem>(StatusCodes.Status429TooManyRequests, ApiProblems.ContentType)]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>The most items one page of a list holds.</summary>
    public const int MaxPerPage = 500;

    public const int DefaultPerPage = 50;

    /// <summary>The answer's description of itself; <paramref name="html"/> is the English address of the page with the same data.</summary>
    protected ApiMeta Meta(string? html) => new()
    {
        ApiVersion = "1",
        Language = SiteCultures.Current,
        ContentVersion = HttpContext.RequestServices.GetRequiredService<ApiContentVersion>().Value,
        Self = Request.Path + Request.QueryString,
        Html = html is null ? null : SitePaths.InLanguage(html, SiteCultures.Current),
        Sources = ApiSources.All,
    };

    /// <summary>An answer, written as the API writes JSON (<see cref="ApiJson"/>).</summary>
    protected static JsonResult Answer(object answer) => new(answer, ApiJson.Options);

    protected JsonResult NotFoundProblem(string detail, string? parameter = null) =>
        ApiProblems.Result(ApiProblems.Of(ApiProblems.NotFound, detail, Request.Path, parameter));

    protected JsonResult BadParameter(string parameter, string detail) =>
        ApiProblems.Result(ApiProblems.Of(ApiProblems.BadParameter, detail, Request.Path, parameter));

    /// <summary>The framework named in an address (any case), or null when the site has none of that name.</summary>
    protected static string? FrameworkOf(string? framework) =>
        framework?.ToLowerInvariant() is { } name && Frameworks.IsKnown(name) ? name : null;

    /// <summary>A page of a list and its paging: null when the page asked for is after the last one.</summary>
    protected (IReadOnlyList<T> Items, ApiPaging Paging)? PageOf<T>(IReadOnlyList<T> all, int page, int perPage, int? total = null)
    {
        int count = total ?? all.Count;
        int pageCount = Math.Max(1, (count + perPage - 1) / perPage);
        if (page > pageCount)
        {
            return null;
        }
        var items = total is null ? all.Skip((page - 1) * perPage).Take(perPage).ToList() : all;
        return (items, new ApiPaging
        {
            Page = page,
            PerPage = perPage,
            Total = count,
            PageCount = pageCount,
            Next = page < pageCount ? AddressOfPage(page + 1) : null,
            Previous = page > 1 ? AddressOfPage(page - 1) : null,
        });
    }

    /// <summary>This request's address with another page number.</summary>
    private string AddressOfPage(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        if (page > 1)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Request.Path + QueryString.Create(query).ToString();
    }

    /// <summary>A page number and page size from the query, or the problem with them.</summary>
    protected JsonResult? CheckPaging(int? page, int? perPage)
    {
        if (page is < 1)
        {
            return BadParameter("page", "page must be a whole number from 1.");
        }
        if (perPage is < 1 or > MaxPerPage)
        {
            return BadParameter("per_page", $"per_page must be a whole number from 1 to {MaxPerPage}.");
        }
        return null;
    }
}
