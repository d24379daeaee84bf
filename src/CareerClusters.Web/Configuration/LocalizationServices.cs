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
            options.RequestCultureProviders = [new AddressCultureProvider()];
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
