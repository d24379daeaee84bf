using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

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
}

/// <summary>The list the "Add to list" page offers to add to: the one this browser last edited, if any.</summary>
public sealed record CurrentList(string Code, string Title);

public sealed record AddToListViewModel(PageMeta Meta, ListedPage Page, CurrentList? Current, string? Error) : IPageViewModel;

public sealed record NewListViewModel(PageMeta Meta, string? Error) : IPageViewModel;

public sealed record DeleteListViewModel(PageMeta Meta, string Title, string EditPath) : IPageViewModel;
