using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
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
            ContextOf(found.Hit, text), found.Hit.SnippetHtml, found.Look, PayOf(found.Hit, text) is not null)
        {
            TitleLang = found.Hit.TitleLang,
            SnippetLang = found.Hit.SnippetLang,
        }).ToList();
        var page = new SearchViewModel(meta, search.Query, search.QueryWasShortened, search.Filters, results, search.Total, search.Page, search.PageCount,
            search.SearchedInstead, search.MatchedAnyWord, search.DidYouMean,
            // A site without a district folder never offers its kind.
            SearchLabels.Kinds.Where(k => k.Key != PageKinds.District || search.CountsByKind.ContainsKey(k.Key))
                .Select(k => new FilterOption(k.Key, text[k.Value], search.CountsByKind.GetValueOrDefault(k.Key))
                {
                    Tab = text[SearchLabels.KindTabs[k.Key], search.CountsByKind.GetValueOrDefault(k.Key)],
                }).ToList(),
            ClusterChoicesOf(search.Clusters, text),
            EducationLevels.Keys.Select(key => new FilterOption(key, text.Education(key)!)).ToList(),
            search.PopularClusters)
        {
            Applied = search.Applied,
            EducationCeilings = EducationLevels.Keys.SkipLast(1).Select(key => new FilterOption(key, text[SearchLabels.EducationUpTo[key]])).ToList(),
            State = search.State,
            SearchedWithoutState = search.SearchedWithoutState,
            DroppedFilters = search.WordFiltersDropped ? string.Join(", ", WordsOf(search.FromWords, text)) : null,
        };
        return page with { Chips = ChipsOf(page, search, text) };
    }

    /// <summary>
    /// The cluster filter's choices in the request's language, worded once per list of clusters (the same list for a
    /// content generation and language, <see cref="SearchQueries"/>) and language, not on every search.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<SearchCluster>, ConcurrentDictionary<string, List<FilterOption>>> ClusterChoices = new();

    private static List<FilterOption> ClusterChoicesOf(IReadOnlyList<SearchCluster> clusters, IStringLocalizer<SiteText> text) =>
        ClusterChoices.GetOrCreateValue(clusters).GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, state) =>
            [.. state.clusters.Select(c => new FilterOption(c.Key, SearchLabels.IsModern(c.Key) ? state.text["{0} (2024)", c.Title] : c.Title))], (clusters, text));

    /// <summary>Each filter in use with the link that drops it: a filter the words asked for is turned off in the address, so they do not bring it back.</summary>
    private static List<FilterChip> ChipsOf(SearchViewModel page, SearchResults search, IStringLocalizer<SiteText> text)
    {
        var chips = new List<FilterChip>();
        if (search.Filters.Cluster is { } cluster && search.Clusters.FirstOrDefault(c => c.Key == cluster) is { } title)
        {
            chips.Add(new FilterChip(SearchLabels.IsModern(cluster) ? text["{0} (2024)", title.Title] : title.Title, page.Link(cluster: null)));
        }
        if (text.Education(search.Filters.Education) is { } education)
        {
            chips.Add(new FilterChip(education, page.Link(education: null)));
        }
        var applied = search.Applied;
        if (applied.EducationUpTo is { } ceiling)
        {
            chips.Add(new FilterChip(text[SearchLabels.EducationUpTo[ceiling]], page.Link(educationUpTo: SearchFilters.Off)));
        }
        if (applied.Apprenticeship)
        {
            chips.Add(new FilterChip(text[SearchLabels.Apprenticeship], page.Link(apprenticeship: SearchRequest.No)));
        }
        if (applied.ByPay)
        {
            chips.Add(new FilterChip(text[SearchLabels.ByPay], page.Link(order: SearchRequest.OrderByMatch)));
        }
        return chips;
    }

    private static IEnumerable<string> WordsOf(AppliedFilters filters, IStringLocalizer<SiteText> text)
    {
        if (filters.EducationUpTo is { } ceiling)
        {
            yield return text[SearchLabels.EducationUpTo[ceiling]];
        }
        if (filters.Apprenticeship)
        {
            yield return text[SearchLabels.Apprenticeship];
        }
    }

    /// <summary>The search box's suggestions: each page's title, kind and address (in the request's language: /es/api/search/suggest leads to Spanish pages).</summary>
    public static IReadOnlyList<Suggestion> Suggestions(IReadOnlyList<SearchHit> hits, IStringLocalizer<SiteText> text) =>
        hits.Select(h => new Suggestion(h.Title, text.KindOf(h), SitePaths.InLanguage(h.Path, Data.SiteCultures.Current)) { Lang = h.TitleLang }).ToList();

    /// <summary>Where a result sits, and for a job what it takes and pays: "in Health Science · Bachelor's degree · $93,600 a year".</summary>
    private static string? ContextOf(SearchHit hit, IStringLocalizer<SiteText> text) => hit.Kind switch
    {
        PageKinds.Pathway => (string)text["in {0}", hit.ClusterTitle ?? ""],
        PageKinds.Occupation => string.Join(" · ", new string?[]
        {
            hit.ClusterTitle is null ? null : (string)text["in {0}", hit.ClusterTitle],
            text.Education(hit.Education),
            hit.Apprenticeship ? (string)text["Apprenticeship route"] : null,
            PayOf(hit, text),
        }.OfType<string>()) is { Length: > 0 } context ? context : null,
        // A cluster's own part needs no "in": its title is the cluster's.
        PageKinds.District => hit.ClusterTitle is null || SitePaths.ParsePage(hit.Path.Split('#')[0]) is { Kind: PageAddressKind.Cluster } ? null
            : (string)text["in {0}", hit.ClusterTitle],
        _ => null,
    };

    private static string? PayOf(SearchHit hit, IStringLocalizer<SiteText> text) => text.Pay(hit.MedianWage, hit.MedianWageAtLeast);
}
