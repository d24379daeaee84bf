using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Keeping a list safe: a new edit link (the old one stops at once), a new recovery code, delete (restorable for 30
/// days) and restore, and the "Recover a list" page, where the list's address and its recovery code give a new edit
/// link. Each recovery code works once: recovering shows a new one.
/// </summary>
[AutoValidateAntiforgeryToken]
[TypeFilter<ListGuessingFilter>]
[OutputCache(NoStore = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ListAccessController(ListStore store, ListAccess access, ListGuessing guessing, IStringLocalizer<SiteText> text) : Controller
{
    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.NewLink)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> NewLink(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden(this);
        }
        string newToken = await access.NewEditLinkAsync(list, cancellationToken);
        CurrentListCookie.Remember(HttpContext, list.PublicCode, newToken);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, newToken) + "?newlink=1");
    }

    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.NewRecoveryCode)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> NewRecoveryCode(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden(this);
        }
        TempData[ListEditorController.RecoveryCodeKey] = await access.NewRecoveryCodeAsync(list, cancellationToken);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?newcode=1");
    }

    [HttpGet(SitePaths.Routes.EditList + SitePaths.ListEditing.Delete)]
    [EnableRateLimiting(Policies.ListViews)]
    public async Task<IActionResult> ConfirmDelete(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden(this);
        }
        return View(ListViewsAt.Path("Delete"), CounselorListPages.Delete(new ListName(list.PublicCode, list.Title), token, text));
    }

    /// <summary>Deletes the list (students' link answers 410) and shows its edit link, which now offers to restore it.</summary>
    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.Delete)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Delete(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindForEditAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden(this);
        }
        await access.DeleteAsync(list, cancellationToken);
        CurrentListCookie.Forget(Response);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token));
    }

    [HttpPost(SitePaths.Routes.EditList + SitePaths.ListEditing.Restore)]
    [EnableRateLimiting(Policies.ListChanges)]
    public async Task<IActionResult> Restore(string code, string token, CancellationToken cancellationToken)
    {
        var list = await store.FindWithTokenAsync(code, token, cancellationToken);
        if (list is null)
        {
            return Forbidden(this);
        }
        if (!await access.RestoreAsync(list, cancellationToken))
        {
            return StatusCode(StatusCodes.Status410Gone);
        }
        CurrentListCookie.Remember(HttpContext, list.PublicCode, token);
        return new SeeOtherResult(SitePaths.EditList(list.PublicCode, token) + "?restored=1");
    }

    [HttpGet(SitePaths.RecoverList)]
    public IActionResult Recover() => View(ListViewsAt.Path("Recover"), CounselorListPages.Recover(null, null, text));

    /// <summary>The list's address and its recovery code: a new edit link (the old one stops), a new recovery code, and a deleted list back.</summary>
    [HttpPost(SitePaths.RecoverList)]
    [EnableRateLimiting(Policies.ListRecovery)]
    public async Task<IActionResult> RecoverPost([FromForm] string? list, [FromForm] string? recoveryCode, CancellationToken cancellationToken)
    {
        var recovered = await access.RecoverAsync(list, recoveryCode, cancellationToken);
        if (recovered is null)
        {
            guessing.Missed(HttpContext);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var problem = ListSecrets.CodeIn(list) is null
                ? new FormProblem("That is not a list's address or code. It looks like /lists/ followed by 7 letters and digits.")
                : new FormProblem("That recovery code does not match this list, or the list was removed. Check the code and try again.");
            return View(ListViewsAt.Path("Recover"), CounselorListPages.Recover(list, problem, text));
        }
        TempData[ListEditorController.RecoveryCodeKey] = recovered.RecoveryCode;
        CurrentListCookie.Remember(HttpContext, recovered.List.PublicCode, recovered.Token);
        return new SeeOtherResult(SitePaths.EditList(recovered.List.PublicCode, recovered.Token) + "?newlink=1");
    }

    /// <summary>The status code pages explain that this link cannot change the list.</summary>
    internal static StatusCodeResult Forbidden(ControllerBase controller) => controller.StatusCode(StatusCodes.Status403Forbidden);
}
