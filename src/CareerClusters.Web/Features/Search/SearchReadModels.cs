using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Search;

// What the search queries return: the engine's values, no wording (a JSON API can return them as they are).

/// <summary>
/// One page of a search: the query as searched (null when there was none), the filters that applied (unknown values
/// dropped), the hits, the counts by kind of page, the engine's corrections, and what the filters offer. The popular
/// clusters are filled only when nothing was found.
/// </summary>
public sealed record SearchResults(
    string? Query,
    bool QueryWasShortened,
    SearchFilters Filters,
    IReadOnlyList<FoundPage> Hits,
    int Total,
    int Page,
    int PageCount,
    string? SearchedInstead,
    bool MatchedAnyWord,
    string? DidYouMean,
    IReadOnlyDictionary<string, int> CountsByKind,
    IReadOnlyList<SearchCluster> Clusters,
    IReadOnlyList<ClusterCard> PopularClusters);

/// <summary>A hit with its cluster's colours and icon; none for a guide.</summary>
public sealed record FoundPage(SearchHit Hit, ClusterLook? Look);

/// <summary>A cluster a search can be narrowed to, by its cluster key as text ("2024:agriculture").</summary>
public sealed record SearchCluster(string Key, string Title);
