using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Compare;

/// <summary>Turns the job comparison's read models into its pages' view models, with the wording from the text catalogue.</summary>
public static class JobComparePages
{
    /// <summary>Two or three jobs side by side (<paramref name="comparison"/> has two or three).</summary>
    public static JobCompareViewModel Compare(JobComparison comparison, IStringLocalizer<SiteText> text)
    {
        var jobs = comparison.Jobs;
        string titles = jobs.Count == 2
            ? text["{0} and {1}", jobs[0].Title, jobs[1].Title]
            : text["{0}, {1} and {2}", jobs[0].Title, jobs[1].Title, jobs[2].Title];
        var meta = new PageMeta(text["Compare {0}", titles],
            text["{0} side by side: pay, job outlook, education, training and what you would do.", titles],
            comparison.Path, Crumbs(text));
        var columns = jobs.Select(job => Column(job, SitePaths.CompareJobs(jobs.Where(other => other != job).Select(other => other.Slug)), text)).ToList();
        return new JobCompareViewModel(meta, columns, comparison.NotFound);
    }

    /// <summary>The page to choose jobs: what was asked (and why it shows), and the jobs to choose from.</summary>
    public static JobPickerViewModel Picker(JobComparison asked, JobPickerNote note, JobChoices choices, IStringLocalizer<SiteText> text)
    {
        // Only the bare page is for search engines: one with jobs or a search in its address is one student's choice.
        var meta = new PageMeta(text["Compare jobs"], text["Choose up to three jobs to see side by side: pay, job outlook, education, training and what you would do."],
            SitePaths.JobComparison, Crumbs(text), NoIndex: note != JobPickerNote.None || asked.Jobs.Count > 0 || asked.NotFound.Count > 0 || choices.Query is not null);
        LocalizedString? message = note switch
        {
            JobPickerNote.NoneFound => text["We could not find the jobs in that address. Look for them below."],
            JobPickerNote.OneFound => text["Choose one or two more jobs to compare with {0}.", asked.Jobs[0].Title],
            JobPickerNote.TooMany => text["You chose {0} jobs. Choose up to three, so they fit side by side.", asked.Jobs.Count],
            _ => null,
        };
        var chosen = asked.Jobs.Select(job => new JobSummary(job.Slug, job.Title, job.EducationKey, job.Outlook)).ToList();
        // A job a search found is not offered twice: each checkbox has its own id.
        var similar = choices.Similar.Where(job => choices.Found.All(found => found.Slug != job.Slug)).ToList();
        return new JobPickerViewModel(meta, message?.Value, chosen, asked.NotFound, choices.Query, choices.Found, similar);
    }

    private static List<Crumb> Crumbs(IStringLocalizer<SiteText> text) =>
        [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Jobs A–Z"], SitePaths.Occupations), new Crumb(text["Compare jobs"])];

    private static JobColumn Column(ComparedJob job, string removePath, IStringLocalizer<SiteText> text)
    {
        var outlook = job.Outlook;
        return new JobColumn(job.Slug, job.Title, job.Path, job.Look, job.PathwayTitle, job.PathwayPath,
            text.Pay(outlook),
            outlook,
            text.Education(job.EducationKey),
            outlook is null ? null : text.WorkExperience(outlook.WorkExperience),
            outlook is null ? null : text.Training(outlook.OnTheJobTraining),
            text.JobZone(job.JobZone),
            text.Interests(job.InterestCodes),
            job.TopTasks,
            removePath)
        {
            TasksInEnglishAt = Data.SiteCultures.Current == Data.SiteCultures.Default ? null : SitePaths.Occupation(job.Slug) + "#tasks",
        };
    }
}
