using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

/// <summary>A page a list points to, as shown: its kind in words ("Career pathway in Health Science"), title and summary.</summary>
public sealed record ListedPage(string Path, string KindLabel, string Title, string Summary);

/// <summary>An item of a list as shown: the page as it is now, or the saved title when the page is gone.</summary>
public sealed record ListItemView(int Id, string SavedTitle, string Note, ListedPage? Page)
{
    public bool Available => Page is not null;

    public string Title => Page?.Title ?? SavedTitle;
}

public sealed record ListViewModel(PageMeta Meta, string Code, string Title, string Introduction, IReadOnlyList<ListItemView> Items, string PublicUrl) : IPageViewModel;

public sealed record ListSearchResult(string Title, string KindLabel, string Path);

public sealed record EditListViewModel(
    PageMeta Meta,
    string Code,
    string Token,
    string Title,
    string Introduction,
    IReadOnlyList<ListItemView> Items,
    string PublicUrl,
    string EditUrl,
    string? Query,
    IReadOnlyList<ListSearchResult> SearchResults,
    string? Notice,
    string? Error) : IPageViewModel
{
    public string EditPath => SitePaths.EditList(Code, Token);

    public bool IsFull => Items.Count >= CounselorList.MaxItems;

    /// <summary>A recovery code just made, shown this once; else null.</summary>
    public string? RecoveryCode { get; init; }

    /// <summary>The rule about unvisited and deleted lists, in words.</summary>
    public string KeepingRule { get; init; } = "";

    /// <summary>The version of the list shown, which the form sends back: a form made from an older one is not saved.</summary>
    public int Version { get; init; }

    /// <summary>The fingerprints of the list's texts as saved, which the form sends back (<see cref="ListEditorForm"/>).</summary>
    public IReadOnlyDictionary<string, string> Shown { get; init; } = new Dictionary<string, string>();

    /// <summary>The form was made from an older version of the list (409): the notice says so, and leaving the page asks first.</summary>
    public bool ChangedMeanwhile { get; init; }

    /// <summary>What the list now says where a box keeps other text typed, by the box's key (<see cref="ListEditorForm"/>).</summary>
    public IReadOnlyDictionary<string, string> SavedMeanwhile { get; init; } = new Dictionary<string, string>();
}

/// <param name="Current">The list the page offers to add to: the one this browser last edited, if any.</param>
public sealed record AddToListViewModel(PageMeta Meta, ListedPage Page, ListName? Current, string? Error) : IPageViewModel;

public sealed record NewListViewModel(PageMeta Meta, string? Error) : IPageViewModel;

public sealed record DeleteListViewModel(PageMeta Meta, string Title, string EditPath, string RestoreRule) : IPageViewModel;

/// <param name="Deleted">"Deleted on June 5, 2026. You can restore it until July 5, 2026."</param>
public sealed record RestoreListViewModel(PageMeta Meta, string Title, string EditPath, string Deleted) : IPageViewModel;

/// <param name="FormAction">Where the confirming form posts.</param>
/// <param name="Version">The version of the list shown, which the form sends back.</param>
public sealed record RemoveItemViewModel(PageMeta Meta, string ItemTitle, string ListTitle, string EditPath, string FormAction, int Version) : IPageViewModel;

/// <param name="Address">What was typed in the list's address field, shown again after a problem.</param>
public sealed record RecoverListViewModel(PageMeta Meta, string Address, string? Error) : IPageViewModel;

/// <summary>The lists' views are all in this folder, which is named after <see cref="ListsController"/>: the other list controllers name them by path.</summary>
public static class ListViewsAt
{
    public static string Path(string view) => $"/Features/Lists/{view}.cshtml";
}
