using System.Security.Claims;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Admin;

public sealed record AdminStatusViewModel(
    PageMeta Meta,
    string ContentPath,
    ContentGeneration? Generation,
    IReadOnlyList<ContentProblem> Problems,
    PendingEdits Pending,
    IReadOnlyList<ReloadAttempt> RecentReloads,
    SiteTimeZone TimeZone) : IPageViewModel
{
    /// <summary>The district's own folder (Content:LocalPath), or null when the site has none.</summary>
    public string? LocalPath { get; init; }

    /// <summary>The server that answered: with several replicas behind one address, each shows its own name and generation.</summary>
    public string Host { get; init; } = Environment.MachineName;

    /// <summary>Where the saved lists and classes are: the provider and its file or server (never a password).</summary>
    public string UserData { get; init; } = "";
}

/// <summary>Why a sign-in was refused, for the page's wording.</summary>
public enum SignInRefusal
{
    None,
    /// <summary>A wrong password; <see cref="SignInViewModel.Wait"/> says how long the next wrong one must wait (zero: none).</summary>
    WrongPassword,
    /// <summary>A wrong password during the wait after several wrong ones: not checked against the count again.</summary>
    Waiting,
    /// <summary>Too many attempts from the address this hour: even the right password waits.</summary>
    TooManyAttempts,
}

public sealed record SignInViewModel(PageMeta Meta, SignInRefusal Refusal, TimeSpan Wait, string? ReturnUrl) : IPageViewModel;

/// <summary>The protected content status page. Off (404) unless an admin password hash is configured.</summary>
[Authorize(AuthenticationSchemes = CookieAuthenticationDefaults.AuthenticationScheme)]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AdminController(ContentStore store, IOptions<AdminOptions> options, SignInThrottle throttle, SiteTimeZone timeZone, UserDataProvider userData) : Controller
{
    [HttpGet(SitePaths.Admin)]
    public IActionResult Index()
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        var meta = new PageMeta("Content status", "The state of the site's content.", SitePaths.Admin, [new Crumb("Home", SitePaths.Home), new Crumb("Content status")], NoIndex: true);
        return View(new AdminStatusViewModel(meta, store.ContentPath, store.Current, store.Problems, store.Pending, store.History.Recent, timeZone) {
            LocalPath = store.LocalPath,
            UserData = $"{userData.Name}: {userData.Target}",
        });
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
        options.Value.Enabled ? View(SignInModel(SignInRefusal.None, TimeSpan.Zero, returnUrl)) : NotFound();

    [AllowAnonymous]
    [HttpPost(SitePaths.AdminSignIn)]
    public async Task<IActionResult> SignIn([FromForm] string? password, [FromForm] string? returnUrl)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }
        // Wrong passwords slow down only further wrong ones: the right password signs in unless the address made
        // an unreasonable number of attempts this hour (SignInThrottle, counted in the shared user-data database).
        // No cancellation from the client: a request dropped half-way must still leave its outcome counted.
        string address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var gate = await throttle.BeginAsync(address);
        if (gate.TooMany)
        {
            return Refused(StatusCodes.Status429TooManyRequests, SignInRefusal.TooManyAttempts, gate.Wait, returnUrl);
        }
        if (string.IsNullOrEmpty(password) || !AdminPassword.Verify(options.Value.PasswordHash, password))
        {
            return gate.Wait > TimeSpan.Zero
                ? Refused(StatusCodes.Status429TooManyRequests, SignInRefusal.Waiting, gate.Wait, returnUrl)
                : Refused(StatusCodes.Status401Unauthorized, SignInRefusal.WrongPassword, await throttle.FailedAsync(address, gate.Attempt), returnUrl);
        }
        await throttle.SucceededAsync(gate.Attempt);
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

    private ViewResult Refused(int status, SignInRefusal refusal, TimeSpan wait, string? returnUrl)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return View(SignInModel(refusal, wait, returnUrl));
    }

    private static SignInViewModel SignInModel(SignInRefusal refusal, TimeSpan wait, string? returnUrl) =>
        new(new PageMeta("Admin sign-in", "Sign in to see the content status.", SitePaths.AdminSignIn, [new Crumb("Home", SitePaths.Home), new Crumb("Admin sign-in")], NoIndex: true),
            refusal, wait, returnUrl);
}
