using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Compare;

// What the compare queries return: values from the content, education as keys, no wording (ComparePages words the pages).

public enum CompareKind
{
    Cluster,
    Pathway,
}

/// <summary>What an address asked to compare: the items found, in the order asked, and the names that match none.</summary>
public sealed record Comparison(CompareKind Kind, IReadOnlyList<ComparedItem> Items, IReadOnlyList<string> NotFound)
{
    /// <summary>The comparison's own address: the items found, in order.</summary>
    public string Path => Kind == CompareKind.Cluster
        ? SitePaths.CompareClusters(Items.Select(i => ClusterKey.Sixteen(i.Slug)))
        : SitePaths.ComparePathways(Items.Select(i => i.Slug));
}

/// <summary>
/// One thing compared, a cluster or a pathway, with the same values either way; its parent is a pathway's cluster.
/// The last row is a cluster's skills (the start of its list) or a pathway's way to get started.
/// </summary>
public sealed record ComparedItem(
    CompareKind Kind,
    string Slug,
    string Title,
    string Path,
    string? ParentTitle,
    string? ParentPath,
    ClusterLook Look,
    string Summary,
    string? WorkHtml,
    string? EnvironmentHtml,
    JobsByEducation Education,
    IReadOnlyList<JobSummary> Featured,
    string? SkillsHtml,
    string? GettingStartedHtml)
{
    /// <summary>The spread of its jobs' BLS median yearly pay, or null when none has a yearly figure.</summary>
    public PaySpread? Pay { get; init; }

    /// <summary>How many of its jobs are in each BLS outlook band, or null when none has figures.</summary>
    public OutlookSpread? Outlook { get; init; }

    /// <summary>"en" when its own words (title, summary, rows from its page) are shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }
}

/// <summary>How many jobs an item has, and how many of those usually start at each level of education, least education first.</summary>
public sealed record JobsByEducation(int JobCount, IReadOnlyList<JobsAtLevel> Levels);

/// <summary>The jobs that usually start at one level of education (a key of <see cref="EducationLevels"/>).</summary>
public sealed record JobsAtLevel(string EducationKey, int Jobs);

public sealed record Choice(string Slug, string Title);

/// <summary>A cluster's pathways, to choose from.</summary>
public sealed record PathwayChoices(string ClusterTitle, IReadOnlyList<Choice> Pathways);

/// <summary>
/// One job as compared: its BLS figures (null when BLS publishes none), O*NET's job zone, interests (RIASEC letters)
/// and first tasks, and its first pathway in the 16 clusters (its look and trail), when it has one.
/// </summary>
public sealed record ComparedJob(
    string Slug,
    string Title,
    string? EducationKey,
    int? JobZone,
    string? InterestCodes,
    IReadOnlyList<string> TopTasks,
    OccupationOutlook? Outlook,
    ClusterLook Look,
    string? PathwayTitle,
    string? PathwayPath)
{
    public string Path => SitePaths.Occupation(Slug);
}

/// <summary>What an address asked to compare: the jobs found, in the order asked, and the job names that match none.</summary>
public sealed record JobComparison(IReadOnlyList<ComparedJob> Jobs, IReadOnlyList<string> NotFound)
{
    /// <summary>The comparison's own address: the jobs found, in order.</summary>
    public string Path => SitePaths.CompareJobs(Jobs.Select(j => j.Slug));
}

/// <summary>Jobs to choose from: those close to the jobs already chosen, and those a search found (none without a search).</summary>
public sealed record JobChoices(IReadOnlyList<JobSummary> Similar, string? Query, IReadOnlyList<JobSummary> Found);
