using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Languages;

/// <summary>
/// The language offer's answer (LanguageChoice): "Sí, en español" or "No, gracias" is remembered in a cookie, and the
/// reader goes back to the page in the language chosen. A form post, so it works without JavaScript.
/// </summary>
[SameSiteFormPost]
public sealed class LanguageController : Controller
{
    /// <param name="language">The language chosen: one of the site's.</param>
    /// <param name="page">The page the offer was on (its English address, with its query): where the reader goes next.</param>
    [HttpPost(SitePaths.LanguageChoice)]
    public IActionResult Choose([FromForm] string? language, [FromForm] string? page)
    {
        if (!SiteCultures.IsKnown(language))
        {
            return BadRequest();
        }
        LanguageChoice.Remember(HttpContext, language!);
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        // Only a page of this site that answers in every language: never another site (an open redirect).
        string back = page is { Length: > 0 } && page[0] == '/' && !page.StartsWith("//", StringComparison.Ordinal) && !page.Contains('\\', StringComparison.Ordinal)
            && SitePaths.HasLanguageVersion(page) && SitePaths.CultureOf(page) is null
            ? page
            : SitePaths.Home;
        return new SeeOtherResult(SitePaths.InLanguage(back, language!));
    }
}
