using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Search;

public sealed record SearchResultItem(string KindLabel, string Title, string Path, string? Context, string SnippetHtml, ClusterLook? Look, bool ShowsPay)
{
    /// <summary>"en" when the title is English on a Spanish page (a page not translated yet): written as its lang attribute.</summary>
    public string? TitleLang { get; init; }

    /// <summary>"en" when the snippet is English text on a Spanish page.</summary>
    public string? SnippetLang { get; init; }
}

public sealed record FilterOption(string Value, string Label, int? Count = null)
{
    /// <summary>A kind's tab over the results, with its count: "Jobs (12)".</summary>
    public string Tab { get; init; } = "";
}

/// <summary>A filter in use, shown above the results: its words, and the address of the same search without it.</summary>
public sealed record FilterChip(string Label, string RemoveLink);

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
    /// <summary>The education ceiling, apprenticeship filter and order in use.</summary>
    public AppliedFilters Applied { get; init; } = new();

    /// <summary>Every filter in use (from the form or the words typed), each with a link that drops it.</summary>
    public IReadOnlyList<FilterChip> Chips { get; init; } = [];

    /// <summary>The filters the words asked for that were left out because nothing passed them, in words; else null.</summary>
    public string? DroppedFilters { get; init; }

    /// <summary>A state named in the search, whose page is offered above the results.</summary>
    public StatePlace? State { get; init; }

    /// <summary>The words searched beside the state ("nurse" for "nurse in texas"); null when the state was all there was.</summary>
    public string? SearchedWithoutState { get; init; }

    /// <summary>The choices of the education ceiling filter.</summary>
    public IReadOnlyList<FilterOption> EducationCeilings { get; init; } = [];

    /// <summary>The address of this search with one setting changed ("" keeps it, null drops it), for filter and page links.</summary>
    public string Link(string? kind = "", string? cluster = "", string? education = "", string? educationUpTo = "", string? apprenticeship = "",
        string? order = "", int page = 1)
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
        Add("education_up_to", educationUpTo, Filters.EducationUpTo);
        Add("apprenticeship", apprenticeship, Filters.Apprenticeship switch { true => SearchRequest.Yes, false => SearchRequest.No, null => null });
        Add("order", order, Filters.ByPay switch { true => SearchRequest.OrderByPay, false => SearchRequest.OrderByMatch, null => null });
        if (page > 1)
        {
            parts.Add($"page={page}");
        }
        return SitePaths.Search + "?" + string.Join("&", parts);
    }
}

/// <summary>
/// One suggestion of the search box's list (JSON). <see cref="Lang"/> is "en" when the title is English on a page of
/// another language (not translated yet), so the list marks it for screen readers; else it is left out.
/// </summary>
public sealed record Suggestion(string Title, string Kind, string Url)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; init; }
}
