using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Counselors' lists, without an account: a short public link for students, and a private edit link (a secret token)
/// for the counselor. This controller shows a list and makes one; <see cref="ListEditorController"/> changes it and
/// <see cref="ListAccessController"/> keeps it safe. Every change is a form post with an antiforgery token, limited
/// per address; viewing is limited per address too.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ListsController(ListStore store, ListAccess access, ListPages pages, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{
    /// <summary>A list as students see it; a deleted one answers 410 Gone, one that never was (or was purged) 404.</summary>
    [HttpGet(SitePaths.Routes.List)]
    [EnableRateLimiting(Policies.ListViews)]
    [TypeFilter<ListGuessingFilter>]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var list = await store.FindAnyAsync(ListSecrets.NormalizeCode(code), cancellationToken);
        if (list is null)
        {
            return NotFound();
        }
        if (list.DeletedAt is not null)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }
        if (list.PublicCode != code)
        {
            return RedirectPermanent(SitePaths.List(list.PublicCode));
        }
        await access.NoteVisitAsync(list, cancellationToken);
        return View(CounselorListPages.Show(await pages.DetailsAsync(list, cancellationToken), SiteAddress.BaseUrl(Request, configuration), text));
    }

    [HttpGet(SitePaths.NewList)]
    public IActionResult New() => View(CounselorListPages.New(null, text));

    [HttpPost(SitePaths.NewList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Create([FromForm] string? title, [FromForm] string? introduction, CancellationToken cancellationToken)
    {
        var (cleanTitle, cleanIntroduction, problem) = ListFormRules.CheckListText(title, introduction);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("New", CounselorListPages.New(problem, text));
        }
        var made = await store.CreateAsync(cleanTitle, cleanIntroduction, cancellationToken);
        return OpenNewList(made, "");
    }

    /// <summary>The "Add to list" button of a page leads here: a small form, so the post carries an antiforgery token.</summary>
    [HttpGet(SitePaths.AddToList)]
    public async Task<IActionResult> Add(string? page, CancellationToken cancellationToken)
    {
        var listed = await pages.PageAsync(page, cancellationToken);
        if (listed is null)
        {
            return NotFound();
        }
        var current = (await CurrentListAsync(cancellationToken))?.List;
        return View(CounselorListPages.Add(listed, NameOf(current), null, text));
    }

    [HttpPost(SitePaths.AddToList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> AddPost([FromForm] string? page, [FromForm] string? note, [FromForm] string? newListTitle, [FromForm] string? start, CancellationToken cancellationToken)
    {
        var listed = await pages.PageAsync(page, cancellationToken);
        if (listed is null)
        {
            return NotFound();
        }
        var remembered = await CurrentListAsync(cancellationToken);
        var current = remembered?.List;
        bool startNew = current is null || start == "new";
        var problem = ListFormRules.CheckNote(note) ?? (startNew ? null : ListFormRules.CheckRoom(current!));
        string cleanTitle = "";
        if (problem is null && startNew)
        {
            (cleanTitle, _, problem) = ListFormRules.CheckListText(newListTitle, "");
        }
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Add", CounselorListPages.Add(listed, NameOf(current), problem, text));
        }
        string added = "?added=" + Uri.EscapeDataString(listed.Title) + "#items";
        if (startNew)
        {
            var made = await store.CreateAsync(cleanTitle, "", cancellationToken);
            ListStore.AddItem(made.List, listed.Path, listed.Title, (note ?? "").Trim());
            await store.SaveAsync(made.List, cancellationToken);
            return OpenNewList(made, added);
        }
        var (list, token) = remembered!.Value;
        // Two adds at once (two tabs, two servers) both land: the store tries again over the list as it is now.
        if (await store.AddItemAsync(list, listed.Path, listed.Title, (note ?? "").Trim(), cancellationToken) is { } notAdded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Add", CounselorListPages.Add(listed, NameOf(list), notAdded, text));
        }
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + added);
    }

    /// <summary>Off to a new list's editor, which shows its recovery code this once (kept in TempData, never in the address).</summary>
    private SeeOtherResult OpenNewList(NewList made, string suffix)
    {
        TempData[ListEditorController.RecoveryCodeKey] = made.RecoveryCode;
        CurrentListCookie.Remember(HttpContext, made.List.PublicCode, made.Token);
        return new SeeOtherResult(SitePaths.EditList(made.List.PublicCode, made.Token) + suffix);
    }

    private static ListName? NameOf(CounselorList? list) => list is null ? null : new ListName(list.PublicCode, list.Title);

    /// <summary>
    /// The list named by this browser's cookie, with its token, while the token still edits it: a list deleted, or
    /// given a new edit link, is no longer offered, and the cookie is forgotten.
    /// </summary>
    private async Task<(CounselorList List, string Token)?> CurrentListAsync(CancellationToken cancellationToken)
    {
        if (CurrentListCookie.Read(Request) is not { } remembered)
        {
            return null;
        }
        if (await store.FindForEditAsync(remembered.Code, remembered.Token, cancellationToken) is { } list)
        {
            return (list, remembered.Token);
        }
        CurrentListCookie.Forget(Response);
        return null;
    }
}
