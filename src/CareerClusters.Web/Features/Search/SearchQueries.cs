using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Search;

/// <summary>Runs searches for the search page and its suggestions, into read models (values only; <see cref="SearchPages"/> words the page).</summary>
public sealed class SearchQueries(SearchEngine engine, ContentDbContext db)
{
    public const int PageSize = 20;

    /// <summary>The most suggestions the search box lists.</summary>
    private const int SuggestionCount = 8;

    private static readonly HashSet<string> PopularClusterSlugs =
        ["health-science", "information-technology", "arts-av-technology-and-communications", "law-public-safety-corrections-and-security",
         "business-management-and-administration", "architecture-and-construction"];

    public async Task<SearchResults> SearchAsync(string? q, string? kind, string? cluster, string? education, int page, CancellationToken cancellationToken)
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
            EducationLevels.IsKnown(education) ? education : null);
        page = Math.Clamp(page, 1, 1000);

        var outcome = query.Length == 0
            ? new SearchOutcome([], 0, new Dictionary<string, int>(), null, false)
            : await engine.SearchAsync(query, filters, (page - 1) * PageSize, PageSize, withSnippets: true, cancellationToken);
        // Popular clusters are shown only when there is nothing else to show.
        IReadOnlyList<ClusterCard> popular = outcome.Total == 0
            ? (await ClusterCards.AllAsync(db, Frameworks.Sixteen, cancellationToken)).Where(c => PopularClusterSlugs.Contains(c.Slug)).ToList()
            : [];
        var looks = outcome.Hits.Count == 0 ? new Dictionary<string, ClusterLook>() : await ClusterCards.LooksAsync(db, cancellationToken);
        var hits = outcome.Hits.Select(h => new FoundPage(h, h.ClusterKey is not null && looks.TryGetValue(h.ClusterKey, out var look) ? look : null)).ToList();

        return new SearchResults(query.Length == 0 ? null : query, shortened, filters, hits, outcome.Total, page,
            Math.Max(1, (outcome.Total + PageSize - 1) / PageSize), outcome.SearchedInstead, outcome.MatchedAnyWord, outcome.DidYouMean,
            outcome.CountsByKind, clusterOptions.Select(c => new SearchCluster(c.Key, c.Title)).ToList(), popular);
    }

    /// <summary>The best pages for text being typed (which the caller has trimmed and checked), without snippets.</summary>
    public async Task<IReadOnlyList<SearchHit>> SuggestAsync(string query, CancellationToken cancellationToken) =>
        (await engine.SearchAsync(query, new SearchFilters(), 0, SuggestionCount, withSnippets: false, cancellationToken)).Hits;
}
