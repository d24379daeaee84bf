using System.Xml.Linq;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Search;

[OutputCache(PolicyName = Policies.SearchPages)]
[EnableRateLimiting(Policies.Search)]
public sealed class SearchController(SearchQueries queries, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{
    public const int PageSize = SearchQueries.PageSize;

    [HttpGet(SitePaths.Search)]
    public async Task<IActionResult> Index(string? q, string? kind, string? cluster, string? education,
        [FromQuery(Name = "education_up_to")] string? educationUpTo, string? apprenticeship, string? order, int page = 1, CancellationToken cancellationToken = default) =>
        View(SearchPages.Index(await queries.SearchAsync(new SearchRequest(q, kind, cluster, education, educationUpTo, apprenticeship, order, page), cancellationToken), text));

    /// <summary>Suggestions while typing, for the search box's list. Returns at most 8 pages.</summary>
    [HttpGet(SitePaths.SearchSuggestions)]
    [Produces("application/json")]
    public async Task<ActionResult<IReadOnlyList<Suggestion>>> Suggest(string? q, CancellationToken cancellationToken)
    {
        string query = (q ?? "").Trim();
        if (query.Length > SearchEngine.MaxQueryLength)
        {
            return BadRequest(new { error = text["The search text can be at most {0} characters.", SearchEngine.MaxQueryLength].Value });
        }
        if (query.Length < 2)
        {
            return Array.Empty<Suggestion>();
        }
        return SearchPages.Suggestions(await queries.SuggestAsync(query, cancellationToken), text).ToList();
    }

    /// <summary>Suggestions in the OpenSearch suggestions shape browsers ask for: [query, [titles], [kinds], [addresses]].</summary>
    [HttpGet(SitePaths.OpenSearchSuggestions)]
    public async Task<IActionResult> OpenSearchSuggestions(string? q, CancellationToken cancellationToken)
    {
        string query = (q ?? "").Trim();
        var suggestions = query.Length is < 2 or > SearchEngine.MaxQueryLength ? [] : SearchPages.Suggestions(await queries.SuggestAsync(query, cancellationToken), text);
        string site = SiteAddress.BaseUrl(Request, configuration);
        object[] body = [query, suggestions.Select(s => s.Title), suggestions.Select(s => s.Kind), suggestions.Select(s => site + s.Url)];
        return new JsonResult(body) { ContentType = "application/x-suggestions+json" };
    }

    /// <summary>Lets a browser add the site's search; built as XML so the host name is escaped like any other text.</summary>
    [HttpGet("/opensearch.xml")]
    public IActionResult OpenSearch()
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        var description = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(ns + "OpenSearchDescription",
                new XElement(ns + "ShortName", "CareerClusters"),
                new XElement(ns + "Description", text["Search careers, clusters and pathways"].Value),
                new XElement(ns + "InputEncoding", "UTF-8"),
                new XElement(ns + "Image", new XAttribute("height", 16), new XAttribute("width", 16), new XAttribute("type", "image/svg+xml"), $"{site}/favicon.svg"),
                new XElement(ns + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"),
                    new XAttribute("template", $"{site}{SitePaths.Search}?q={{searchTerms}}")),
                new XElement(ns + "Url", new XAttribute("type", "application/x-suggestions+json"),
                    new XAttribute("template", $"{site}{SitePaths.OpenSearchSuggestions}?q={{searchTerms}}"))));
        return Content(description.Declaration + "\n" + description.Root, "application/opensearchdescription+xml");
    }
}
