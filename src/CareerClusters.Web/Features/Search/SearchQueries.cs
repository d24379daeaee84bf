using System.Runtime.CompilerServices;
using ContentGeneration = CareerClusters.Web.Content.ContentGeneration;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Search;

/// <summary>Runs searches for the search page and its suggestions, into read models (values only; <see cref="SearchPages"/> words the page).</summary>
public sealed class SearchQueries(SearchEngine engine, ContentDbContext db, ContentGeneration generation)
{
    public const int PageSize = 20;

    /// <summary>The most suggestions the search box lists.</summary>
    private const int SuggestionCount = 8;

    private static readonly HashSet<string> PopularClusterSlugs =
        ["health-science", "information-technology", "arts-av-technology-and-communications", "law-public-safety-corrections-and-security",
         "business-management-and-administration", "architecture-and-construction"];

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        string query = (request.Q ?? "").Trim();
        bool shortened = query.Length > SearchEngine.MaxQueryLength;
        if (shortened)
        {
            query = query[..SearchEngine.MaxQueryLength];
        }
        // "nurse in texas": offer Texas's page and search "nurse"; "texas" alone searches nothing else.
        var named = query.Length == 0 ? null : StateInQuery.Find(query, await StateReader.AllAsync(db, generation, cancellationToken));
        string searched = named?.Rest ?? query;
        var clusterOptions = engine.Clusters;
        var filters = FiltersOf(request, clusterOptions);
        int page = Math.Clamp(request.Page, 1, 1000);

        var outcome = searched.Length == 0
            ? new SearchOutcome([], 0, new Dictionary<string, int>(), null, false)
            : await engine.SearchAsync(searched, filters, (page - 1) * PageSize, PageSize, withSnippets: true, cancellationToken);
        // Popular clusters are shown only when there is nothing else to show.
        IReadOnlyList<ClusterCard> popular = outcome.Total == 0
            ? (await ClusterCards.AllAsync(db, Frameworks.Sixteen, cancellationToken)).Where(c => PopularClusterSlugs.Contains(c.Slug)).ToList()
            : [];
        var looks = outcome.Hits.Count == 0 ? new Dictionary<string, ClusterLook>() : await ClusterCards.LooksAsync(db, generation, cancellationToken);
        // A district's part of a page has the district's look wherever it is, so it is told from the national pages at a glance.
        var hits = outcome.Hits.Select(h => new FoundPage(h, h.Kind == PageKinds.District ? ClusterLook.District
            : h.ClusterKey is not null && looks.TryGetValue(h.ClusterKey, out var look) ? look : null)).ToList();

        return new SearchResults(query.Length == 0 ? null : query, shortened, filters, hits, outcome.Total, page,
            Math.Max(1, (outcome.Total + PageSize - 1) / PageSize), outcome.SearchedInstead, outcome.MatchedAnyWord, outcome.DidYouMean,
            outcome.CountsByKind, SearchClusters.GetValue(clusterOptions, ClustersOf), popular)
        {
            Applied = outcome.Applied,
            FromWords = outcome.FromWords,
            WordFiltersDropped = outcome.WordFiltersDropped,
            Intents = outcome.Intents,
            State = named?.State,
            SearchedWithoutState = named is null || searched.Length == 0 ? null : searched,
        };
    }

    /// <summary>The clusters the filter offers, made once per list (one per content generation and language: <see cref="SearchEngine.Clusters"/>).</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<(string Key, string Title)>, List<SearchCluster>> SearchClusters = new();

    private static List<SearchCluster> ClustersOf(IReadOnlyList<(string Key, string Title)> clusters) => [.. clusters.Select(c => new SearchCluster(c.Key, c.Title))];

    /// <summary>The best pages for text being typed (which the caller has trimmed and checked), without snippets.</summary>
    public async Task<IReadOnlyList<SearchHit>> SuggestAsync(string query, CancellationToken cancellationToken) =>
        (await engine.SearchAsync(query, new SearchFilters(), 0, SuggestionCount, withSnippets: false, cancellationToken)).Hits;

    /// <summary>The filters of the address. Unknown values are ignored rather than failing: a hand-edited link still searches.</summary>
    private static SearchFilters FiltersOf(SearchRequest request, IReadOnlyList<(string Key, string Title)> clusters) =>
        new(request.Kind is not null && SearchLabels.Kinds.ContainsKey(request.Kind) ? request.Kind : null,
            clusters.Any(c => c.Key == request.Cluster) ? request.Cluster : null,
            EducationLevels.IsKnown(request.Education) ? request.Education : null)
        {
            EducationUpTo = EducationLevels.IsKnown(request.EducationUpTo) || request.EducationUpTo == SearchFilters.Off ? request.EducationUpTo : null,
            Apprenticeship = request.Apprenticeship switch { SearchRequest.Yes => true, SearchRequest.No => false, _ => null },
            ByPay = request.Order switch { SearchRequest.OrderByPay => true, SearchRequest.OrderByMatch => false, _ => null },
        };
}
