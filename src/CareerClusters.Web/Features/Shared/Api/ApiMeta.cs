using System.ComponentModel;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>What every answer of the API says about itself: its version, language, content, address and data sources.</summary>
[Description("What every answer says about itself: the API version, the language of its words, the content it was made from, its address and the data sources with their licences.")]
public sealed record ApiMeta
{
    [Description("The version of the API's contract. Within a version, answers keep their shape: a field is never removed or renamed.")]
    [ApiExample("1")]
    public required string ApiVersion { get; init; }

    [Description("The language of the answer's words: \"en\" (English) or \"es\" (Spanish), from the lang parameter, else the Accept-Language header, else English. A text with no Spanish yet stays English; each such item says so in its own \"language\" field.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("Identifies the content the answer was made from. It changes when the site's content or data is updated, and so does the answer's ETag.")]
    [ApiExample("3f9a0c1d2b4e5a6f")]
    public required string ContentVersion { get; init; }

    [Description("This answer's address, relative to the site.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science")]
    public required string Self { get; init; }

    [Description("The page of the site that shows the same data to people, in the answer's language; null when no page does.")]
    [ApiExample(SitePaths.Clusters + "/health-science")]
    public required string? Html { get; init; }

    [Description("Where the data comes from, with each source's credit line and licence. Show the credit lines wherever you show the data.")]
    public required IReadOnlyList<ApiSource> Sources { get; init; }
}

/// <summary>A data source of the site, with the credit its licence asks for.</summary>
[Description("A data source, with the credit line its licence asks for.")]
public sealed record ApiSource
{
    [Description("A short key for the source: \"onet\", \"bls\" or \"advance-cte\".")]
    [ApiExample("onet")]
    public required string Id { get; init; }

    [Description("The source's name, with its release.")]
    [ApiExample("O*NET 29.3 Database")]
    public required string Name { get; init; }

    [Description("The credit line to show with the data (in English, as the licence words it).")]
    [ApiExample("This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.")]
    public required string Credit { get; init; }

    [Description("The licence: \"CC BY 4.0\", \"Public domain\" or \"Used with credit\".")]
    [ApiExample("CC BY 4.0")]
    public required string Licence { get; init; }

    [Description("The licence's text, or null when there is none to link (public domain, used with credit).")]
    [ApiExample("https://creativecommons.org/licenses/by/4.0/")]
    public required string? LicenceUrl { get; init; }

    [Description("The publisher's page for the data.")]
    [ApiExample("https://www.onetcenter.org/database.html")]
    public required string Url { get; init; }

    [Description("When this release of the data was published, as year and month (YYYY-MM).")]
    [ApiExample("2025-05")]
    public required string Published { get; init; }

    [Description("What the site takes from this source.")]
    [ApiExample("Job titles and codes, tasks, technologies, job zones, interests, other titles")]
    public required string UsedFor { get; init; }
}

/// <summary>Where a list answer is: its page, the page size, how many items in all, and the neighbouring pages.</summary>
[Description("Where a page of a list is: its number, its size, how many items there are in all, and the addresses of the pages before and after it.")]
public sealed record ApiPaging
{
    [Description("This page's number, from 1.")]
    [ApiExample(1)]
    public required int Page { get; init; }

    [Description("The most items a page holds (the per_page parameter).")]
    [ApiExample(50)]
    public required int PerPage { get; init; }

    [Description("How many items the whole list has.")]
    [ApiExample(112)]
    public required int Total { get; init; }

    [Description("How many pages the list has (at least 1).")]
    [ApiExample(3)]
    public required int PageCount { get; init; }

    [Description("The next page's address, or null on the last page.")]
    [ApiExample(SitePaths.ApiOccupations + "?cluster=health-science&page=2")]
    public required string? Next { get; init; }

    [Description("The previous page's address, or null on the first page.")]
    [ApiExample(SitePaths.ApiOccupations + "?cluster=health-science")]
    public required string? Previous { get; init; }
}

/// <summary>The content an answer was made from (a hash of the content generation's identity), registered per request.</summary>
public sealed record ApiContentVersion(string Value);
