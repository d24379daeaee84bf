using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The state a student picked, kept only in their browser: one cookie, <c>cc_state</c>, holding a USPS code ("TX").
/// Nothing is stored on the server. Job pages are cached per state (the output cache policy <see cref="Policies.JobPages"/>),
/// so a page with Texas's links is never shown to a student who picked Ohio, or none.
/// </summary>
public static class MyState
{
    public const string CookieName = "cc_state";

    /// <summary>The code in the request's cookie, in capitals, when it is a known code; otherwise null (no state).</summary>
    public static string? Code(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out string? value) ? StateCodes.Normalize(value) : null;

    /// <summary>Keeps the choice in the browser for a year (SameSite=Lax, so it comes along when a student follows a link here).</summary>
    public static void Remember(HttpContext context, string code) =>
        context.Response.Cookies.Append(CookieName, code, Options(context, TimeSpan.FromDays(365)));

    /// <summary>"Forget my state": the cookie is removed.</summary>
    public static void Forget(HttpContext context) =>
        context.Response.Cookies.Delete(CookieName, Options(context, null));

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        Path = "/",
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        MaxAge = maxAge,
    };
}
