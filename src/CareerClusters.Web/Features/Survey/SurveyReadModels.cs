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
    /// <summary>The result's own link, the one to keep or send.</summary>
    public string Path => SitePaths.SurveyResult(Code, PlanKey);
}

/// <summary>One of the best matches, with what explains it and where to go next.</summary>
public sealed record TopMatch(int Rank, ClusterScore Score, ClusterDetails Details)
{
    public string Path => SitePaths.Cluster(Frameworks.Sixteen, Score.Cluster.Slug);
}

/// <summary>
/// A top cluster's pathways, its jobs at the student's planned education (with their education keys), how many jobs
/// it has at that level, and where most of its jobs sit in the 2024 framework.
/// </summary>
public sealed record ClusterDetails(ClusterLook Look, IReadOnlyList<PathwayName> Pathways, IReadOnlyList<JobSummary> Jobs, int JobCount, IReadOnlyList<CrosswalkDestination> Modern);
