using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// A list's private editor, at its edit link. Every button of the editor's one form (save, search, add, move up or
/// down, remove) posts everything typed in it and saves it with its own change, so nothing typed is lost, with or
/// without JavaScript; "Remove" asks on a page of its own (a script may ask with a dialog instead). The form carries the
/// version of the list it was made from: a form made before another change is not saved but shown again over the list
/// as it is now ("changed meanwhile", 409), so two editors never overwrite each other's work unseen.
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
    public Task<IActionResult> Save(string code, string token, [FromForm] ListEditorForm form, CancellationToken cancellationToken) =>
        ChangeAsync(code, token, form, async list =>
        {
            await store.SaveAsync(list, cancellationToken);
            string editPath = SitePaths.EditList(list.PublicCode, token);
            return new SeeOtherResult(string.IsNullOrWhiteSpace(form.Q) ? editPath + "?saved=1" : editPath + "?q=" + Uri.EscapeDataString(form.Q.Trim()) + "#find-title");
        }, cancellationToken);

    /// <summary>"Add" beside a search result: saves what was typed, with the page added.</summary>
    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.Items)]
    [EnableRateLimiting(Policies.ListChanges)]
    public Task<IActionResult> AddItem(string code, string token, [FromForm] string? page, [FromForm] ListEditorForm form, CancellationToken cancellationToken) =>
        ChangeAsync(code, token, form, async list =>
        {
            var listed = await pages.PageAsync(page, cancellationToken);
            var problem = listed is null ? ListFormRules.PageCannotBeAdded : ListFormRules.CheckRoom(list);
            if (listed is null || problem is not null)
            {
                // What was typed is saved all the same.
                await store.SaveAsync(list, cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, null, null, EditorNotice.None, problem, null, cancellationToken));
            }
            ListStore.AddItem(list, listed.Path, listed.Title, "");
            await store.SaveAsync(list, cancellationToken);
            return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?added=" + Uri.EscapeDataString(listed.Title) + "#items");
        }, cancellationToken);

    /// <summary>
    /// "Move up", "Move down" and "Remove" in the editor's form: what was typed is saved with the move. "Remove" goes on to
    /// a page that asks (saving what was typed first), unless the remove is confirmed (by that page's form, or by a script's dialog).
    /// </summary>
    [HttpPost(SitePaths.Routes.ListItem + "/{change:regex(^(up|down|remove)$)}")]
    [EnableRateLimiting(Policies.ListChanges)]
    public Task<IActionResult> ChangeItem(string code, string token, int itemId, string change, [FromForm] string? confirmed, [FromForm] ListEditorForm form,
        CancellationToken cancellationToken) =>
        ChangeAsync(code, token, form, async list =>
        {
            if (change == "remove" && confirmed != "yes" && list.Items.Any(i => i.Id == itemId))
            {
                await store.SaveAsync(list, cancellationToken);
                return new SeeOtherResult(SitePaths.RemoveListItem(list.PublicCode, token, itemId));
            }
            if (change == "remove")
            {
                store.Remove(list, itemId);
            }
            else
            {
                ListStore.Move(list, itemId, change == "up" ? -1 : 1);
            }
            await store.SaveAsync(list, cancellationToken);
            return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + (change == "remove" ? "?saved=1#items" : $"#item-{itemId}"));
        }, cancellationToken);

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
        return View(ListViewsAt.Path("RemoveItem"), CounselorListPages.RemoveItem(new ListName(list.PublicCode, list.Title), token, item, list.Version, text));
    }

    /// <summary>
    /// A post of the editor's form, or of the remove page's. A form made from an older version of the list than the one
    /// saved now is not applied: the answer is 409, the editor with the list as it is now and what was typed still in its
    /// boxes. Otherwise what was typed (the title, introduction and notes; nothing when the form has no title field: the
    /// remove page's form) is checked (on a problem, the editor again with everything as it was typed, 400) and set, and
    /// <paramref name="change"/> makes the button's own change and saves both at once. A change saved by someone else
    /// between that check and this write makes EF Core's check of the version fail: the same 409, and nothing saved.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string code, string token, ListEditorForm form, Func<CounselorList, Task<IActionResult>> change,
        CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return ListAccessController.Forbidden(this);
        }
        // An empty field binds as null: whether the form had a title field at all tells the editor's form from the remove page's.
        var typed = Request.HasFormContentType && Request.Form.ContainsKey("title") ? form.Typed() : null;
        if (form.IsOlderThan(list))
        {
            return await ChangedMeanwhileAsync(list, token, form, typed, cancellationToken);
        }
        if (typed is not null)
        {
            var (cleanTitle, cleanIntroduction, problem) = ListFormRules.CheckListText(typed.Title, typed.Introduction);
            var cleanNotes = typed.Notes.ToDictionary(n => n.Key, n => n.Value.Trim());
            problem ??= ListFormRules.CheckNotes(cleanNotes.Values);
            if (problem is not null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, null, null, EditorNotice.None, problem, typed, cancellationToken));
            }
            ListStore.SetText(list, cleanTitle, cleanIntroduction, cleanNotes);
        }
        try
        {
            return await change(list);
        }
        catch (DbUpdateConcurrencyException)
        {
            var now = await store.ReadAgainAsync(list.Id, cancellationToken);
            if (now is not { DeletedAt: null } || !ListSecrets.Matches(token, now.EditTokenHash))
            {
                return ListAccessController.Forbidden(this);
            }
            return await ChangedMeanwhileAsync(now, token, form, typed, cancellationToken);
        }
    }

    /// <summary>The "changed meanwhile" page (409): the list as it is now, what was typed kept in its boxes, and the list's version now, so the next save goes through.</summary>
    private async Task<IActionResult> ChangedMeanwhileAsync(CounselorList list, string token, ListEditorForm form, ListTyped? typed, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        var kept = typed is null ? null : form.KeptOver(typed, list);
        return View(ListViewsAt.Path("Edit"), await EditorAsync(list, token, form.Q, null, EditorNotice.ChangedMeanwhile, null, kept, cancellationToken));
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
            Version = list.Version,
        };
        return CounselorListPages.Edit(editor, SiteAddress.BaseUrl(Request, configuration), text);
    }
}
