using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// A list's private editor, at its edit link. Every button of the editor's one form (save, search, add, move up or
/// down, remove) posts everything typed in it and saves it first, so nothing typed is lost, with or without
/// JavaScript; "Remove" asks on a page of its own (a script may ask with a dialog instead).
/// </summary>
[AutoValidateAntiforgeryToken]
[TypeFilter<ListGuessingFilter>]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ListEditorController(ListStore store, ListAccess access, ListPages pages, IStringLocalizer<SiteText> text, IConfiguration configuration,
    IOptions<ListOptions> options) : Controller
{
    /// <summary>TempData's key for a recovery code just made: the editor shows it once.</summary>
    public const string RecoveryCodeKey = "list-recovery-code";

    /// <summary>The editor; for a deleted list, the page that offers to restore it (410 once it can no longer be).</summary>
    [HttpGet(SitePaths.Routes.EditList)]
    [EnableRateLimiting(Policies.ListViews)]
    public async Task<IActionResult> Edit(string code, string token, string? q, string? added, CancellationToken cancellationToken)
    {
        var list = await store.FindWithTokenAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        if (list.DeletedAt is { } deletedAt)
        {
            return access.CanRestore(list)
                ? View(ListViewsAt.Path("Restore"), CounselorListPages.Restore(new DeletedList(list.PublicCode, list.Title, deletedAt, ListAccess.RestorableUntil(deletedAt)), token, text))
                : StatusCode(StatusCodes.Status410Gone);
        }
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        await access.NoteVisitAsync(list, cancellationToken);
        var notice = Request.Query.ContainsKey("saved") ? EditorNotice.Saved
            : Request.Query.ContainsKey("newlink") ? EditorNotice.NewLink
            : Request.Query.ContainsKey("newcode") ? EditorNotice.NewRecoveryCode
            : Request.Query.ContainsKey("restored") ? EditorNotice.Restored
            : EditorNotice.None;
        return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, q, added, notice, null, null, cancellationToken));
    }

    /// <summary>"Save changes", and the search box (whose text comes with the form): saves, then shows what was found.</summary>
    [HttpPost(SitePaths.Routes.EditList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Save(string code, string token, [FromForm] string? title, [FromForm] string? introduction,
        [FromForm] Dictionary<int, string>? notes, [FromForm] string? q, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        if (await SaveTypedAsync(list, token, title, introduction, notes, cancellationToken) is { } problem)
        {
            return problem;
        }
        string editPath = SitePaths.EditList(list.PublicCode, token);
        return new SeeOtherResult(string.IsNullOrWhiteSpace(q) ? editPath + "?saved=1" : editPath + "?q=" + Uri.EscapeDataString(q.Trim()) + "#find-title");
    }

    /// <summary>"Add" beside a search result: saves what was typed, then adds the page.</summary>
    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.Items)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> AddItem(string code, string token, [FromForm] string? page, [FromForm] string? title, [FromForm] string? introduction,
        [FromForm] Dictionary<int, string>? notes, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        if (await SaveTypedAsync(list, token, title, introduction, notes, cancellationToken) is { } saveProblem)
        {
            return saveProblem;
        }
        var listed = await pages.PageAsync(page, cancellationToken);
        var problem = listed is null ? ListFormRules.PageCannotBeAdded : ListFormRules.CheckRoom(list);
        if (listed is null || problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, null, null, EditorNotice.None, problem, null, cancellationToken));
        }
        await store.AddItemAsync(list, listed.Path, listed.Title, "", cancellationToken);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?added=" + Uri.EscapeDataString(listed.Title) + "#items");
    }

    /// <summary>
    /// "Move up", "Move down" and "Remove" in the editor's form: what was typed is saved first. "Remove" goes on to a page
    /// that asks, unless the remove is confirmed (by that page's form, or by a script's dialog).
    /// </summary>
    [HttpPost(SitePaths.Routes.ListItem + "/{change:regex(^(up|down|remove)$)}")]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> ChangeItem(string code, string token, int itemId, string change, [FromForm] string? confirmed, [FromForm] string? title,
        [FromForm] string? introduction, [FromForm] Dictionary<int, string>? notes, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        if (await SaveTypedAsync(list, token, title, introduction, notes, cancellationToken) is { } problem)
        {
            return problem;
        }
        if (change == "remove" && confirmed != "yes" && list.Items.Any(i => i.Id == itemId))
        {
            return new SeeOtherResult(SitePaths.RemoveListItem(list.PublicCode, token, itemId));
        }
        await (change == "remove" ? store.RemoveAsync(list, itemId, cancellationToken) : store.MoveAsync(list, itemId, change == "up" ? -1 : 1, cancellationToken));
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + (change == "remove" ? "?saved=1#items" : $"#item-{itemId}"));
    }

    /// <summary>"Remove this page from the list?": the question without JavaScript.</summary>
    [HttpGet(SitePaths.Routes.ListItem + "/remove")]
    [EnableRateLimiting(Policies.ListViews)]
    public async Task<IActionResult> ConfirmRemove(string code, string token, int itemId, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        var details = await pages.DetailsAsync(list, cancellationToken);
        var item = CounselorListPages.Show(details, "", text).Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "#items");
        }
        return View(ListViewsAt.Path("RemoveItem"), CounselorListPages.RemoveItem(new ListName(list.PublicCode, list.Title), token, item, text));
    }

    /// <summary>
    /// Saves the title, introduction and notes the form sent (nothing when the form has no title field: the remove page's form);
    /// on a problem, the editor again, with everything as it was typed.
    /// </summary>
    private async Task<IActionResult?> SaveTypedAsync(CounselorList list, string token, string? title, string? introduction, Dictionary<int, string>? notes,
        CancellationToken cancellationToken)
    {
        // An empty field binds as null: whether the form had a title field at all tells the editor's form from the remove page's.
        if (!Request.HasFormContentType || !Request.Form.ContainsKey("title"))
        {
            return null;
        }
        var (cleanTitle, cleanIntroduction, problem) = ListFormRules.CheckListText(title, introduction);
        var cleanNotes = (notes ?? []).ToDictionary(n => n.Key, n => (n.Value ?? "").Trim());
        problem ??= ListFormRules.CheckNotes(cleanNotes.Values);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var typed = new ListTyped(title ?? "", introduction ?? "", (notes ?? []).ToDictionary(n => n.Key, n => n.Value ?? ""));
            return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, null, null, EditorNotice.None, problem, typed, cancellationToken));
        }
        await store.UpdateAsync(list, cleanTitle, cleanIntroduction, cleanNotes, cancellationToken);
        return null;
    }

    /// <summary>The editor's page: the list, the pages its search found, and what the last change did (a page added, changes saved, a problem).</summary>
    private async Task<EditListViewModel> EditorAsync(CounselorList list, string token, string? query, string? addedTitle, EditorNotice notice, FormProblem? problem,
        ListTyped? typed, CancellationToken cancellationToken)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim()[..Math.Min(query.Trim().Length, SearchEngine.MaxQueryLength)];
        IReadOnlyList<SearchHit> found = query is null ? [] : await pages.FindAsync(query, cancellationToken);
        var editor = new ListEditor(await pages.DetailsAsync(list, cancellationToken), token, query, found, addedTitle, notice, problem)
        {
            Typed = typed,
            RecoveryCode = TempData[RecoveryCodeKey] as string,
            KeepUnvisitedFor = options.Value.KeepUnvisitedFor,
        };
        return CounselorListPages.Edit(editor, SiteAddress.BaseUrl(Request, configuration), text);
    }
}
