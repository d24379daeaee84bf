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
    IReadOnlyList<ClusterCard> PopularClusters)
{
    /// <summary>The education ceiling, apprenticeship filter and order the search used (from the address or the words typed).</summary>
    public AppliedFilters Applied { get; init; } = new();

    /// <summary>What the words typed asked for.</summary>
    public AppliedFilters FromWords { get; init; } = new();

    /// <summary>Nothing passed the filters the words asked for, so the results are without them.</summary>
    public bool WordFiltersDropped { get; init; }

    /// <summary>The phrases of content/search/intents.yml the query matched.</summary>
    public IReadOnlyList<string> Intents { get; init; } = [];

    /// <summary>A state named in the query (<see cref="StateInQuery"/>), whose page the search offers.</summary>
    public StatePlace? State { get; init; }

    /// <summary>The words searched when a state was named beside them ("nurse" for "nurse in texas").</summary>
    public string? SearchedWithoutState { get; init; }
}

/// <summary>
/// What the search page's address asks for, as typed. <c>education_up_to</c> is an education key or "any",
/// <c>apprenticeship</c> "yes" or "no", <c>order</c> "pay" or "match": "any", "no" and "match" turn off what the words asked for.
/// </summary>
public sealed record SearchRequest(string? Q, string? Kind = null, string? Cluster = null, string? Education = null, string? EducationUpTo = null,
    string? Apprenticeship = null, string? Order = null, int Page = 1)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string OrderByPay = "pay";
    public const string OrderByMatch = "match";
}

/// <summary>A hit with its cluster's colours and icon; none for a guide.</summary>
public sealed record FoundPage(SearchHit Hit, ClusterLook? Look);

/// <summary>A cluster a search can be narrowed to, by its cluster key as text ("2024:agriculture").</summary>
public sealed record SearchCluster(string Key, string Title);
