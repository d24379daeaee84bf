using System.Text.RegularExpressions;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The latest survey result taken in this browser, kept only there as one cookie (<c>code~plan~slug.slug.slug</c>):
/// the result link's code, the education plan chosen (empty for none) and the top clusters' slugs, so the survey page
/// and "My clusters" can say "Your last result: …" and link to it. Nothing about it is stored on the server.
/// </summary>
public sealed partial record LastSurveyResult(string Code, string? PlanKey, IReadOnlyList<string> TopSlugs)
{
    public const string CookieName = "cc_survey";

    /// <summary>How long the browser keeps it: a school year and then some, like the shortlist.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private const int MaxLength = 600;

    private const int MaxClusters = 3;

    private static readonly object ItemsKey = new();

    /// <summary>The result's own link.</summary>
    public string Path => SitePaths.SurveyResult(Code, PlanKey);

    public IReadOnlyList<ClusterKey> TopClusters => TopSlugs.Select(ClusterKey.Sixteen).ToList();

    public string Serialize() => $"{Code}~{PlanKey}~{string.Join('.', TopSlugs)}";

    /// <summary>Reads a cookie value strictly: anything that is not the shape the site writes is no result.</summary>
    public static LastSurveyResult? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return null;
        }
        string[] parts = value.Split('~');
        if (parts.Length != 3 || !CodeShape().IsMatch(parts[0]) || (parts[1].Length > 0 && !Slugs.Pattern().IsMatch(parts[1])) || parts[1].Length > 40)
        {
            return null;
        }
        var slugs = parts[2].Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (slugs.Length is 0 or > MaxClusters || slugs.Any(s => s.Length > 100 || !Slugs.Pattern().IsMatch(s)))
        {
            return null;
        }
        return new LastSurveyResult(parts[0], parts[1].Length == 0 ? null : parts[1], slugs.Distinct().ToList());
    }

    /// <summary>The result in this request's cookie (read once per request), or null.</summary>
    public static LastSurveyResult? Current(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemsKey, out var cached))
        {
            return cached as LastSurveyResult;
        }
        var result = Parse(context.Request.Cookies[CookieName]);
        context.Items[ItemsKey] = result;
        return result;
    }

    /// <summary>Whether this request carries a result to show (pages that show one are then drawn for this visitor alone).</summary>
    public static bool IsIn(HttpContext context) => Current(context) is not null;

    /// <summary>Keeps the result in the browser, in place of any earlier one.</summary>
    public void Save(HttpContext context)
    {
        var options = Options(context);
        options.MaxAge = Lifetime;
        context.Response.Cookies.Append(CookieName, Serialize(), options);
        context.Items[ItemsKey] = this;
    }

    /// <summary>Removes the remembered result from the browser ("Forget it").</summary>
    public static void Forget(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, Options(context));
        context.Items[ItemsKey] = null;
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        Path = "/",
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
    };

    /// <summary>A result code as the survey writes it: a six-character version, a hyphen and the answers in base64url.</summary>
    [GeneratedRegex("^[a-z2-7]{6}-[A-Za-z0-9_-]{1,400}$")]
    private static partial Regex CodeShape();
}
