using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// Turns the classes' read models into the class pages' view models, with their wording from the text catalogue. No
/// class page is indexed: a board is a counselor's, a join page is for one class.
/// </summary>
public static class ClassPages
{
    public static NewClassViewModel New(ClassFormProblem? problem, string title, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Make a class board"], text["See which career clusters a class is drawn to, from the students' survey results: no accounts, no full names."],
            SitePaths.NewClass, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Make a class board"])], NoIndex: true), Words(problem, text), title);

    /// <param name="site">The site's address, for the links shown in full.</param>
    public static ClassBoardViewModel Board(ClassBoardDetails board, string token, string site, string? recoveryCode, string? notice,
        ClassFormProblem? problem, IStringLocalizer<SiteText> text)
    {
        string boardPath = SitePaths.ClassBoard(board.Code, token);
        var meta = new PageMeta(text["{0}: class board", board.Title], text["Your class's survey results."], boardPath,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Class board"])], NoIndex: true);
        return new ClassBoardViewModel(meta, board, token, site + boardPath, site + SitePaths.ClassJoin(board.Code), site + SitePaths.Survey, recoveryCode, notice, Words(problem, text));
    }

    public static DeleteClassViewModel Delete(ClassBoardDetails board, string token, IStringLocalizer<SiteText> text)
    {
        string boardPath = SitePaths.ClassBoard(board.Code, token);
        return new(new PageMeta(text["Delete {0}?", board.Title], text["Delete this class."], boardPath + "/delete",
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Delete class"])], NoIndex: true), board.Title, board.Entries.Count, boardPath);
    }

    public static RecoverClassViewModel Recover(string? error, string code, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Get a new board link"], text["Lost your class board's link? Get a new one with the recovery code."], SitePaths.RecoverClass,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Get a new board link"])], NoIndex: true), error, code);

    public static JoinClassViewModel Join(ClassToJoin? joining, ResultToSend? remembered, bool sent, bool fromResultPage, IStringLocalizer<SiteText> text)
    {
        string title = joining is null ? text["Send your survey result to your class"]
            : sent ? text["Sent to {0}", joining.Title]
            : text["Join {0}", joining.Title];
        var meta = new PageMeta(title, text["Send your interest survey result to your class, so your counselor can see what the class is drawn to."],
            joining is null ? SitePaths.JoinClass : SitePaths.ClassJoin(joining.Code),
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Join a class"])], NoIndex: true);
        return new JoinClassViewModel(meta, joining, remembered, sent, fromResultPage);
    }

    public static JoinProblemViewModel Problem(JoinProblem problem, string? classTitle, string? classCode, string? resultCode, string name,
        ClassFormProblem? nameProblem, IStringLocalizer<SiteText> text)
    {
        string title = problem switch
        {
            JoinProblem.NoSuchClass => text["We could not find that class"],
            JoinProblem.Closed => text["This class is closed"],
            JoinProblem.Full => text["This class is full"],
            JoinProblem.UnreadableResult => text["We could not read your survey result"],
            _ => text["Your name is too long"],
        };
        string message = problem switch
        {
            JoinProblem.NoSuchClass => text["No class has the code you typed. Check it with your counselor (it has six letters and numbers, like K7M 4PX) and try again."],
            JoinProblem.Closed => text["Your counselor has stopped taking results for \u201c{0}\u201d. Your result is still yours: keep its link.", classTitle ?? ""],
            JoinProblem.Full => text["\u201c{0}\u201d already has {1} results, the most a class can hold. Tell your counselor; your result is still yours: keep its link.", classTitle ?? "", Data.UserData.ClassBoard.MaxEntries],
            JoinProblem.UnreadableResult => text["Take the survey, then press \u201cSend to my class\u201d on your results."],
            _ => Words(nameProblem, text) ?? "",
        };
        return new JoinProblemViewModel(new PageMeta(title, title, SitePaths.JoinClass, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Join a class"])], NoIndex: true),
            problem, message, classTitle, classCode is null ? "" : ClassSecrets.Display(classCode), classCode, resultCode, name);
    }

    private static string? Words(ClassFormProblem? problem, IStringLocalizer<SiteText> text) => problem is null ? null : (string)text[problem.Text, problem.Values];
}
