using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Occupations;

/// <summary>Turns the occupation read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class OccupationPages
{
    public static OccupationIndexViewModel Index(OccupationIndex index, IStringLocalizer<SiteText> text)
    {
        string description = text["All {0} jobs on CareerClusters, from A to Z, with pay and outlook: filter by cluster, education, outlook and apprenticeship, or sort by pay or growth.",
            OccupationFacts.Count(index.Count)];
        // A narrowed list is one of many addresses for the same jobs: search engines get the full list only.
        bool narrowed = index.Filters != new JobFilters();
        // Sorted by pay or growth, letters would break the order: the list shows unsectioned.
        var groups = index.Filters.Sort is null
            ? index.Jobs.GroupBy(j => TitleOrder.Letter(j.Title, SiteCultures.Current)).Select(g => new OccupationLetterGroup(g.Key, g.ToList())).ToList()
            : [];
        return new OccupationIndexViewModel(
            new PageMeta(text["Jobs A–Z"], description, SitePaths.Occupations, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Jobs A–Z"])], NoIndex: narrowed),
            index.Count,
            index.Filters,
            index.Clusters,
            index.Jobs,
            groups);
    }

    public static OccupationViewModel Occupation(OccupationDetails job, IStringLocalizer<SiteText> text)
    {
        string description = job.SummaryText.Length > 0
            ? FirstSentences(job.SummaryText)
            : text["{0}: what the work is like, pay, outlook and how to get started.", job.Title];
        return new OccupationViewModel(
            new PageMeta(job.Title, description, SitePaths.Occupation(job.Slug), Crumbs(job, text)),
            job.Code,
            job.Title,
            text.Education(job.EducationKey) ?? text.JobZone(job.JobZone),
            job.SummaryHtml,
            job.OnetDescription,
            job.AlsoCalled,
            job.Tasks,
            job.HotTechnologies,
            text.JobZone(job.JobZone),
            text.Interests(job.InterestCodes),
            job.Outlook,
            job.Pathways,
            job.ModernPlaces,
            job.SimilarJobs,
            LearnMore(job.Code, job.Title, job.Outlook, text),
            text.Pay(job.Outlook),
            job.Outlook is null ? [] : text.Route(job.Outlook))
        {
            Sections = job.Sections,
            MilitaryJobs = job.MilitaryJobs,
            CivilianJobs = job.CivilianJobs,
            TrainingCostHtml = job.TrainingCostHtml,
            TrainingCostLang = job.TrainingCostLang,
            WaysIn = job.WaysIn,
            WaysInLang = job.WaysInLang,
            ApprenticeshipRoute = job.ApprenticeshipRoute,
            District = job.District,
            TextLang = job.TextLang,
            OfficialTitle = job.OfficialTitle,
            // O*NET's description, tasks and other titles are English data: a page in another language links to them.
            OnetEnglishPage = SiteCultures.Current == SiteCultures.Default ? null : SitePaths.Occupation(job.Slug),
        };
    }

    private static List<Crumb> Crumbs(OccupationDetails job, IStringLocalizer<SiteText> text)
    {
        var crumbs = new List<Crumb> { new(text["Home"], SitePaths.Home) };
        if (job.Pathways.Count > 0)
        {
            // The first pathway gives the trail back up; the page lists every pathway.
            var home = job.Pathways[0];
            crumbs.Add(new Crumb(home.ClusterTitle, home.ClusterPath));
            crumbs.Add(new Crumb(home.PathwayTitle, home.PathwayPath));
        }
        else
        {
            crumbs.Add(new Crumb(text["Jobs A–Z"], SitePaths.Occupations));
        }
        crumbs.Add(new Crumb(job.Title));
        return crumbs;
    }

    private static List<ExternalLink> LearnMore(string code, string title, OccupationOutlook? outlook, IStringLocalizer<SiteText> text)
    {
        var links = new List<ExternalLink>
        {
            // My Next Move has a Spanish twin, Mi Próximo Paso: the catalogue gives each language its own.
            new(text["My Next Move"], text["https://www.mynextmove.org/profile/summary/{0}", code], text["a student-friendly job profile from the U.S. Department of Labor"]),
            new(text["O*NET OnLine"], $"https://www.onetonline.org/link/summary/{code}", text["every task, skill, tool and work style O*NET lists for this job"]),
        };
        if (outlook?.OohUrl is { } ooh)
        {
            links.Add(new(text["Occupational Outlook Handbook"], ooh, text["the BLS guide to what the job is like, how to become one, pay and outlook"]));
        }
        links.Add(new(text["CareerOneStop"], $"https://www.careeronestop.org/Toolkit/Careers/Occupations/occupation-profile.aspx?keyword={Uri.EscapeDataString(title)}&onetcode={code}",
            text["pay and jobs in your state, and training programs near you"]));
        return links;
    }

    /// <summary>The start of the description, cut at a word to fit a search result's snippet.</summary>
    private static string FirstSentences(string text) => text.Length <= 160 ? text : text[..text.LastIndexOf(' ', 157)] + "…";
}
