using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Survey;

/// <param name="Last">The result this browser remembers, if any: shown at the top, and the form then starts empty.</param>
/// <param name="NothingTicked">The form came back because it was sent with no statement ticked: it says so at the top.</param>
/// <param name="ChosenPlan">The education answer sent with it (kept when the form comes back), or null.</param>
public sealed record SurveyFormViewModel(PageMeta Meta, string Version, IReadOnlyList<SurveySection> Sections, IReadOnlyList<EducationPlan> Plans,
    RememberedResult? Last = null, bool NothingTicked = false, string? ChosenPlan = null) : IPageViewModel
{
    public int StatementCount => Sections.Sum(s => s.Items.Count);

    /// <summary>The form's marker: a request that carries it came from this form, which asks again when nothing is ticked.</summary>
    public const string FromField = "from";

    public const string FromValue = "form";
}

public sealed record SurveyResultViewModel(
    PageMeta Meta,
    string ShareUrl,
    int TickedCount,
    EducationPlan? Plan,
    IReadOnlyList<TopMatch> Top,
    IReadOnlyList<ClusterScore> Ranked,
    string Code,
    bool FromEarlierSurvey = false) : IPageViewModel
{
    /// <summary>This result's one-page sheet for a talk with a counselor.</summary>
    public string SheetPath => SitePaths.ConversationSheet(Code, Plan?.Key);

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
