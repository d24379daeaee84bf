using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.States;

/// <summary>
/// "My state", without an account: <c>/state</c> lists the states, each a button that keeps the choice in a cookie
/// (<see cref="MyState"/>); <c>/state/{state}</c> is one state's page (with <c>?job=</c>, that job's links there). The
/// pages show the student's own choice and carry form tokens, so no cache keeps them; job pages show the links, cached
/// per state. A state the site does not have gets the list again with a message (404), never an error.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
public sealed class StatesController(StateQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.MyState)]
    public async Task<IActionResult> Index(string? job, CancellationToken cancellationToken)
    {
        NotStored();
        return View(StatePages.Picker(await queries.ChoicesAsync(MyState.Code(HttpContext), job, cancellationToken), null, text));
    }

    [HttpGet(SitePaths.Routes.State)]
    public async Task<IActionResult> State(string? state, string? job, CancellationToken cancellationToken)
    {
        NotStored();
        var found = string.IsNullOrWhiteSpace(state) ? null : await queries.FindAsync(state, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Index", StatePages.Unknown(await queries.ChoicesAsync(MyState.Code(HttpContext), job, cancellationToken), text));
        }
        if (found.Slug != state)
        {
            // A USPS code (/state/tx) is an address of the state too: it moves to the state's own (/state/texas).
            var jobRef = await queries.JobAsync(job, cancellationToken);
            return RedirectPermanent(SitePaths.State(found.Slug, jobRef?.Slug));
        }
        return View(StatePages.State(await queries.DetailsAsync(found, MyState.Code(HttpContext), job, cancellationToken), text));
    }

    /// <summary>Keeps a state in the student's browser, then goes back to the job they came from (or to the state's page).</summary>
    [HttpPost(SitePaths.ChooseState)]
    public async Task<IActionResult> Choose([FromForm] string? state, [FromForm] string? job, CancellationToken cancellationToken)
    {
        NotStored();
        var found = await queries.ByCodeAsync(state, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", StatePages.NotChosen(await queries.ChoicesAsync(MyState.Code(HttpContext), job, cancellationToken), text));
        }
        MyState.Remember(HttpContext, found.Code);
        var jobRef = await queries.JobAsync(job, cancellationToken);
        return new SeeOtherResult(jobRef is null ? SitePaths.State(found.Slug) : jobRef.Path + "#in-your-state");
    }

    /// <summary>"Forget my state": the cookie goes, and the student is back at the list (with the job they came from).</summary>
    [HttpPost(SitePaths.ForgetState)]
    public async Task<IActionResult> Forget([FromForm] string? job, CancellationToken cancellationToken)
    {
        NotStored();
        MyState.Forget(HttpContext);
        var jobRef = await queries.JobAsync(job, cancellationToken);
        return new SeeOtherResult(SitePaths.StatePicker(jobRef?.Slug));
    }

    private void NotStored() => Response.Headers.CacheControl = CacheHeaders.NoStore;
}
