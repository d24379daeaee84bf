using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Survey;

public sealed record SurveyFormViewModel(PageMeta Meta, string Version, IReadOnlyList<SurveySection> Sections, IReadOnlyList<EducationPlan> Plans) : IPageViewModel
{
    public int StatementCount => Sections.Sum(s => s.Items.Count);
}

public sealed record SurveyResultViewModel(
    PageMeta Meta,
    string ShareUrl,
    int TickedCount,
    EducationPlan? Plan,
    IReadOnlyList<TopMatch> Top,
    IReadOnlyList<ClusterScore> Ranked) : IPageViewModel
{
    public string CompareTopPath => SitePaths.CompareClusters(Top.Select(t => ClusterKey.Sixteen(t.Score.Cluster.Slug)));
}

public enum SurveyProblem
{
    /// <summary>The link was made with a statement list that has changed since.</summary>
    ListChanged,
    /// <summary>The link was altered or cut short.</summary>
    Unreadable,
}

public sealed record SurveyProblemViewModel(PageMeta Meta, SurveyProblem Problem) : IPageViewModel;
