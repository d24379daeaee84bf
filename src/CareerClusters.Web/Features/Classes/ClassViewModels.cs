using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Classes;

public sealed record NewClassViewModel(PageMeta Meta, string? Error, string Title = "") : IPageViewModel;

/// <param name="RecoveryCode">The recovery code, on the one page view after it was made; else null.</param>
/// <param name="Notice">What the last change did, in words, or null.</param>
public sealed record ClassBoardViewModel(PageMeta Meta, ClassBoardDetails Board, string Token, string BoardUrl, string JoinUrl, string SurveyUrl,
    string? RecoveryCode, string? Notice, string? Error) : IPageViewModel
{
    public string BoardPath => SitePaths.ClassBoard(Board.Code, Token);

    public string JoinPath => SitePaths.ClassJoin(Board.Code);

    public string CodeToShow => ClassSecrets.Display(Board.Code);

    public int MaxEntries => ClassBoard.MaxEntries;

    /// <summary>A bar's length: the share of the class that has the cluster in its top three (0 to 100).</summary>
    public int BarLength(ChartBar bar) => Board.Entries.Count == 0 ? 0 : (int)Math.Round(100.0 * bar.Students / Board.Entries.Count);
}

public sealed record DeleteClassViewModel(PageMeta Meta, string Title, int Entries, string BoardPath) : IPageViewModel;

public sealed record RecoverClassViewModel(PageMeta Meta, string? Error, string Code = "") : IPageViewModel;

/// <param name="Class">The class of the code in the address, or null on the page where a code is typed.</param>
/// <param name="Remembered">The result this browser remembers, ready to send, or null.</param>
/// <param name="Sent">The page after a result was sent.</param>
/// <param name="FromResultPage">The result came from a result page's "Send to my class" (rather than this browser's memory).</param>
public sealed record JoinClassViewModel(PageMeta Meta, ClassToJoin? Class, ResultToSend? Remembered, bool Sent, bool FromResultPage = false) : IPageViewModel
{
    public string? CodeToShow => Class is null ? null : ClassSecrets.Display(Class.Code);
}

public enum JoinProblem
{
    /// <summary>No class has the code (or it has expired): 404.</summary>
    NoSuchClass,
    /// <summary>The class takes no more results: 403.</summary>
    Closed,
    /// <summary>The class has its 200 results: 409.</summary>
    Full,
    /// <summary>The result sent cannot be read or names no cluster: 400.</summary>
    UnreadableResult,
    /// <summary>The name is too long: 400.</summary>
    NameTooLong,
}

/// <summary>Why a result could not be sent, with what the student sent, so the form can be tried again.</summary>
/// <param name="TypedCode">The class code as typed, shown back only when it has the shape of one.</param>
/// <param name="ClassCode">The class's code when one was found, for the form that sends again.</param>
public sealed record JoinProblemViewModel(PageMeta Meta, JoinProblem Problem, string Message, string? ClassTitle, string TypedCode, string? ClassCode,
    string? ResultCode, string Name) : IPageViewModel;
