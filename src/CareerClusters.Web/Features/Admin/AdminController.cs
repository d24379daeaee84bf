using System.Security.Claims;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using CareerClusters.Web.Configuration;
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
    [HttpGet("/admin")]
    public IActionResult Index()
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        var meta = new PageMeta("Content status", "The state of the site's content.", "/admin", [new Crumb("Home", "/"), new Crumb("Content status")], NoIndex: true);
        return View(new AdminStatusViewModel(meta, store.ContentPath, store.Current, store.Problems, store.History.Recent));
    }

    [HttpPost("/admin/reload")]
    public async Task<IActionResult> Reload(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        await store.LoadAsync("admin: reload now", cancellationToken);
        return Redirect("/admin");
    }

    [AllowAnonymous]
    [HttpGet("/admin/sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        options.Value.Enabled ? View(SignInModel(null, returnUrl)) : NotFound();

    [AllowAnonymous]
    [HttpPost("/admin/sign-in")]
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
        return Redirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/admin", StringComparison.Ordinal) ? returnUrl : "/admin");
    }

    [HttpPost("/admin/sign-out")]
    public async Task<IActionResult> SignOutAdmin()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }

    private static SignInViewModel SignInModel(string? error, string? returnUrl) =>
        new(new PageMeta("Admin sign-in", "Sign in to see the content status.", "/admin/sign-in", [new Crumb("Home", "/"), new Crumb("Admin sign-in")], NoIndex: true), error, returnUrl);
}
