using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Localization;

namespace CareerClusters.Web.Configuration;

internal static class LocalizationServices
{
    /// <summary>
    /// ASP.NET Core localization: page text from resource files under Resources/ (the English text is the key, so
    /// English needs none), and each request's culture from its address (<see cref="AddressCultureProvider"/>).
    /// </summary>
    internal static void AddSiteLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Letters such as "í" and "ñ" are written as they are, not as "&#xED;" (the encoder still escapes <, >, &, quotes).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // The views' localizer puts the request's language on the site addresses a sentence links (LanguageLinks).
        services.AddTransient<Microsoft.AspNetCore.Mvc.Localization.ViewLocalizer>();
        services.AddTransient<Microsoft.AspNetCore.Mvc.Localization.IViewLocalizer, LanguageAwareViewLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SiteCultures.Default);
            options.AddSupportedCultures([.. SiteCultures.All]);
            options.AddSupportedUICultures([.. SiteCultures.All]);
            // The language is part of the address (a printed link shows the page in its language), never a browser
            // setting or a cookie: the output cache and ETags can then key a page by its address. A browser that
            // prefers Spanish is only offered the Spanish page (LanguageChoice).
            // The open data API has one address in every language: there lang= or Accept-Language picks it (ApiCultureProvider).
            options.RequestCultureProviders = [new AddressCultureProvider(), new ApiCultureProvider()];
        });
    }
}

/// <summary>The culture named by an address's first segment ("/es/clusters"); none (the default) for every other address.</summary>
internal sealed class AddressCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(SitePaths.CultureOf(httpContext.Request.PathBase + httpContext.Request.Path) is { } culture
            ? new ProviderCultureResult(culture)
            : null);
}

/// <summary>
/// The language of an answer of the open data API: <c>lang=</c> when it names a language of the site, else the first
/// language of Accept-Language that the site has (highest q first), else none (English). A <c>lang</c> that names no
/// language is answered with a 400 by the API itself (ApiParametersAttribute).
/// </summary>
internal sealed class ApiCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (!SitePaths.IsApiV1(request.Path))
        {
            return Task.FromResult<ProviderCultureResult?>(null);
        }
        var lang = request.Query[CareerClusters.Web.Features.Shared.Api.ApiParametersAttribute.Lang];
        string? culture = lang.Count == 1 && SiteCultures.IsKnown(lang[0]) ? lang[0]
            : lang.Count == 0 && Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages) ? BestOf(languages)
            : null;
        return Task.FromResult(culture is null || culture == SiteCultures.Default ? null : new ProviderCultureResult(culture));
    }

    /// <summary>The site's language the header ranks highest (a q of 0 refuses one), or null.</summary>
    private static string? BestOf(IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> languages) =>
        languages
            .Select((value, index) => (Language: value.Value.Value?.Split('-', 2)[0].ToLowerInvariant(), Quality: value.Quality ?? 1, index))
            .Where(l => l.Quality > 0 && SiteCultures.IsKnown(l.Language))
            .OrderByDescending(l => l.Quality).ThenBy(l => l.index)
            .Select(l => l.Language)
            .FirstOrDefault();
}
