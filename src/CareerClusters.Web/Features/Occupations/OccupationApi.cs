using System.Globalization;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Occupations;

/// <summary>Turns the job read models into the open data API's answers, as <see cref="OccupationPages"/> turns them into pages.</summary>
public static class OccupationApi
{
    private static string Language => SiteCultures.Current;

    private static string Html(string path) => SitePaths.InLanguage(path, Language);

    public static ApiJobFilters Filters(JobFilters filters) => new()
    {
        Framework = filters.Framework,
        Cluster = filters.Cluster,
        Pathway = filters.Pathway,
        Education = filters.Education,
        Outlook = filters.Outlook,
        Apprenticeship = filters.HasApprenticeship,
        PayMin = filters.PayMin,
        PayMax = filters.PayMax,
        Q = filters.Text,
        Sort = filters.Sort ?? "name",
    };

    public static ApiOccupation Occupation(OccupationDetails job, IStringLocalizer<SiteText> text) => new()
    {
        Code = job.Code,
        Slug = job.Slug,
        Title = job.Title,
        OfficialTitle = job.OfficialTitle,
        Summary = job.SummaryText,
        Language = job.TextLang ?? Language,
        AlsoCalled = job.AlsoCalled,
        Tasks = job.Tasks,
        HotTechnologies = job.HotTechnologies,
        Education = job.EducationKey,
        EducationLabel = text.Education(job.EducationKey),
        JobZone = job.JobZone,
        JobZoneLabel = text.JobZone(job.JobZone),
        Interests = job.InterestCodes,
        InterestLabels = text.Interests(job.InterestCodes),
        Outlook = job.Outlook is { } outlook ? Outlook(outlook, text) : null,
        Training = new ApiTraining
        {
            UsualRoute = job.Outlook is { } bls ? text.Route(bls) : [],
            Apprenticeship = job.ApprenticeshipRoute,
            WaysIn = job.WaysIn is { } waysIn ? new ApiWaysIn
            {
                Checked = waysIn.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Steps = waysIn.Steps,
                License = waysIn.License,
                Sources = waysIn.Sources,
                Language = job.WaysInLang ?? Language,
            } : null,
            MilitaryJobs = Names(job.MilitaryJobs),
            CivilianJobs = Names(job.CivilianJobs),
        },
        Places = [.. job.Pathways.Concat(job.ModernPlaces).Select(p => new ApiPlace
        {
            Framework = p.Framework,
            Cluster = p.ClusterSlug,
            ClusterTitle = p.ClusterTitle,
            Pathway = p.PathwaySlug,
            PathwayTitle = p.PathwayTitle,
            Api = SitePaths.ApiPathway(p.Framework, p.ClusterSlug, p.PathwaySlug),
            Html = Html(p.PathwayPath),
        })],
        Similar = ApiJob.From(job.SimilarJobs, text),
        Api = SitePaths.ApiOccupation(job.Slug),
        Html = Html(SitePaths.Occupation(job.Slug)),
    };

    private static ApiOutlook Outlook(OccupationOutlook outlook, IStringLocalizer<SiteText> text) => new()
    {
        Source = string.Create(CultureInfo.InvariantCulture, $"U.S. Bureau of Labor Statistics, Employment Projections {outlook.FromYear}–{outlook.ToYear % 100:00} (Table 1.2)"),
        SocCode = outlook.SocCode,
        SocTitle = outlook.SocTitle,
        IsWiderGroup = outlook.IsWiderGroup,
        FromYear = outlook.FromYear,
        ToYear = outlook.ToYear,
        WageYear = outlook.WageYear,
        MedianAnnualPay = outlook.MedianWage ?? outlook.MedianWageAtLeast,
        MedianAnnualPayIsAtLeast = outlook is { MedianWage: null, MedianWageAtLeast: not null },
        EmploymentFrom = outlook.EmploymentFrom,
        EmploymentTo = outlook.EmploymentTo,
        ChangePercent = outlook.ChangePercent,
        AllJobsChangePercent = outlook.AllJobsChangePercent,
        Category = ApiJob.OutlookKey(OccupationFacts.OutlookOf(outlook)),
        CategoryLabel = text.OutlookWords(outlook),
        AnnualOpenings = outlook.AnnualOpenings,
        BlsEducation = outlook.Education,
        WorkExperience = outlook.WorkExperience,
        OnTheJobTraining = outlook.OnTheJobTraining,
        OohUrl = outlook.OohUrl,
    };

    private static IReadOnlyList<ApiJobName> Names(IEnumerable<JobLink> jobs) =>
        [.. jobs.Select(j => new ApiJobName { Slug = j.Slug, Title = j.Title, Api = SitePaths.ApiOccupation(j.Slug), Html = Html(j.Path) })];
}
