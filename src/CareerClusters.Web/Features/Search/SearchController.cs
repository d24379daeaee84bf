using System.Xml.Linq;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Search;

public sealed record SearchResultItem(string KindLabel, string Title, string Path, string? Context, string SnippetHtml, ClusterLook? Look, bool ShowsPay);

public sealed record FilterOption(string Value, string Label, int? Count = null);

public sealed record SearchViewModel(
    PageMeta Meta,
    string? Query,
    bool QueryWasShortened,
    SearchFilters Filters,
    IReadOnlyList<SearchResultItem> Results,
    int Total,
    int Page,
    int PageCount,
    string? SearchedInstead,
    bool MatchedAnyWord,
    string? DidYouMean,
    IReadOnlyList<FilterOption> Kinds,
    IReadOnlyList<FilterOption> Clusters,
    IReadOnlyList<FilterOption> EducationLevels,
    IReadOnlyList<ClusterCard> PopularClusters) : IPageViewModel
{
    /// <summary>The address of this search with one setting changed, for filter and page links.</summary>
    public string Link(string? kind = "", string? cluster = "", string? education = "", int page = 1)
    {
        var parts = new List<string> { $"q={Uri.EscapeDataString(Query ?? "")}" };
        void Add(string name, string? value, string? current)
        {
            string? chosen = value == "" ? current : value;
            if (!string.IsNullOrEmpty(chosen))
            {
                parts.Add($"{name}={Uri.EscapeDataString(chosen)}");
            }
        }
        Add("kind", kind, Filters.Kind);
        Add("cluster", cluster, Filters.Cluster);
        Add("education", education, Filters.Education);
        if (page > 1)
        {
            parts.Add($"page={page}");
        }
        return SitePaths.Search + "?" + string.Join("&", parts);
    }
}

public sealed record Suggestion(string Title, string Kind, string Url);

[OutputCache(PolicyName = Policies.SearchPages)]
[EnableRateLimiting(Policies.Search)]
public sealed class SearchController(SearchEngine engine, ContentDbContext db, IConfiguration configuration) : Controller
{
    public const int PageSize = 20;

    [HttpGet(SitePaths.Search)]
    public async Task<IActionResult> Index(string? q, string? kind, string? cluster, string? education, int page = 1, CancellationToken cancellationToken = default)
    {
        string query = (q ?? "").Trim();
        bool shortened = query.Length > SearchEngine.MaxQueryLength;
        if (shortened)
        {
            query = query[..SearchEngine.MaxQueryLength];
        }
        var clusterOptions = engine.Clusters;
        // Unknown filter values are ignored rather than failing: a hand-edited link still searches.
        var filters = new SearchFilters(
            kind is not null && SearchLabels.Kinds.ContainsKey(kind) ? kind : null,
            clusterOptions.Any(c => c.Key == cluster) ? cluster : null,
            education is not null && EducationLevels.Labels.ContainsKey(education) ? education : null);
        page = Math.Clamp(page, 1, 1000);

        var outcome = query.Length == 0
            ? new SearchOutcome([], 0, new Dictionary<string, int>(), null, false)
            : await engine.SearchAsync(query, filters, (page - 1) * PageSize, PageSize, withSnippets: true, cancellationToken);
        // Popular clusters are shown only when there is nothing else to show.
        IReadOnlyList<ClusterCard> popular = outcome.Total == 0
            ? (await ClusterCards.AllAsync(db, Frameworks.Sixteen, cancellationToken)).Where(c => PopularClusterSlugs.Contains(c.Slug)).ToList()
            : [];
        var looks = outcome.Hits.Count == 0 ? new Dictionary<string, ClusterLook>() : await ClusterCards.LooksAsync(db, cancellationToken);
        var results = outcome.Hits.Select(h => new SearchResultItem(
            SearchLabels.Of(h), h.Title, h.Path, ContextOf(h), h.SnippetHtml,
            h.ClusterKey is not null && looks.TryGetValue(h.ClusterKey, out var look) ? look : null, PayOf(h) is not null)).ToList();

        var meta = new PageMeta(query.Length == 0 ? "Search" : $"Search results for \u201c{query}\u201d",
            "Search CareerClusters for career clusters, pathways, jobs and guides, in your own words.", SitePaths.Search,
            [new Crumb("Home", SitePaths.Home), new Crumb("Search")], NoIndex: true, HasSearchBox: true);
        var model = new SearchViewModel(meta, query.Length == 0 ? null : query, shortened, filters, results, outcome.Total, page,
            Math.Max(1, (outcome.Total + PageSize - 1) / PageSize), outcome.SearchedInstead, outcome.MatchedAnyWord, outcome.DidYouMean,
            SearchLabels.Kinds.Select(k => new FilterOption(k.Key, k.Value, outcome.CountsByKind.GetValueOrDefault(k.Key))).ToList(),
            clusterOptions.Select(c => new FilterOption(c.Key, SearchLabels.IsModern(c.Key) ? $"{c.Title} (2024)" : c.Title)).ToList(),
            EducationLevels.Labels.Select(e => new FilterOption(e.Key, e.Value)).ToList(),
            popular);
        return View(model);
    }

    /// <summary>Suggestions while typing, for the search box's list. Returns at most 8 pages.</summary>
    [HttpGet(SitePaths.SearchSuggestions)]
    [Produces("application/json")]
    public async Task<ActionResult<IReadOnlyList<Suggestion>>> Suggest(string? q, CancellationToken cancellationToken)
    {
        string query = (q ?? "").Trim();
        if (query.Length > SearchEngine.MaxQueryLength)
        {
            return BadRequest(new { error = $"The search text can be at most {SearchEngine.MaxQueryLength} characters." });
        }
        if (query.Length < 2)
        {
            return Array.Empty<Suggestion>();
        }
        var outcome = await engine.SearchAsync(query, new SearchFilters(), 0, 8, withSnippets: false, cancellationToken);
        return outcome.Hits.Select(h => new Suggestion(h.Title, SearchLabels.Of(h), h.Path)).ToList();
    }

    /// <summary>Suggestions in the OpenSearch suggestions shape browsers ask for: [query, [titles], [kinds], [addresses]].</summary>
    [HttpGet(SitePaths.OpenSearchSuggestions)]
    public async Task<IActionResult> OpenSearchSuggestions(string? q, CancellationToken cancellationToken)
    {
        string query = (q ?? "").Trim();
        var outcome = query.Length is < 2 or > SearchEngine.MaxQueryLength
            ? new SearchOutcome([], 0, new Dictionary<string, int>(), null, false)
            : await engine.SearchAsync(query, new SearchFilters(), 0, 8, withSnippets: false, cancellationToken);
        string site = SiteAddress.BaseUrl(Request, configuration);
        object[] body = [query, outcome.Hits.Select(h => h.Title), outcome.Hits.Select(h => SearchLabels.Of(h)), outcome.Hits.Select(h => site + h.Path)];
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
                new XElement(ns + "Description", "Search careers, clusters and pathways"),
                new XElement(ns + "InputEncoding", "UTF-8"),
                new XElement(ns + "Image", new XAttribute("height", 16), new XAttribute("width", 16), new XAttribute("type", "image/svg+xml"), $"{site}/favicon.svg"),
                new XElement(ns + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"),
                    new XAttribute("template", $"{site}{SitePaths.Search}?q={{searchTerms}}")),
                new XElement(ns + "Url", new XAttribute("type", "application/x-suggestions+json"),
                    new XAttribute("template", $"{site}{SitePaths.OpenSearchSuggestions}?q={{searchTerms}}"))));
        return Content(description.Declaration + "\n" + description.Root, "application/opensearchdescription+xml");
    }

    private static readonly HashSet<string> PopularClusterSlugs =
        ["health-science", "information-technology", "arts-av-technology-and-communications", "law-public-safety-corrections-and-security",
         "business-management-and-administration", "architecture-and-construction"];

    /// <summary>Where a result sits, and for a job what it takes and pays: "in Health Science · Bachelor's degree · $93,600 a year".</summary>
    private static string? ContextOf(SearchHit hit) => hit.Kind switch
    {
        PageKinds.Pathway => $"in {hit.ClusterTitle}",
        PageKinds.Occupation => string.Join(" · ", new[]
        {
            hit.ClusterTitle is null ? null : $"in {hit.ClusterTitle}",
            hit.Education is null ? null : EducationLevels.Labels[hit.Education],
            PayOf(hit),
        }.OfType<string>()) is { Length: > 0 } context ? context : null,
        _ => null,
    };

    private static string? PayOf(SearchHit hit) => OccupationFacts.Pay(hit.MedianWage, hit.MedianWageAtLeast);
}
