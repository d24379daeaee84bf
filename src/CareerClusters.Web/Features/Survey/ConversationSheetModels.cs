using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Survey;

// The conversation sheet: a survey result on one printed page, for a talk with a counselor.

/// <summary>A shortlisted cluster as the sheet names it (either framework).</summary>
public sealed record SheetCluster(ClusterKey Key, string Title)
{
    public string Path => SitePaths.Cluster(Key);
}

/// <summary>A counselor's list as the sheet shows it: its title and its pages with their notes (the titles they were saved with).</summary>
public sealed record SheetList(string Code, string Title, IReadOnlyList<SheetListItem> Items)
{
    public string Path => SitePaths.List(Code);
}

/// <summary>A page of a counselor's list, with its note cut to <see cref="MaxNote"/> characters.</summary>
public sealed record SheetListItem(string Title, string Path, string Note)
{
    public const int MaxNote = 80;
}

/// <param name="Result">The survey result, read with the survey it was made with.</param>
/// <param name="ResultUrl">The result's own link in full, printed on the sheet.</param>
/// <param name="Shortlist">The clusters this browser has shortlisted (its cookie).</param>
/// <param name="List">The counselor's list named in the address, or null.</param>
/// <param name="ListNotFound">A list was named but there is none with that code.</param>
public sealed record ConversationSheetViewModel(PageMeta Meta, SurveyResult Result, string ResultUrl, IReadOnlyList<SheetCluster> Shortlist,
    SheetList? List, bool ListNotFound) : IPageViewModel
{
    /// <summary>Reasons shown per cluster, and list pages, on one page of paper; the rest are on the result's page.</summary>
    public const int MaxReasons = 4;

    public const int MaxListItems = 6;

    public const int MaxShortlist = 8;

    /// <summary>Blank lines for next steps.</summary>
    public const int NextStepLines = 4;

    public string ResultPath => Result.Path;

    public string SheetPath => SitePaths.ConversationSheet(Result.Code, Result.PlanKey, List?.Code);
}
