using CareerClusters.Web.Data.UserData;

namespace CareerClusters.Web.Features.Lists;

/// <summary>A form's problem: its English text, which is the key of the text catalogue, and the values it names.</summary>
public sealed record FormProblem(string Text, params object[] Values);

/// <summary>
/// The checks of the list forms: each answers the problem shown above the form, or null. Text is trimmed first and
/// then measured against the user database's column sizes, and a form shows only the first problem that applies,
/// which is why these are plain checks rather than DataAnnotations on bound models.
/// </summary>
public static class ListFormRules
{
    public static readonly FormProblem PageCannotBeAdded = new("That page cannot be added.");

    public static readonly FormProblem ListIsFull = new("A list holds at most {0} pages.", CounselorList.MaxItems);

    public static readonly FormProblem ListGone = new("This list was deleted, or given a new edit link, a moment ago, so the page was not added.");

    public static readonly FormProblem ListBusy = new("Many changes are reaching this list right now, so the page was not added yet. Please press the button again.");

    /// <summary>A list's title (required) and introduction, trimmed, with the first problem of either.</summary>
    public static (string Title, string Introduction, FormProblem? Problem) CheckListText(string? title, string? introduction)
    {
        string cleanTitle = (title ?? "").Trim(), cleanIntroduction = (introduction ?? "").Trim();
        FormProblem? problem = cleanTitle.Length == 0 ? new("Give the list a title.")
            : cleanTitle.Length > CounselorList.MaxTitle ? new("The title can be at most {0} characters.", CounselorList.MaxTitle)
            : cleanIntroduction.Length > CounselorList.MaxIntroduction ? new("The introduction can be at most {0} characters.", CounselorList.MaxIntroduction)
            : null;
        return (cleanTitle, cleanIntroduction, problem);
    }

    public static FormProblem? CheckNote(string? note) =>
        (note ?? "").Trim().Length > CounselorListItem.MaxNote ? new("A note can be at most {0} characters.", CounselorListItem.MaxNote) : null;

    /// <summary>The first problem of a list's notes, which the caller has trimmed.</summary>
    public static FormProblem? CheckNotes(IEnumerable<string> notes) => notes.Select(CheckNote).FirstOrDefault(p => p is not null);

    /// <summary>Whether one more page fits in the list.</summary>
    public static FormProblem? CheckRoom(CounselorList list) => list.Items.Count >= CounselorList.MaxItems ? ListIsFull : null;
}
