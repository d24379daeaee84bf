using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// Students send a survey result to a class: from their result page ("Send to my class" and the class code), or from
/// the class's join page (its link or QR code), which offers the result this browser remembers. What is kept is the
/// result's code and top clusters and an optional first name or initials: no address, no cookie, nothing else.
/// Opening a join page and sending are limited per client address, so codes cannot be tried one after another.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ClassJoinController(ClassStore store, ClassQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    /// <summary>Where a class code is typed; with <c>?code=</c> (the form's answer), the class's join page.</summary>
    [HttpGet(SitePaths.JoinClass)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Index(string? code, CancellationToken cancellationToken)
    {
        if (code is not null)
        {
            return ClassSecrets.NormalizeJoinCode(code) is { } joinCode
                ? new SeeOtherResult(SitePaths.ClassJoin(joinCode))
                : Problem(JoinProblem.NoSuchClass, null, code, null, "");
        }
        return Page("Join", ClassPages.Join(null, await RememberedAsync(cancellationToken), false, text));
    }

    [HttpGet(SitePaths.Routes.ClassJoin)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Show(string code, bool sent, CancellationToken cancellationToken)
    {
        string? joinCode = ClassSecrets.NormalizeJoinCode(code);
        var board = await store.FindAsync(joinCode, cancellationToken);
        if (board is null)
        {
            return Problem(JoinProblem.NoSuchClass, null, code, null, "");
        }
        if (board.JoinCode != code)
        {
            return RedirectPermanent(SitePaths.ClassJoin(board.JoinCode));
        }
        return Page("Join", ClassPages.Join(ClassQueries.ToJoin(board), sent ? null : await RememberedAsync(cancellationToken), sent, text));
    }

    [HttpPost(SitePaths.JoinClass)]
    [EnableRateLimiting(Policies.ClassJoins)]
    public async Task<IActionResult> Send([FromForm] string? code, [FromForm] string? name, [FromForm] string? result, CancellationToken cancellationToken)
    {
        string typed = (code ?? "").Trim();
        var toSend = await queries.ResultAsync(result, cancellationToken);
        var (cleanName, nameProblem) = ClassFormRules.CheckName(name);
        if (toSend is null)
        {
            return Problem(JoinProblem.UnreadableResult, null, typed, null, cleanName);
        }
        if (nameProblem is not null)
        {
            return Problem(JoinProblem.NameTooLong, null, typed, toSend.ResultCode, cleanName[..Math.Min(cleanName.Length, 200)], nameProblem);
        }
        var board = await store.FindAsync(ClassSecrets.NormalizeJoinCode(typed), cancellationToken);
        if (board is null)
        {
            return Problem(JoinProblem.NoSuchClass, null, typed, toSend.ResultCode, cleanName);
        }
        var outcome = await store.AddEntryAsync(board, cleanName, toSend.ResultCode, toSend.Top.Select(c => c.Slug).ToList(), cancellationToken);
        return outcome switch
        {
            JoinOutcome.Closed => Problem(JoinProblem.Closed, board.Title, typed, toSend.ResultCode, cleanName),
            JoinOutcome.Full => Problem(JoinProblem.Full, board.Title, typed, toSend.ResultCode, cleanName),
            _ => new SeeOtherResult(SitePaths.ClassJoin(board.JoinCode) + "?sent=true"),
        };
    }

    /// <summary>The result this browser remembers (its latest survey), ready to send; null when there is none or it cannot be read.</summary>
    private async Task<ResultToSend?> RememberedAsync(CancellationToken cancellationToken) =>
        LastSurveyResult.Current(HttpContext) is { } last ? await queries.ResultAsync(last.Code, cancellationToken) : null;

    /// <summary>A view of this folder (the folder is the feature's, not the controller's).</summary>
    private ViewResult Page(string name, object model) => View($"/Features/Classes/{name}.cshtml", model);

    private ViewResult Problem(JoinProblem problem, string? classTitle, string typedCode, string? resultCode, string name, ClassFormProblem? nameProblem = null)
    {
        Response.StatusCode = problem switch
        {
            JoinProblem.NoSuchClass => StatusCodes.Status404NotFound,
            JoinProblem.Closed => StatusCodes.Status403Forbidden,
            JoinProblem.Full => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        // Only a code in the shape of one is shown back; anything else typed is left out.
        string code = ClassSecrets.NormalizeJoinCode(typedCode) is { } normal ? ClassSecrets.Display(normal) : "";
        return Page("JoinProblem", ClassPages.Problem(problem, classTitle, code, resultCode, name, nameProblem, text));
    }
}
