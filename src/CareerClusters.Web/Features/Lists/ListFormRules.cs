using CareerClusters.Web.Data.UserData;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// The checks of the list forms: each answers the message shown above the form, or null. Text is trimmed first and
/// then measured against the user database's column sizes, and a form shows only the first message that applies,
/// which is why these are plain checks rather than DataAnnotations on bound models.
/// </summary>
public static class ListFormRules
{
    public const string PageCannotBeAdded = "That page cannot be added.";

    public static string ListIsFull => $"A list holds at most {CounselorList.MaxItems} pages.";

    /// <summary>A list's title (required) and introduction, trimmed, with the first problem of either.</summary>
    public static (string Title, string Introduction, string? Error) CheckListText(string? title, string? introduction)
    {
        string cleanTitle = (title ?? "").Trim(), cleanIntroduction = (introduction ?? "").Trim();
        string? error = cleanTitle.Length == 0 ? "Give the list a title."
            : cleanTitle.Length > CounselorList.MaxTitle ? $"The title can be at most {CounselorList.MaxTitle} characters."
            : cleanIntroduction.Length > CounselorList.MaxIntroduction ? $"The introduction can be at most {CounselorList.MaxIntroduction} characters."
            : null;
        return (cleanTitle, cleanIntroduction, error);
    }

    public static string? CheckNote(string? note) =>
        (note ?? "").Trim().Length > CounselorListItem.MaxNote ? $"A note can be at most {CounselorListItem.MaxNote} characters." : null;

    /// <summary>The first problem of a list's notes, which the caller has trimmed.</summary>
    public static string? CheckNotes(IEnumerable<string> notes) => notes.Select(CheckNote).FirstOrDefault(e => e is not null);

    /// <summary>Whether one more page fits in the list.</summary>
    public static string? CheckRoom(CounselorList list) => list.Items.Count >= CounselorList.MaxItems ? ListIsFull : null;
}
