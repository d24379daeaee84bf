using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// Students send a survey result to a class. A result page's "Send to my class" asks for the class code (a GET form:
/// nothing is stored) and leads to the class's join page, which names the class and sends the result with an optional
/// first name or initials; the join page's link or QR code offers the result this browser remembers. What is kept is
/// the result's code and top clusters and the name: no address, no cookie, nothing else. Opening a join page and
/// sending are limited per client address, so codes cannot be tried one after another.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ClassJoinController(ClassStore store, ClassQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    /// <summary>Where a class code is typed; with <c>?code=</c> (the form's answer, with the result when it came from one), the class's join page.</summary>
    [HttpGet(SitePaths.JoinClass)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Index(string? code, string? result, CancellationToken cancellationToken)
    {
        var toSend = await queries.ResultAsync(result, cancellationToken);
        if (code is not null)
        {
            return ClassSecrets.NormalizeJoinCode(code) is { } joinCode
                ? new SeeOtherResult(SitePaths.ClassJoin(joinCode) + ResultQuery(toSend))
                : Problem(JoinProblem.NoSuchClass, null, null, toSend?.ResultCode, "");
        }
        return Page("Join", ClassPages.Join(null, toSend ?? await RememberedAsync(cancellationToken), false, toSend is not null, text));
    }

    [HttpGet(SitePaths.Routes.ClassJoin)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Show(string code, bool sent, string? result, CancellationToken cancellationToken)
    {
        var board = await store.FindAsync(ClassSecrets.NormalizeJoinCode(code), cancellationToken);
        var toSend = sent ? null : await queries.ResultAsync(result, cancellationToken);
        if (board is null)
        {
            return Problem(JoinProblem.NoSuchClass, null, ClassSecrets.NormalizeJoinCode(code), toSend?.ResultCode, "");
        }
        if (board.JoinCode != code)
        {
            return RedirectPermanent(SitePaths.ClassJoin(board.JoinCode) + ResultQuery(toSend));
        }
        var offered = sent ? null : toSend ?? await RememberedAsync(cancellationToken);
        return Page("Join", ClassPages.Join(ClassQueries.ToJoin(board), offered, sent, toSend is not null, text));
    }

    [HttpPost(SitePaths.JoinClass)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Send([FromForm] string? code, [FromForm] string? name, [FromForm] string? result, CancellationToken cancellationToken)
    {
        var toSend = await queries.ResultAsync(result, cancellationToken);
        var (cleanName, nameProblem) = ClassFormRules.CheckName(name);
        var board = await store.FindAsync(ClassSecrets.NormalizeJoinCode(code), cancellationToken);
        if (toSend is null)
        {
            return Problem(JoinProblem.UnreadableResult, null, null, null, "");
        }
        if (board is null)
        {
            return Problem(JoinProblem.NoSuchClass, null, ClassSecrets.NormalizeJoinCode(code), toSend.ResultCode, "");
        }
        if (nameProblem is not null)
        {
            return Problem(JoinProblem.NameTooLong, board.Title, board.JoinCode, toSend.ResultCode, cleanName[..Math.Min(cleanName.Length, 200)], nameProblem);
        }
        var outcome = await store.AddEntryAsync(board, cleanName, toSend.ResultCode, toSend.Top.Select(c => c.Slug).ToList(), cancellationToken);
        return outcome switch
        {
            JoinOutcome.Closed => Problem(JoinProblem.Closed, board.Title, board.JoinCode, toSend.ResultCode, cleanName),
            JoinOutcome.Full => Problem(JoinProblem.Full, board.Title, board.JoinCode, toSend.ResultCode, cleanName),
            _ => new SeeOtherResult(SitePaths.ClassJoin(board.JoinCode) + "?sent=true"),
        };
    }

    /// <summary>The result this browser remembers (its latest survey), ready to send; null when there is none or it cannot be read.</summary>
    private async Task<ResultToSend?> RememberedAsync(CancellationToken cancellationToken) =>
        LastSurveyResult.Current(HttpContext) is { } last ? await queries.ResultAsync(last.Code, cancellationToken) : null;

    private static string ResultQuery(ResultToSend? result) => result is null ? "" : "?result=" + Uri.EscapeDataString(result.ResultCode);

    /// <summary>A view of this folder (the folder is the feature's, not the controller's).</summary>
    private ViewResult Page(string name, object model) => View($"/Features/Classes/{name}.cshtml", model);

    private ViewResult Problem(JoinProblem problem, string? classTitle, string? classCode, string? resultCode, string name, ClassFormProblem? nameProblem = null)
    {
        Response.StatusCode = problem switch
        {
            JoinProblem.NoSuchClass => StatusCodes.Status404NotFound,
            JoinProblem.Closed => StatusCodes.Status403Forbidden,
            JoinProblem.Full => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page("JoinProblem", ClassPages.Problem(problem, classTitle, classCode, resultCode, name, nameProblem, text));
    }
}
