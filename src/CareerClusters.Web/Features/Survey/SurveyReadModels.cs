using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Survey;

// What the survey queries return: the statements, the student's scores and values from the content, with education
// as keys and no page wording (a JSON API can return them as they are; SurveyPages words the pages).

/// <summary>The survey form: the version of its statement list, and the statements in the parts they are shown in.</summary>
public sealed record SurveyForm(string Version, IReadOnlyList<SurveySection> Sections);

/// <summary>A result: its code (the ticked statements), the education plan chosen (its key), the best matches and every cluster's score.</summary>
public sealed record SurveyResult(string Code, string? PlanKey, int TickedCount, IReadOnlyList<TopMatch> Top, IReadOnlyList<ClusterScore> Ranked)
{
    /// <summary>Whether the link was made with an earlier survey than today's (it is read with that survey's statements).</summary>
    public bool FromEarlierSurvey { get; init; }

    /// <summary>The result's own link, the one to keep or send.</summary>
    public string Path => SitePaths.SurveyResult(Code, PlanKey);
}

/// <summary>One of the best matches, with what explains it and where to go next.</summary>
public sealed record TopMatch(int Rank, ClusterScore Score, ClusterDetails Details)
{
    public string Path => SitePaths.Cluster(Frameworks.Sixteen, Score.Cluster.Slug);
}

/// <summary>
/// A top cluster's pathways, every job it has at the student's planned education (featured first, with their
/// education keys, BLS figures and apprenticeship routes), and where most of its jobs sit in the 2024 framework.
/// </summary>
public sealed record ClusterDetails(ClusterLook Look, IReadOnlyList<PathwayName> Pathways, IReadOnlyList<ResultJob> Jobs, IReadOnlyList<CrosswalkDestination> Modern)
{
    /// <summary>The jobs a card shows at first; a longer list folds the rest away (every one stays a link).</summary>
    public const int FirstJobs = 6;

    /// <summary>A list this long or shorter shows every job: folding one or two would only add a tap.</summary>
    public const int FoldAfter = 8;

    public int Shown => Jobs.Count > FoldAfter ? FirstJobs : Jobs.Count;
}

/// <summary>A job in a result's list: its summary (education key, BLS figures) and whether an apprenticeship is a route in.</summary>
public sealed record ResultJob(JobSummary Job, bool Apprenticeship);

/// <summary>The result this browser remembers, as the survey page shows it: its link and its top clusters' names.</summary>
public sealed record RememberedResult(string Code, string Path, IReadOnlyList<string> TopTitles);
