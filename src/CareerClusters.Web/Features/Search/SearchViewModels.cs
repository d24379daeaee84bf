using CareerClusters.Web.Features.Shared;

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

/// <summary>One suggestion of the search box's list (JSON).</summary>
public sealed record Suggestion(string Title, string Kind, string Url);
