using System.ComponentModel;
using System.Net;
using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Search;

[Description("A page of search results.")]
public sealed record SearchAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The search and its results.")] ApiSearchResults Data,
    [property: Description("Where this page is in all the results (20 a page).")] ApiPaging Paging);

[Description("A search of the site's clusters, pathways, jobs and guides, as the site's search page runs it.")]
public sealed record ApiSearchResults
{
    [Description("The words searched, or null when none were given.")]
    [ApiExample("nurse")]
    public required string? Query { get; init; }

    [Description("The words the search used instead when nothing matched the words given (a corrected spelling), or null.")]
    [ApiExample("nurse")]
    public required string? SearchedInstead { get; init; }

    [Description("A spelling the search suggests, or null.")]
    [ApiExample("nurse")]
    public required string? DidYouMean { get; init; }

    [Description("How many results of each kind the search found (cluster, pathway, occupation, guide, district).")]
    public required IReadOnlyDictionary<string, int> CountsByKind { get; init; }

    [Description("This page's results, best first.")]
    public required IReadOnlyList<ApiSearchHit> Hits { get; init; }
}

[Description("One search result: a page of the site.")]
public sealed record ApiSearchHit
{
    [Description("What kind of page: cluster, pathway, occupation, guide or district (a district's own part of a page).")]
    [ApiExample("occupation")]
    public required string Kind { get; init; }

    [Description("The kind in words, in the answer's language.")]
    [ApiExample("Job")]
    public required string KindLabel { get; init; }

    [Description("The page's title.")]
    [ApiExample("Registered Nurses")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet (a district's own part, a page not translated).")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("A few words of the page around what matched, as plain text.")]
    [ApiExample("Registered nurses care for patients…")]
    public required string Snippet { get; init; }

    [Description("The language of the snippet: the answer's language, or \"en\" when the page's text has no Spanish yet.")]
    [ApiExample("en")]
    public required string SnippetLanguage { get; init; }

    [Description("The key of the cluster the page belongs to (\"health-science\", or \"2024:healthcare-and-human-services\" for the 2024 framework), or null.")]
    [ApiExample("health-science")]
    public required string? Cluster { get; init; }

    [Description("That cluster's title, or null.")]
    [ApiExample("Health Science")]
    public required string? ClusterTitle { get; init; }

    [Description("For a job: the typical education to start as a BLS category key, or null.")]
    [ApiExample("bachelors-degree")]
    public required string? Education { get; init; }

    [Description("For a job: the national median annual pay in US dollars (or its floor when medianAnnualPayIsAtLeast), or null.")]
    [ApiExample(93600)]
    public required int? MedianAnnualPay { get; init; }

    [Description("True when BLS gives only a floor for the median.")]
    [ApiExample(false)]
    public required bool MedianAnnualPayIsAtLeast { get; init; }

    [Description("For a job: true when a registered apprenticeship is a recognised route in.")]
    [ApiExample(false)]
    public required bool Apprenticeship { get; init; }

    [Description("The page's data in this API, or null for a guide or a district's part.")]
    [ApiExample(SitePaths.ApiOccupations + "/registered-nurses")]
    public required string? Api { get; init; }

    [Description("The page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Occupations + "/registered-nurses")]
    public required string Html { get; init; }
}

/// <summary>Turns the search read models into the open data API's answer, as <see cref="SearchPages"/> turns them into the page.</summary>
public static partial class SearchApi
{
    public static ApiSearchResults Results(SearchResults results, IStringLocalizer<SiteText> text) => new()
    {
        Query = results.Query,
        SearchedInstead = results.SearchedInstead,
        DidYouMean = results.DidYouMean,
        CountsByKind = results.CountsByKind,
        Hits = [.. results.Hits.Select(found => Hit(found.Hit, text))],
    };

    private static ApiSearchHit Hit(SearchHit hit, IStringLocalizer<SiteText> text) => new()
    {
        Kind = hit.Kind,
        KindLabel = text.KindOf(hit),
        Title = hit.Title,
        Language = hit.TitleLang ?? SiteCultures.Current,
        Snippet = WebUtility.HtmlDecode(Tags().Replace(hit.SnippetHtml, "")),
        SnippetLanguage = hit.SnippetLang ?? SiteCultures.Current,
        Cluster = hit.ClusterKey,
        ClusterTitle = hit.ClusterTitle,
        Education = hit.Education,
        MedianAnnualPay = hit.MedianWage ?? hit.MedianWageAtLeast,
        MedianAnnualPayIsAtLeast = hit is { MedianWage: null, MedianWageAtLeast: not null },
        Apprenticeship = hit.Apprenticeship,
        Api = hit.Kind == PageKinds.District ? null : SitePaths.ParsePage(hit.Path) switch
        {
            { Kind: PageAddressKind.Cluster } page => SitePaths.ApiCluster(page.Framework, page.Slug),
            { Kind: PageAddressKind.Pathway, ClusterSlug: { } cluster } page => SitePaths.ApiPathway(page.Framework, cluster, page.Slug),
            { Kind: PageAddressKind.Occupation } page => SitePaths.ApiOccupation(page.Slug),
            _ => null,
        },
        Html = SitePaths.InLanguage(hit.Path, SiteCultures.Current),
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
