using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Compare;

/// <summary>
/// One column of a job comparison, worded: pay ("$93,600 a year", or null when BLS gives no yearly median), education,
/// experience and training in plain words (null when not published), O*NET's preparation and interests, the first tasks.
/// </summary>
public sealed record JobColumn(
    string Slug,
    string Title,
    string Path,
    ClusterLook Look,
    string? PathwayTitle,
    string? PathwayPath,
    string? Pay,
    OccupationOutlook? Outlook,
    string? Education,
    string? WorkExperience,
    string? Training,
    string? JobZone,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> Tasks,
    string RemovePath)
{
    /// <summary>On a page in another language, the English job page's task list: O*NET's tasks are in English only. Null in English.</summary>
    public string? TasksInEnglishAt { get; init; }
}

/// <summary>Two or three jobs side by side.</summary>
public sealed record JobCompareViewModel(PageMeta Meta, IReadOnlyList<JobColumn> Jobs, IReadOnlyList<string> NotFound) : IPageViewModel
{
    /// <summary>The page to add or swap a job, with these ticked.</summary>
    public string ChangePath => SitePaths.CompareJobs(Jobs.Select(j => j.Slug)) + "&change=1";
}

/// <summary>Why the page to choose jobs shows instead of a comparison, when the address needs a word about it.</summary>
public enum JobPickerNote
{
    /// <summary>Nothing to say: no jobs named, a search, or the reader asked to change what they compare.</summary>
    None,
    /// <summary>The address names jobs, but none that we have (the page answers 404).</summary>
    NoneFound,
    /// <summary>One job was found: one or two more are needed.</summary>
    OneFound,
    /// <summary>More jobs were found than fit side by side.</summary>
    TooMany,
}

/// <summary>
/// The page to choose jobs to compare: the jobs chosen so far (ticked), jobs found by a search, and jobs similar to
/// the chosen ones, in one form; the search is a second form that keeps the chosen jobs.
/// </summary>
public sealed record JobPickerViewModel(
    PageMeta Meta,
    string? Message,
    IReadOnlyList<JobSummary> Chosen,
    IReadOnlyList<string> NotFound,
    string? Query,
    IReadOnlyList<JobSummary> Found,
    IReadOnlyList<JobSummary> Similar) : IPageViewModel
{
    /// <summary>The field of the address that names the jobs: /compare/jobs?j=a,b.</summary>
    public const string JobsField = "j";
}

/// <summary>A job to tick on the page to choose jobs, ticked when it is already chosen.</summary>
public sealed record JobChoice(JobSummary Job, bool Checked);
