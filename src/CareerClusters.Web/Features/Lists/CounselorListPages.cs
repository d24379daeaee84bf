using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Turns the lists' read models into the list pages' view models, with their wording from the text catalogue. (Not
/// named ListPages, as the other features' mappings are: that is the class that looks up a list's pages.) No list
/// page is indexed: a list is a counselor's, not the site's.
/// </summary>
public static class CounselorListPages
{
    /// <param name="site">The site's address, for the links shown in full.</param>
    public static ListViewModel Show(ListDetails list, string site, IStringLocalizer<SiteText> text)
    {
        var meta = new PageMeta(list.Title,
            list.Introduction.Length > 0 ? Shorten(list.Introduction) : text["A list of {0} career pages chosen by a counselor.", list.Items.Count],
            SitePaths.List(list.Code), [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["List"]), new Crumb(list.Title)], NoIndex: true);
        return new ListViewModel(meta, list.Code, list.Title, list.Introduction, Items(list, text), site + SitePaths.List(list.Code));
    }

    public static NewListViewModel New(FormProblem? problem, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Make a list"], text["Make a list of career pages to share with students: one short link, no account."],
            SitePaths.NewList, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Make a list"])], NoIndex: true), ProblemText(problem, text));

    public static AddToListViewModel Add(ListablePage page, ListName? current, FormProblem? problem, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Add {0} to a list", page.Title], text["Add a page to a list."], SitePaths.AddToList,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Add to a list"])], NoIndex: true), Listed(page, text), current, ProblemText(problem, text));

    /// <param name="site">The site's address, for the links shown in full.</param>
    public static EditListViewModel Edit(ListEditor editor, string site, IStringLocalizer<SiteText> text)
    {
        var list = editor.List;
        string editPath = SitePaths.EditList(list.Code, editor.Token);
        var meta = new PageMeta(text["Edit: {0}", list.Title], text["Edit your list."], editPath, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Edit list"])], NoIndex: true);
        string? notice = editor.AddedTitle is not null ? text["Added \u201c{0}\u201d.", Shorten(editor.AddedTitle)]
            : editor.Saved ? (string)text["Your changes are saved."]
            : null;
        return new EditListViewModel(meta, list.Code, editor.Token, list.Title, list.Introduction, Items(list, text), site + SitePaths.List(list.Code), site + editPath,
            editor.Query, editor.Found.Select(h => new ListSearchResult(h.Title, text.KindOf(h), h.Path)).ToList(), notice, ProblemText(editor.Problem, text));
    }

    public static DeleteListViewModel Delete(ListName list, string token, IStringLocalizer<SiteText> text)
    {
        string editPath = SitePaths.EditList(list.Code, token);
        return new DeleteListViewModel(new PageMeta(text["Delete {0}?", list.Title], text["Delete this list."], editPath + "/delete",
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Delete list"])], NoIndex: true), list.Title, editPath);
    }

    /// <summary>A page as a list shows it, with its kind in words: "Career cluster", "Sub-cluster in Agriculture", "Job".</summary>
    public static ListedPage Listed(ListablePage page, IStringLocalizer<SiteText> text)
    {
        var words = text.WordsFor(page.Framework ?? Frameworks.Sixteen);
        string kind = page.Kind switch
        {
            PageAddressKind.Cluster => words.ClusterEyebrow,
            PageAddressKind.Pathway => text["{0} in {1}", words.PathwayEyebrow, page.ClusterTitle ?? ""],
            _ => text["Job"],
        };
        return new ListedPage(page.Path, kind, page.Title, page.Summary);
    }

    /// <summary>A counselor's text cut to a description's length.</summary>
    public static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";

    private static List<ListItemView> Items(ListDetails list, IStringLocalizer<SiteText> text) =>
        list.Items.Select(i => new ListItemView(i.Id, i.SavedTitle, i.Note, i.Page is null ? null : Listed(i.Page, text))).ToList();

    private static string? ProblemText(FormProblem? problem, IStringLocalizer<SiteText> text) => problem is null ? null : (string)text[problem.Text, problem.Values];
}
