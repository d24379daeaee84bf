using System.Security.Claims;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Admin;

public sealed record AdminStatusViewModel(
    PageMeta Meta,
    string ContentPath,
    ContentGeneration? Generation,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<ReloadAttempt> RecentReloads) : IPageViewModel;

public sealed record SignInViewModel(PageMeta Meta, string? Error, string? ReturnUrl) : IPageViewModel;

/// <summary>The protected content status page. Off (404) unless an admin password hash is configured.</summary>
[Authorize(AuthenticationSchemes = CookieAuthenticationDefaults.AuthenticationScheme)]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AdminController(ContentStore store, IOptions<AdminOptions> options) : Controller
{
    [HttpGet(SitePaths.Admin)]
    public IActionResult Index()
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        var meta = new PageMeta("Content status", "The state of the site's content.", SitePaths.Admin, [new Crumb("Home", SitePaths.Home), new Crumb("Content status")], NoIndex: true);
        return View(new AdminStatusViewModel(meta, store.ContentPath, store.Current, store.Problems, store.History.Recent));
    }

    [HttpPost(SitePaths.AdminReload)]
    public async Task<IActionResult> Reload(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        await store.LoadAsync("admin: reload now", cancellationToken);
        return Redirect(SitePaths.Admin);
    }

    [AllowAnonymous]
    [HttpGet(SitePaths.AdminSignIn)]
    public IActionResult SignIn(string? returnUrl) =>
        options.Value.Enabled ? View(SignInModel(null, returnUrl)) : NotFound();

    [AllowAnonymous]
    [HttpPost(SitePaths.AdminSignIn)]
    [EnableRateLimiting(Policies.AdminSignIn)]
    public async Task<IActionResult> SignIn([FromForm] string? password, [FromForm] string? returnUrl)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(password) || !AdminPassword.Verify(options.Value.PasswordHash, password))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(SignInModel("That password is not right.", returnUrl));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Redirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(SitePaths.Admin, StringComparison.Ordinal) ? returnUrl : SitePaths.Admin);
    }

    [HttpPost(SitePaths.AdminSignOut)]
    public async Task<IActionResult> SignOutAdmin()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }

    private static SignInViewModel SignInModel(string? error, string? returnUrl) =>
        new(new PageMeta("Admin sign-in", "Sign in to see the content status.", SitePaths.AdminSignIn, [new Crumb("Home", SitePaths.Home), new Crumb("Admin sign-in")], NoIndex: true), error, returnUrl);
}
