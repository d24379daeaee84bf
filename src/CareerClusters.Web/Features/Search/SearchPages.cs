using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Search;

/// <summary>Turns the search read models into the search page's view model, with its wording from the text catalogue.</summary>
public static class SearchPages
{
    public static SearchViewModel Index(SearchResults search, IStringLocalizer<SiteText> text)
    {
        var meta = new PageMeta(search.Query is null ? text["Search"] : text["Search results for \u201c{0}\u201d", search.Query],
            text["Search CareerClusters for career clusters, pathways, jobs and guides, in your own words."], SitePaths.Search,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Search"])], NoIndex: true, HasSearchBox: true);
        var results = search.Hits.Select(found => new SearchResultItem(text.KindOf(found.Hit), found.Hit.Title, found.Hit.Path,
            ContextOf(found.Hit, text), found.Hit.SnippetHtml, found.Look, PayOf(found.Hit, text) is not null)).ToList();
        return new SearchViewModel(meta, search.Query, search.QueryWasShortened, search.Filters, results, search.Total, search.Page, search.PageCount,
            search.SearchedInstead, search.MatchedAnyWord, search.DidYouMean,
            SearchLabels.Kinds.Select(k => new FilterOption(k.Key, text[k.Value], search.CountsByKind.GetValueOrDefault(k.Key))).ToList(),
            search.Clusters.Select(c => new FilterOption(c.Key, SearchLabels.IsModern(c.Key) ? text["{0} (2024)", c.Title] : c.Title)).ToList(),
            EducationLevels.Keys.Select(key => new FilterOption(key, text.Education(key)!)).ToList(),
            search.PopularClusters);
    }

    /// <summary>The search box's suggestions: each page's title, kind and address.</summary>
    public static IReadOnlyList<Suggestion> Suggestions(IReadOnlyList<SearchHit> hits, IStringLocalizer<SiteText> text) =>
        hits.Select(h => new Suggestion(h.Title, text.KindOf(h), h.Path)).ToList();

    /// <summary>Where a result sits, and for a job what it takes and pays: "in Health Science · Bachelor's degree · $93,600 a year".</summary>
    private static string? ContextOf(SearchHit hit, IStringLocalizer<SiteText> text) => hit.Kind switch
    {
        PageKinds.Pathway => (string)text["in {0}", hit.ClusterTitle ?? ""],
        PageKinds.Occupation => string.Join(" · ", new string?[]
        {
            hit.ClusterTitle is null ? null : (string)text["in {0}", hit.ClusterTitle],
            text.Education(hit.Education),
            PayOf(hit, text),
        }.OfType<string>()) is { Length: > 0 } context ? context : null,
        _ => null,
    };

    private static string? PayOf(SearchHit hit, IStringLocalizer<SiteText> text) => text.Pay(hit.MedianWage, hit.MedianWageAtLeast);
}
