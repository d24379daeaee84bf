using System.ComponentModel;
using CareerClusters.Web.Data;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>A job in a list: the figures a student compares at a glance, as values and in words.</summary>
[Description("A job in a list: its code and name, and the figures a student compares at a glance (education, pay, outlook), as keys and numbers and in words.")]
public sealed record ApiJob
{
    [Description("The job's O*NET-SOC 2019 code.")]
    [ApiExample("29-1141.00")]
    public required string Code { get; init; }

    [Description("The job's name in the site's addresses (/occupations/{slug}); the API takes it or the code.")]
    [ApiExample("registered-nurses")]
    public required string Slug { get; init; }

    [Description("The job's title, in the answer's language where the site has it.")]
    [ApiExample("Registered Nurses")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("The typical education to start, as a BLS category key (see the education parameter of /api/v1/occupations), or null when BLS publishes none.")]
    [ApiExample("bachelors-degree")]
    public required string? Education { get; init; }

    [Description("That education in words, in the answer's language; null when BLS publishes none.")]
    [ApiExample("Bachelor's degree")]
    public required string? EducationLabel { get; init; }

    [Description("The national median annual pay in US dollars (BLS, May of the wage year), or null when BLS publishes none. For the best-paid jobs BLS gives only a floor: then this is the floor and medianAnnualPayIsAtLeast is true.")]
    [ApiExample(93600)]
    public required int? MedianAnnualPay { get; init; }

    [Description("True when BLS gives only a floor for the median (\"$239,200 or more\").")]
    [ApiExample(false)]
    public required bool MedianAnnualPayIsAtLeast { get; init; }

    [Description("How the number of jobs is projected to change against all jobs' change: much-faster, faster, about-average, slower, little-or-no-change or declining; null without BLS figures.")]
    [ApiExample("faster")]
    public required string? Outlook { get; init; }

    [Description("The outlook in words, in the answer's language; null without BLS figures.")]
    [ApiExample("Growing faster than average")]
    public required string? OutlookLabel { get; init; }

    [Description("The projected change in the number of jobs over the ten years of the projection, in percent; null without BLS figures.")]
    [ApiExample(5.2)]
    public required double? ChangePercent { get; init; }

    [Description("True when a registered apprenticeship is a recognised route into the job.")]
    [ApiExample(false)]
    public required bool Apprenticeship { get; init; }

    [Description("The job's address in this API.")]
    [ApiExample(SitePaths.ApiOccupations + "/registered-nurses")]
    public required string Api { get; init; }

    [Description("The job's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Occupations + "/registered-nurses")]
    public required string Html { get; init; }

    /// <summary>A job of a list as the API gives it, with its words from the catalogue in the request's language.</summary>
    public static ApiJob From(JobSummary job, IStringLocalizer<SiteText> text)
    {
        var outlook = job.Outlook;
        return new ApiJob
        {
            Code = job.Code ?? "",
            Slug = job.Slug,
            Title = job.Title,
            Language = job.Lang ?? SiteCultures.Current,
            Education = job.EducationKey,
            EducationLabel = text.Education(job.EducationKey),
            MedianAnnualPay = outlook?.MedianWage ?? outlook?.MedianWageAtLeast,
            MedianAnnualPayIsAtLeast = outlook is { MedianWage: null, MedianWageAtLeast: not null },
            Outlook = outlook is null ? null : OutlookKey(OccupationFacts.OutlookOf(outlook)),
            OutlookLabel = outlook is null ? null : text.OutlookWords(outlook),
            ChangePercent = outlook?.ChangePercent,
            Apprenticeship = job.Apprenticeship,
            Api = SitePaths.ApiOccupation(job.Slug),
            Html = SitePaths.InLanguage(job.Path, SiteCultures.Current),
        };
    }

    public static IReadOnlyList<ApiJob> From(IEnumerable<JobSummary> jobs, IStringLocalizer<SiteText> text) => [.. jobs.Select(j => From(j, text))];

    /// <summary>An outlook band as the API names it.</summary>
    public static string OutlookKey(OutlookCategory category) => category switch
    {
        OutlookCategory.MuchFaster => "much-faster",
        OutlookCategory.Faster => "faster",
        OutlookCategory.AboutAverage => "about-average",
        OutlookCategory.Slower => "slower",
        OutlookCategory.LittleOrNoChange => "little-or-no-change",
        _ => "declining",
    };
}
