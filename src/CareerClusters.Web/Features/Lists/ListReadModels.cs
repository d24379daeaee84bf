using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

// What the lists' queries return: values from the content and the user data, no wording (a JSON API can return them
// as they are). None carries a list's edit token but the editor's, which its holder already has.

/// <summary>A page a list can point to, as the content has it now; a pathway names its cluster, and a job has no framework.</summary>
public sealed record ListablePage(string Path, PageAddressKind Kind, string Title, string Summary, string? Framework = null, string? ClusterTitle = null);

/// <summary>An item of a list: the page as it is now, or none when the page is gone (the list then shows the title it saved).</summary>
public sealed record ListItem(int Id, string SavedTitle, string Note, ListablePage? Page);

/// <summary>A counselor's list as students see it, its items in order.</summary>
public sealed record ListDetails(string Code, string Title, string Introduction, IReadOnlyList<ListItem> Items);

/// <summary>A list by its public code and title: the one the "Add to list" page offers to add to, the one a page deletes.</summary>
public sealed record ListName(string Code, string Title);

/// <summary>What the editor's last change did, to be said at the top of the page.</summary>
public enum EditorNotice
{
    None,
    Saved,
    NewLink,
    NewRecoveryCode,
    Restored,
    /// <summary>The form was made from an older version of the list: nothing of it was saved (409).</summary>
    ChangedMeanwhile,
}

/// <summary>What the counselor typed in the editor's form, shown again when the form had a problem, so nothing typed is lost.</summary>
public sealed record ListTyped(string Title, string Introduction, IReadOnlyDictionary<int, string> Notes)
{
    /// <summary>
    /// After another change: what the list now says in a box whose text both that change and this person's changed (by
    /// <see cref="ListEditorForm.TitleKey"/>, <see cref="ListEditorForm.IntroductionKey"/> and <see cref="ListEditorForm.NoteKey"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> SavedMeanwhile { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The list editor: the list with its edit token, what the editor's search found (null when nothing was searched),
/// and what the last change did: the title of a page just added, a notice, or the form's problem.
/// </summary>
public sealed record ListEditor(ListDetails List, string Token, string? Query, IReadOnlyList<SearchHit> Found, string? AddedTitle, EditorNotice Notice, FormProblem? Problem)
{
    /// <summary>What was typed, when the form is shown again with a problem.</summary>
    public ListTyped? Typed { get; init; }

    /// <summary>A recovery code just made: shown this once.</summary>
    public string? RecoveryCode { get; init; }

    /// <summary>How long a list nobody opens is kept (Lists:KeepUnvisitedFor), which the editor states.</summary>
    public TimeSpan KeepUnvisitedFor { get; init; }

    /// <summary>The version of the list shown, which the form carries back.</summary>
    public int Version { get; init; }
}

/// <summary>A deleted list, as its edit link shows it: when it was deleted and until when it can be restored.</summary>
public sealed record DeletedList(string Code, string Title, DateTimeOffset DeletedAt, DateTimeOffset RestorableUntil);
