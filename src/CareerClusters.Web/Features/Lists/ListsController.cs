using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Counselors' lists, without an account: a short public link for students, and a private edit link (a secret token)
/// for the counselor. Every change is a form post with an antiforgery token, limited per address.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ListsController(ListStore store, ListPages pages, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{
    [HttpGet(SitePaths.Routes.List)]
    public async Task<IActionResult> Show(string code, CancellationToken cancellationToken)
    {
        var list = await store.FindAsync(ListSecrets.NormalizeCode(code), cancellationToken);
        if (list is null)
        {
            return NotFound();
        }
        if (list.PublicCode != code)
        {
            return RedirectPermanent(SitePaths.List(list.PublicCode));
        }
        return View(CounselorListPages.Show(await pages.DetailsAsync(list, cancellationToken), BaseUrl(), text));
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
        var (list, token) = await store.CreateAsync(cleanTitle, cleanIntroduction, cancellationToken);
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token));
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
        CounselorList list;
        string token;
        if (problem is null && startNew)
        {
            var (cleanTitle, _, titleProblem) = ListFormRules.CheckListText(newListTitle, "");
            problem = titleProblem;
            (list, token) = problem is null ? await store.CreateAsync(cleanTitle, "", cancellationToken) : (null!, "");
        }
        else
        {
            (list, token) = remembered!.Value;
        }
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Add", CounselorListPages.Add(listed, NameOf(current), problem, text));
        }
        await store.AddItemAsync(list, listed.Path, listed.Title, (note ?? "").Trim(), cancellationToken);
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?added=" + Uri.EscapeDataString(listed.Title) + "#items");
    }

    [HttpGet(SitePaths.Routes.EditList)]
    public async Task<IActionResult> Edit(string code, string token, string? q, string? added, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return View(await EditorAsync(list, token, q, added, null, cancellationToken));
    }

    [HttpPost(SitePaths.Routes.EditList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Save(string code, string token, [FromForm] string? title, [FromForm] string? introduction, [FromForm] Dictionary<int, string>? notes, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        var (cleanTitle, cleanIntroduction, problem) = ListFormRules.CheckListText(title, introduction);
        var cleanNotes = (notes ?? []).ToDictionary(n => n.Key, n => (n.Value ?? "").Trim());
        problem ??= ListFormRules.CheckNotes(cleanNotes.Values);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditorAsync(list, token, null, null, problem, cancellationToken));
        }
        await store.UpdateAsync(list, cleanTitle, cleanIntroduction, cleanNotes, cancellationToken);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?saved=1");
    }

    [HttpPost(SitePaths.Routes.EditList + "/items")]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> AddItem(string code, string token, [FromForm] string? page, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        var listed = await pages.PageAsync(page, cancellationToken);
        var problem = listed is null ? ListFormRules.PageCannotBeAdded : ListFormRules.CheckRoom(list);
        if (listed is null || problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditorAsync(list, token, null, null, problem, cancellationToken));
        }
        await store.AddItemAsync(list, listed.Path, listed.Title, "", cancellationToken);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?added=" + Uri.EscapeDataString(listed.Title) + "#items");
    }

    [HttpPost(SitePaths.Routes.EditList + "/items/{itemId:int}/{change:regex(^(up|down|remove)$)}")]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> ChangeItem(string code, string token, int itemId, string change, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        await (change == "remove" ? store.RemoveAsync(list, itemId, cancellationToken) : store.MoveAsync(list, itemId, change == "up" ? -1 : 1, cancellationToken));
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "#items");
    }

    [HttpGet(SitePaths.Routes.EditList + "/delete")]
    public async Task<IActionResult> ConfirmDelete(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        return View("Delete", CounselorListPages.Delete(new ListName(list.PublicCode, list.Title), token, text));
    }

    [HttpPost(SitePaths.Routes.EditList + "/delete")]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Delete(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden();
        }
        await store.DeleteAsync(list, cancellationToken);
        CurrentListCookie.Forget(Response);
        return new SeeOtherResult(SitePaths.NewList + "?deleted=1");
    }

    /// <summary>The editor's page: the list, the pages its search found, and what the last change did (a page added, changes saved, a problem).</summary>
    private async Task<EditListViewModel> EditorAsync(CounselorList list, string token, string? query, string? addedTitle, FormProblem? problem, CancellationToken cancellationToken)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim()[..Math.Min(query.Trim().Length, SearchEngine.MaxQueryLength)];
        IReadOnlyList<SearchHit> found = query is null ? [] : await pages.FindAsync(query, cancellationToken);
        var editor = new ListEditor(await pages.DetailsAsync(list, cancellationToken), token, query, found, addedTitle, Request.Query.ContainsKey("saved"), problem);
        return CounselorListPages.Edit(editor, BaseUrl(), text);
    }

    private static ListName? NameOf(CounselorList? list) => list is null ? null : new ListName(list.PublicCode, list.Title);

    /// <summary>The list named by this browser's cookie, with its token, when the token still edits it.</summary>
    private async Task<(CounselorList List, string Token)?> CurrentListAsync(CancellationToken cancellationToken) =>
        CurrentListCookie.Read(Request) is { } remembered && await store.FindForEditAsync(remembered.Code, remembered.Token, cancellationToken) is { } list
            ? (list, remembered.Token)
            : null;

    /// <summary>The status code pages explain that this link cannot change the list.</summary>
    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);
}
