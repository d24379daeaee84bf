using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

/// <summary>The title, description, address and breadcrumbs of each list page. None is indexed: a list is a counselor's, not the site's.</summary>
public static class ListPageMeta
{
    public static PageMeta Show(CounselorList list, int itemCount) =>
        new(list.Title, list.Introduction.Length > 0 ? Shorten(list.Introduction) : $"A list of {itemCount} career pages chosen by a counselor.",
            SitePaths.List(list.PublicCode), [new Crumb("Home", SitePaths.Home), new Crumb("List"), new Crumb(list.Title)], NoIndex: true);

    public static PageMeta New => new("Make a list", "Make a list of career pages to share with students: one short link, no account.",
        SitePaths.NewList, [new Crumb("Home", SitePaths.Home), new Crumb("Make a list")], NoIndex: true);

    public static PageMeta Add(ListedPage page) => new($"Add {page.Title} to a list", "Add a page to a list.",
        SitePaths.AddToList, [new Crumb("Home", SitePaths.Home), new Crumb("Add to a list")], NoIndex: true);

    public static PageMeta Edit(CounselorList list, string token) => new($"Edit: {list.Title}", "Edit your list.", SitePaths.EditList(list.PublicCode, token),
        [new Crumb("Home", SitePaths.Home), new Crumb("Edit list")], NoIndex: true);

    public static PageMeta Delete(CounselorList list, string token) => new($"Delete {list.Title}?", "Delete this list.", SitePaths.EditList(list.PublicCode, token) + "/delete",
        [new Crumb("Home", SitePaths.Home), new Crumb("Delete list")], NoIndex: true);

    /// <summary>A counselor's text cut to a description's length.</summary>
    public static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
