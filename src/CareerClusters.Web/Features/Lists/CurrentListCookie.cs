using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// The list this browser last edited, so "Add to list" knows where to add: one cookie, "code.token", sent only to the
/// lists' addresses. It carries the edit token, so scripts cannot read it (HttpOnly).
/// </summary>
public static class CurrentListCookie
{
    public const string Name = "cc_list";

    /// <summary>The code and token the cookie names, or null when there is none; whether the token still edits the list is the caller's check.</summary>
    public static (string Code, string Token)? Read(HttpRequest request)
    {
        string? value = request.Cookies[Name];
        int dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0)
        {
            return null;
        }
        return (value![..dot], value[(dot + 1)..]);
    }

    /// <summary>Keeps the list for about a year.</summary>
    public static void Remember(HttpContext context, string code, string token) =>
        context.Response.Cookies.Append(Name, $"{code}.{token}", new CookieOptions
        {
            Path = SitePaths.Lists,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });

    public static void Forget(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = SitePaths.Lists });
}
