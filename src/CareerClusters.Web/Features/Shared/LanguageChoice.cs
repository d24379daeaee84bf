using System.Globalization;
using CareerClusters.Web.Data;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerClusters.Web.Features.Shared;

/// <summary>The offer to read a page in another language (<c>_LanguageOffer.cshtml</c>): the language, and the page's English address with its query.</summary>
public sealed record LanguageOffer(string Language, string Page);

/// <summary>
/// The one-line offer on an English page to a browser whose first language is Spanish: "read this page in Spanish?".
/// Never a redirect (the address decides the language). Either answer is remembered in the cookie <c>cc_lang</c>
/// (a language code, HttpOnly, a year), and a browser that has answered is not asked again. Pages are cached per
/// <see cref="OfferFor"/>: one of two values, never the raw header, so one visitor's offer never reaches another.
/// </summary>
public static class LanguageChoice
{
    public const string CookieName = "cc_lang";

    /// <summary>The language the browser chose, or null when it has not answered (or the cookie names no language of the site).</summary>
    public static string? Chosen(HttpContext context) =>
        context.Request.Cookies[CookieName] is { } value && SiteCultures.IsKnown(value) ? value : null;

    /// <summary>
    /// The language this request's page offers: the browser's first language when it is one of the site's others, the
    /// page is an English page a student or family sees, and the browser has not answered the offer; else null.
    /// </summary>
    public static string? OfferFor(HttpContext context)
    {
        if (SiteCultures.Current != SiteCultures.Default || !SitePaths.HasLanguageVersion(context.Request.Path.Value ?? "") || Chosen(context) is not null)
        {
            return null;
        }
        return FirstOf(context.Request.Headers.AcceptLanguage) is { } first && first != SiteCultures.Default ? first : null;
    }

    /// <summary>The language a browser ranks first (highest q, then first written), as one of the site's languages; null when that one is none of them.</summary>
    public static string? FirstOf(StringValues acceptLanguage)
    {
        if (StringValues.IsNullOrEmpty(acceptLanguage) || !StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var values) || values.Count == 0)
        {
            return null;
        }
        var first = values.Select((value, index) => (value, index)).OrderByDescending(v => v.value.Quality ?? 1).ThenBy(v => v.index).First().value;
        if (first.Quality is <= 0)
        {
            return null;
        }
        string language = first.Value.Value?.Split('-', 2)[0].ToLowerInvariant() ?? "";
        return SiteCultures.IsKnown(language) ? language : null;
    }

    /// <summary>Remembers the browser's answer for a year.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(CookieName, language, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });

    /// <summary>Draws part of a page in another language (the offer is written in the language it offers): the culture until disposed.</summary>
    public static IDisposable Speaking(string language)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return new Restore(before);
    }

    private sealed class Restore(CultureInfo before) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = before;
    }
}
