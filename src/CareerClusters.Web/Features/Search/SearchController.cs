using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Search;

public sealed record SearchResultItem(string KindLabel, string Title, string Path, string? Context, string SnippetHtml);

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
        return "/search?" + string.Join("&", parts);
    }
}

public sealed record Suggestion(string Title, string Kind, string Url);

public sealed class SearchController(SearchEngine engine, ClusterQueries clusters) : Controller
{
    public const int PageSize = 20;

    public static readonly IReadOnlyDictionary<string, string> KindLabels = new Dictionary<string, string>
    {
        [SearchDocuments.Cluster] = "Cluster",
        [SearchDocuments.Pathway] = "Pathway",
        [SearchDocuments.Occupation] = "Job",
        [SearchDocuments.Guide] = "Guide",
    };

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? kind, string? cluster, string? education, int page = 1, CancellationToken cancellationToken = default)
    {
        string query = (q ?? "").Trim();
        bool shortened = query.Length > SearchEngine.MaxQueryLength;
        if (shortened)
        {
            query = query[..SearchEngine.MaxQueryLength];
        }
        var clusterOptions = await engine.ClustersAsync(cancellationToken);
        // Unknown filter values are ignored rather than failing: a hand-edited link still searches.
        var filters = new SearchFilters(
            kind is not null && KindLabels.ContainsKey(kind) ? kind : null,
            clusterOptions.Any(c => c.Slug == cluster) ? cluster : null,
            education is not null && EducationLevels.Labels.ContainsKey(education) ? education : null);
        page = Math.Clamp(page, 1, 1000);

        var outcome = query.Length == 0
            ? new SearchOutcome([], 0, new Dictionary<string, int>(), null, false)
            : await engine.SearchAsync(query, filters, (page - 1) * PageSize, PageSize, withSnippets: true, cancellationToken);
        // Popular clusters are shown only when there is nothing else to show.
        IReadOnlyList<ClusterCard> popular = outcome.Total == 0
            ? (await clusters.CardsAsync(cancellationToken)).Where(c => PopularClusterSlugs.Contains(c.Slug)).ToList()
            : [];
        var results = outcome.Hits.Select(h => new SearchResultItem(
            KindLabels[h.Kind], h.Title, h.Path, ContextOf(h), h.SnippetHtml)).ToList();

        var meta = new PageMeta(query.Length == 0 ? "Search" : $"Search results for \u201c{query}\u201d",
            "Search CareerClusters for career clusters, pathways, jobs and guides, in your own words.", "/search",
            [new Crumb("Home", "/"), new Crumb("Search")]);
        var model = new SearchViewModel(meta, query.Length == 0 ? null : query, shortened, filters, results, outcome.Total, page,
            Math.Max(1, (outcome.Total + PageSize - 1) / PageSize), outcome.SearchedInstead, outcome.MatchedAnyWord, outcome.DidYouMean,
            KindLabels.Select(k => new FilterOption(k.Key, k.Value, outcome.CountsByKind.GetValueOrDefault(k.Key))).ToList(),
            clusterOptions.Select(c => new FilterOption(c.Slug, c.Title)).ToList(),
            EducationLevels.Labels.Select(e => new FilterOption(e.Key, e.Value)).ToList(),
            popular);
        return View(model);
    }

    /// <summary>Suggestions while typing, for the search box's list. Returns at most 8 pages.</summary>
    [HttpGet("/api/search/suggest")]
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
        return outcome.Hits.Select(h => new Suggestion(h.Title, KindLabels[h.Kind], h.Path)).ToList();
    }

    [HttpGet("/opensearch.xml")]
    public IActionResult OpenSearch()
    {
        string site = $"{Request.Scheme}://{Request.Host}";
        string xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
              <ShortName>CareerClusters</ShortName>
              <Description>Search careers, clusters and pathways</Description>
              <InputEncoding>UTF-8</InputEncoding>
              <Image height="16" width="16" type="image/svg+xml">{site}/favicon.svg</Image>
              <Url type="text/html" method="get" template="{site}/search?q={"{searchTerms}"}"/>
              <Url type="application/x-suggestions+json" template="{site}/api/search/suggest?q={"{searchTerms}"}"/>
            </OpenSearchDescription>
            """;
        return Content(xml, "application/opensearchdescription+xml");
    }

    private static readonly HashSet<string> PopularClusterSlugs =
        ["health-science", "information-technology", "arts-av-technology-and-communications", "law-public-safety-corrections-and-security",
         "business-management-and-administration", "architecture-and-construction"];

    private static string? ContextOf(SearchHit hit) => hit.Kind switch
    {
        SearchDocuments.Pathway => $"in {hit.ClusterTitle}",
        SearchDocuments.Occupation when hit.ClusterTitle is not null && hit.Education is not null =>
            $"in {hit.ClusterTitle} · {EducationLevels.Labels[hit.Education]}",
        SearchDocuments.Occupation when hit.ClusterTitle is not null => $"in {hit.ClusterTitle}",
        _ => null,
    };
}
