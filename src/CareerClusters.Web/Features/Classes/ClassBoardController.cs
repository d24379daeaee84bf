using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// A counselor's class board, without an account: a join code for the class, and a private board link (a secret token,
/// kept only as a hash) that shows the results and changes the class. A lost link is replaced with the one-time
/// recovery code. Every change is a form post with an antiforgery token, limited per address.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ClassBoardController(ClassStore store, ClassQueries queries, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{
    /// <summary>The recovery code, carried (encrypted, in the TempData cookie) to the one board view that shows it.</summary>
    private const string RecoveryKey = "class-recovery";
    private const string NoticeKey = "class-notice";

    [HttpGet(SitePaths.NewClass)]
    public IActionResult New() => Page("New", ClassPages.New(null, "", text));

    [HttpPost(SitePaths.NewClass)]
    [EnableRateLimiting(Policies.ClassChanges)]
    public async Task<IActionResult> Create([FromForm] string? title, CancellationToken cancellationToken)
    {
        var (clean, problem) = ClassFormRules.CheckTitle(title);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page("New", ClassPages.New(problem, clean, text));
        }
        var (board, token, recovery) = await store.CreateAsync(clean, cancellationToken);
        TempData[RecoveryKey] = recovery;
        return new SeeOtherResult(SitePaths.ClassBoard(board.JoinCode, token));
    }

    [HttpGet(SitePaths.Routes.ClassBoard)]
    public async Task<IActionResult> Board(string code, string token, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        var details = await queries.BoardAsync(board, cancellationToken);
        string? notice = TempData[NoticeKey] is string key ? text[key].Value : null;
        return Page("Board", ClassPages.Board(details, token, BaseUrl(), TempData[RecoveryKey] as string, notice, null, text));
    }

    /// <summary>The entries as a spreadsheet file.</summary>
    [HttpGet(SitePaths.Routes.ClassBoard + "/csv")]
    public async Task<IActionResult> Csv(string code, string token, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        var details = await queries.BoardAsync(board, cancellationToken);
        return File(ClassCsv.Write(details, BaseUrl(), text), ClassCsv.ContentType, ClassCsv.FileName(board.JoinCode));
    }

    [HttpPost(SitePaths.Routes.ClassBoard + "/{change:regex(^(close|open)$)}")]
    [EnableRateLimiting(Policies.ClassChanges)]
    public async Task<IActionResult> CloseOrOpen(string code, string token, string change, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        await store.SetClosedAsync(board, change == "close", cancellationToken);
        TempData[NoticeKey] = change == "close" ? "The class is closed: students can no longer send results." : "The class is open again: students can send results.";
        return new SeeOtherResult(SitePaths.ClassBoard(board.JoinCode, token) + "#manage");
    }

    /// <summary>A new board link: the old one stops working at once (a link that was shown to someone else is then of no use to them).</summary>
    [HttpPost(SitePaths.Routes.ClassBoard + "/new-link")]
    [EnableRateLimiting(Policies.ClassChanges)]
    public async Task<IActionResult> NewLink(string code, string token, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        string newToken = await store.ReplaceTokenAsync(board, cancellationToken);
        TempData[NoticeKey] = "This is your new board link: bookmark it. The old link no longer works.";
        return new SeeOtherResult(SitePaths.ClassBoard(board.JoinCode, newToken));
    }

    [HttpPost(SitePaths.Routes.ClassBoard + "/entries/{itemId:int}/remove")]
    [EnableRateLimiting(Policies.ClassChanges)]
    public async Task<IActionResult> RemoveEntry(string code, string token, int itemId, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        await store.RemoveEntryAsync(board, itemId, cancellationToken);
        TempData[NoticeKey] = "The result is removed from the class.";
        return new SeeOtherResult(SitePaths.ClassBoard(board.JoinCode, token) + "#results");
    }

    [HttpGet(SitePaths.Routes.ClassBoard + "/delete")]
    public async Task<IActionResult> ConfirmDelete(string code, string token, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        return Page("Delete", ClassPages.Delete(await queries.BoardAsync(board, cancellationToken), token, text));
    }

    [HttpPost(SitePaths.Routes.ClassBoard + "/delete")]
    [EnableRateLimiting(Policies.ClassChanges)]
    public async Task<IActionResult> Delete(string code, string token, CancellationToken cancellationToken)
    {
        if (await store.FindForBoardAsync(code, token, cancellationToken) is not { } board)
        {
            return NoBoard();
        }
        await store.DeleteAsync(board, cancellationToken);
        return new SeeOtherResult(SitePaths.NewClass + "?deleted=1");
    }

    [HttpGet(SitePaths.RecoverClass)]
    public IActionResult Recover() => Page("Recover", ClassPages.Recover(null, "", text));

    /// <summary>The class code and the recovery code give a new board link and a new recovery code; both old ones stop working.</summary>
    [HttpPost(SitePaths.RecoverClass)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> RecoverPost([FromForm] string? code, [FromForm] string? recoveryCode, CancellationToken cancellationToken)
    {
        string? joinCode = ClassSecrets.NormalizeJoinCode(code);
        var recovered = await store.RecoverAsync(joinCode, ClassSecrets.NormalizeRecoveryCode(recoveryCode), cancellationToken);
        if (recovered is not { } found)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page("Recover", ClassPages.Recover(text["That class code and recovery code do not go together. Check both and try again."], joinCode ?? "", text));
        }
        TempData[RecoveryKey] = found.RecoveryCode;
        TempData[NoticeKey] = "This is your new board link: bookmark it. The old link and the old recovery code no longer work.";
        return new SeeOtherResult(SitePaths.ClassBoard(found.Board.JoinCode, found.Token));
    }

    /// <summary>A board link that opens nothing: replaced, deleted, expired or mistyped. The page says what to do.</summary>
    private ViewResult NoBoard()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page("NoBoard", ClassPages.Recover(null, "", text) with
        {
            Meta = new PageMeta(text["This board link does not work"], text["This board link does not work"], SitePaths.Classes, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Class board"])], NoIndex: true, IsError: true),
        });
    }

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);

    /// <summary>A view of this folder (the folder is the feature's, not the controller's).</summary>
    private ViewResult Page(string name, object model) => View($"/Features/Classes/{name}.cshtml", model);

    /// <summary>The board link is in the address: it is never sent on to another page as a referrer.</summary>
    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        base.OnActionExecuting(context);
    }
}
