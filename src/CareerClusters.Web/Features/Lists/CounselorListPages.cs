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
        string? notice = editor.AddedTitle is not null ? (string)text["Added \u201c{0}\u201d.", Shorten(editor.AddedTitle)]
            : editor.Notice switch
            {
                EditorNotice.Saved => (string)text["Your changes are saved."],
                EditorNotice.NewLink => (string)text["This is your new edit link: the old one no longer works. Save this one somewhere safe."],
                EditorNotice.NewRecoveryCode => (string)text["Your new recovery code is below: the old one no longer works."],
                EditorNotice.Restored => (string)text["The list is restored: students can open its link again."],
                EditorNotice.ChangedMeanwhile => (string)text["This list changed after you opened it \u2014 maybe in another tab or by a colleague. Nothing was saved yet. Check the list below; what you typed is still in the boxes. Then press \u201cSave changes\u201d again."],
                _ => null,
            };
        var typed = editor.Typed;
        var items = Items(list, text).Select(i => typed?.Notes.TryGetValue(i.Id, out string? note) == true ? i with { Note = note } : i).ToList();
        return new EditListViewModel(meta, list.Code, editor.Token, typed?.Title ?? list.Title, typed?.Introduction ?? list.Introduction, items,
            site + SitePaths.List(list.Code), site + editPath, editor.Query, editor.Found.Select(h => new ListSearchResult(h.Title, text.KindOf(h), h.Path)).ToList(),
            notice, ProblemText(editor.Problem, text))
        {
            RecoveryCode = editor.RecoveryCode,
            KeepingRule = UnvisitedRule(editor.KeepUnvisitedFor, text) + " " + text["A deleted list can be restored for 30 days, with its edit link or its recovery code."],
            Version = editor.Version,
            Shown = Fingerprints(list),
            ChangedMeanwhile = editor.Notice == EditorNotice.ChangedMeanwhile,
            SavedMeanwhile = typed?.SavedMeanwhile ?? new Dictionary<string, string>(),
        };
    }

    public static DeleteListViewModel Delete(ListName list, string token, IStringLocalizer<SiteText> text)
    {
        string editPath = SitePaths.EditList(list.Code, token);
        return new DeleteListViewModel(new PageMeta(text["Delete {0}?", list.Title], text["Delete this list."], editPath + SitePaths.ListEditing.Delete,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Delete list"])], NoIndex: true), list.Title, editPath,
            text["For 30 days you can still restore it with this edit link or your recovery code; after that it is gone for good."]);
    }

    /// <summary>The page a deleted list's edit link shows: when it was deleted, and a button to restore it.</summary>
    public static RestoreListViewModel Restore(DeletedList list, string token, IStringLocalizer<SiteText> text)
    {
        string editPath = SitePaths.EditList(list.Code, token);
        return new RestoreListViewModel(new PageMeta(text["Restore {0}?", list.Title], text["Restore a deleted list."], editPath,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Restore list"])], NoIndex: true), list.Title, editPath,
            text["This list was deleted on {0}. You can restore it until {1}; after that it is removed for good.", Day(list.DeletedAt), Day(list.RestorableUntil)]);
    }

    public static RemoveItemViewModel RemoveItem(ListName list, string token, ListItemView item, int version, IStringLocalizer<SiteText> text)
    {
        string editPath = SitePaths.EditList(list.Code, token);
        string action = SitePaths.RemoveListItem(list.Code, token, item.Id);
        return new RemoveItemViewModel(new PageMeta(text["Remove {0}?", item.Title], text["Remove a page from your list."], action,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Edit list"], editPath), new Crumb(text["Remove a page"])], NoIndex: true),
            item.Title, list.Title, editPath, action, version);
    }

    public static RecoverListViewModel Recover(string? address, FormProblem? problem, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Recover a list"], text["Get a new edit link for your list with its recovery code."], SitePaths.RecoverList,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Recover a list"])], NoIndex: true), (address ?? "").Trim(), ProblemText(problem, text));

    /// <summary>"A list that nobody opens for 18 months is removed.": whole sentences for months and for days.</summary>
    public static string UnvisitedRule(TimeSpan keep, IStringLocalizer<SiteText> text) => keep.TotalDays >= 60
        ? text["A list that nobody opens (students or you) for {0} months is removed.", (int)Math.Round(keep.TotalDays / 30.44)]
        : text["A list that nobody opens (students or you) for {0} days is removed.", (int)Math.Ceiling(keep.TotalDays)];

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.CurrentCulture);

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

    /// <summary>The fingerprints of a list's texts as saved, which the editor's form sends back (<see cref="ListEditorForm"/>).</summary>
    private static Dictionary<string, string> Fingerprints(ListDetails list)
    {
        var shown = list.Items.ToDictionary(i => ListEditorForm.NoteKey(i.Id), i => ListEditorForm.Fingerprint(i.Note));
        shown[ListEditorForm.TitleKey] = ListEditorForm.Fingerprint(list.Title);
        shown[ListEditorForm.IntroductionKey] = ListEditorForm.Fingerprint(list.Introduction);
        return shown;
    }

    private static string? ProblemText(FormProblem? problem, IStringLocalizer<SiteText> text) => problem is null ? null : (string)text[problem.Text, problem.Values];
}
