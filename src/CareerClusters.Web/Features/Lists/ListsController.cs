using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Counselors' lists, without an account: a short public link for students, and a private edit link (a secret token)
/// for the counselor. Every change is a form post with an antiforgery token, limited per address.
/// </summary>
[AutoValidateAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ListsController(ListStore store, ListPages pages, SearchEngine search, IConfiguration configuration) : Controller
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
        var items = await ItemsAsync(list, cancellationToken);
        return View(new ListViewModel(ListPageMeta.Show(list, items.Count), list.PublicCode, list.Title, list.Introduction, items, BaseUrl() + SitePaths.List(list.PublicCode)));
    }

    [HttpGet(SitePaths.NewList)]
    public IActionResult New() => View(new NewListViewModel(ListPageMeta.New, null));

    [HttpPost(SitePaths.NewList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Create([FromForm] string? title, [FromForm] string? introduction, CancellationToken cancellationToken)
    {
        var (cleanTitle, cleanIntroduction, error) = ListFormRules.CheckListText(title, introduction);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("New", new NewListViewModel(ListPageMeta.New, error));
        }
        var (list, token) = await store.CreateAsync(cleanTitle, cleanIntroduction, cancellationToken);
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token));
    }

    /// <summary>The "Add to list" button of a page leads here: a small form, so the post carries an antiforgery token.</summary>
    [HttpGet(SitePaths.AddToList)]
    public async Task<IActionResult> Add(string? page, CancellationToken cancellationToken)
    {
        var listed = await ResolveAsync(page, cancellationToken);
        if (listed is null)
        {
            return NotFound();
        }
        var current = (await CurrentListAsync(cancellationToken))?.List;
        return View(new AddToListViewModel(ListPageMeta.Add(listed), listed, current is null ? null : new CurrentList(current.PublicCode, current.Title), null));
    }

    [HttpPost(SitePaths.AddToList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> AddPost([FromForm] string? page, [FromForm] string? note, [FromForm] string? newListTitle, [FromForm] string? start, CancellationToken cancellationToken)
    {
        var listed = await ResolveAsync(page, cancellationToken);
        if (listed is null)
        {
            return NotFound();
        }
        var remembered = await CurrentListAsync(cancellationToken);
        var current = remembered?.List;
        bool startNew = current is null || start == "new";
        string? error = ListFormRules.CheckNote(note) ?? (startNew ? null : ListFormRules.CheckRoom(current!));
        CounselorList list;
        string token;
        if (error is null && startNew)
        {
            var (cleanTitle, _, titleError) = ListFormRules.CheckListText(newListTitle, "");
            error = titleError;
            (list, token) = error is null ? await store.CreateAsync(cleanTitle, "", cancellationToken) : (null!, "");
        }
        else
        {
            (list, token) = remembered!.Value;
        }
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Add", new AddToListViewModel(ListPageMeta.Add(listed), listed, current is null ? null : new CurrentList(current.PublicCode, current.Title), error));
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
        return View(await EditModelAsync(list, token, q, added is null ? null : $"Added \u201c{ListPageMeta.Shorten(added)}\u201d.", null, cancellationToken));
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
        var (cleanTitle, cleanIntroduction, error) = ListFormRules.CheckListText(title, introduction);
        var cleanNotes = (notes ?? []).ToDictionary(n => n.Key, n => (n.Value ?? "").Trim());
        error ??= ListFormRules.CheckNotes(cleanNotes.Values);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditModelAsync(list, token, null, null, error, cancellationToken));
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
        var listed = await ResolveAsync(page, cancellationToken);
        string? error = listed is null ? ListFormRules.PageCannotBeAdded : ListFormRules.CheckRoom(list);
        if (listed is null || error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await EditModelAsync(list, token, null, null, error, cancellationToken));
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
        return View("Delete", new DeleteListViewModel(ListPageMeta.Delete(list, token), list.Title, SitePaths.EditList(list.PublicCode, token)));
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

    private async Task<EditListViewModel> EditModelAsync(CounselorList list, string token, string? query, string? notice, string? error, CancellationToken cancellationToken)
    {
        var results = new List<ListSearchResult>();
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim()[..Math.Min(query.Trim().Length, SearchEngine.MaxQueryLength)];
        if (query is not null)
        {
            var outcome = await search.SearchAsync(query, new SearchFilters(), 0, 40, withSnippets: false, cancellationToken);
            results = outcome.Hits.Where(h => h.Kind != PageKinds.Guide).Take(12)
                .Select(h => new ListSearchResult(h.Title, SearchLabels.Of(h), h.Path)).ToList();
        }
        return new EditListViewModel(ListPageMeta.Edit(list, token), list.PublicCode, token, list.Title, list.Introduction, await ItemsAsync(list, cancellationToken),
            BaseUrl() + SitePaths.List(list.PublicCode), BaseUrl() + SitePaths.EditList(list.PublicCode, token), query, results,
            notice ?? (Request.Query.ContainsKey("saved") ? "Your changes are saved." : null), error);
    }

    private async Task<List<ListItemView>> ItemsAsync(CounselorList list, CancellationToken cancellationToken)
    {
        var ordered = list.Items.OrderBy(i => i.Position).ToList();
        var found = await pages.ResolveAsync(ordered.Select(i => i.Path), cancellationToken);
        return ordered.Select(i => new ListItemView(i.Id, i.Title, i.Note, found.GetValueOrDefault(i.Path))).ToList();
    }

    private async Task<ListedPage?> ResolveAsync(string? page, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(page) || page.Length > CounselorListItem.MaxPath || SitePaths.ParsePage(page) is null)
        {
            return null;
        }
        return (await pages.ResolveAsync([page], cancellationToken)).GetValueOrDefault(page);
    }

    /// <summary>The list named by this browser's cookie, with its token, when the token still edits it.</summary>
    private async Task<(CounselorList List, string Token)?> CurrentListAsync(CancellationToken cancellationToken) =>
        CurrentListCookie.Read(Request) is { } remembered && await store.FindForEditAsync(remembered.Code, remembered.Token, cancellationToken) is { } list
            ? (list, remembered.Token)
            : null;

    /// <summary>The status code pages explain that this link cannot change the list.</summary>
    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);
}
