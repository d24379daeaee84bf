using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Search;
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
    /// <summary>The list this browser last edited, so "Add to list" knows where to add ("code.token").</summary>
    public const string CurrentListCookie = "cc_list";

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
        var meta = new PageMeta(list.Title, list.Introduction.Length > 0 ? Shorten(list.Introduction) : $"A list of {items.Count} career pages chosen by a counselor.",
            SitePaths.List(list.PublicCode), [new Crumb("Home", SitePaths.Home), new Crumb("List"), new Crumb(list.Title)], NoIndex: true);
        return View(new ListViewModel(meta, list.PublicCode, list.Title, list.Introduction, items, BaseUrl() + SitePaths.List(list.PublicCode)));
    }

    [HttpGet(SitePaths.NewList)]
    public IActionResult New() => View(new NewListViewModel(NewListMeta, null));

    [HttpPost(SitePaths.NewList)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Create([FromForm] string? title, [FromForm] string? introduction, CancellationToken cancellationToken)
    {
        var (cleanTitle, cleanIntroduction, error) = CheckListText(title, introduction);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("New", new NewListViewModel(NewListMeta, error));
        }
        var (list, token) = await store.CreateAsync(cleanTitle, cleanIntroduction, cancellationToken);
        RememberCurrentList(list.PublicCode, token);
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
        return View(new AddToListViewModel(AddMeta(listed), listed, current is null ? null : new CurrentList(current.PublicCode, current.Title), null));
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
        string? error = CheckNote(note) ?? (!startNew && current!.Items.Count >= CounselorList.MaxItems ? $"A list holds at most {CounselorList.MaxItems} pages." : null);
        CounselorList list;
        string token;
        if (error is null && startNew)
        {
            var (cleanTitle, _, titleError) = CheckListText(newListTitle, "");
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
            return View("Add", new AddToListViewModel(AddMeta(listed), listed, current is null ? null : new CurrentList(current.PublicCode, current.Title), error));
        }
        await store.AddItemAsync(list, listed.Path, listed.Title, (note ?? "").Trim(), cancellationToken);
        RememberCurrentList(list.PublicCode, token);
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
        RememberCurrentList(list.PublicCode, token);
        return View(await EditModelAsync(list, token, q, added is null ? null : $"Added \u201c{Shorten(added)}\u201d.", null, cancellationToken));
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
        var (cleanTitle, cleanIntroduction, error) = CheckListText(title, introduction);
        var cleanNotes = (notes ?? []).ToDictionary(n => n.Key, n => (n.Value ?? "").Trim());
        error ??= cleanNotes.Values.Select(CheckNote).FirstOrDefault(e => e is not null);
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
        if (listed is null || list.Items.Count >= CounselorList.MaxItems)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            string error = listed is null ? "That page cannot be added." : $"A list holds at most {CounselorList.MaxItems} pages.";
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
        var meta = new PageMeta($"Delete {list.Title}?", "Delete this list.", SitePaths.EditList(list.PublicCode, token) + "/delete",
            [new Crumb("Home", SitePaths.Home), new Crumb("Delete list")], NoIndex: true);
        return View("Delete", new DeleteListViewModel(meta, list.Title, SitePaths.EditList(list.PublicCode, token)));
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
        Response.Cookies.Delete(CurrentListCookie, new CookieOptions { Path = SitePaths.Lists });
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
                .Select(h => new ListSearchResult(h.Title, SearchController.KindLabels[h.Kind], h.Path)).ToList();
        }
        var meta = new PageMeta($"Edit: {list.Title}", "Edit your list.", SitePaths.EditList(list.PublicCode, token),
            [new Crumb("Home", SitePaths.Home), new Crumb("Edit list")], NoIndex: true);
        return new EditListViewModel(meta, list.PublicCode, token, list.Title, list.Introduction, await ItemsAsync(list, cancellationToken),
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
    private async Task<(CounselorList List, string Token)?> CurrentListAsync(CancellationToken cancellationToken)
    {
        string? value = Request.Cookies[CurrentListCookie];
        int dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0)
        {
            return null;
        }
        string token = value![(dot + 1)..];
        return await store.FindForEditAsync(value[..dot], token, cancellationToken) is { } list ? (list, token) : null;
    }

    private void RememberCurrentList(string code, string token) =>
        Response.Cookies.Append(CurrentListCookie, $"{code}.{token}", new CookieOptions
        {
            Path = SitePaths.Lists,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });

    private static (string Title, string Introduction, string? Error) CheckListText(string? title, string? introduction)
    {
        string cleanTitle = (title ?? "").Trim(), cleanIntroduction = (introduction ?? "").Trim();
        string? error = cleanTitle.Length == 0 ? "Give the list a title."
            : cleanTitle.Length > CounselorList.MaxTitle ? $"The title can be at most {CounselorList.MaxTitle} characters."
            : cleanIntroduction.Length > CounselorList.MaxIntroduction ? $"The introduction can be at most {CounselorList.MaxIntroduction} characters."
            : null;
        return (cleanTitle, cleanIntroduction, error);
    }

    private static string? CheckNote(string? note) =>
        (note ?? "").Trim().Length > CounselorListItem.MaxNote ? $"A note can be at most {CounselorListItem.MaxNote} characters." : null;

    /// <summary>The status code pages explain that this link cannot change the list.</summary>
    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);

    private static PageMeta NewListMeta => new("Make a list", "Make a list of career pages to share with students: one short link, no account.",
        SitePaths.NewList, [new Crumb("Home", SitePaths.Home), new Crumb("Make a list")], NoIndex: true);

    private static PageMeta AddMeta(ListedPage page) => new($"Add {page.Title} to a list", "Add a page to a list.",
        SitePaths.AddToList, [new Crumb("Home", SitePaths.Home), new Crumb("Add to a list")], NoIndex: true);

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
