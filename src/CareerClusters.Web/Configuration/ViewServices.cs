using Microsoft.AspNetCore.Mvc.Razor;

namespace CareerClusters.Web.Configuration;

internal static class ViewServices
{
    /// <summary>MVC with views beside their controllers, in Features/&lt;Name&gt;/.</summary>
    internal static void AddViews(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            options.Conventions.Add(new HeadOnEveryGetRoute());
            options.Filters.Add<HttpCacheHeadersFilter>();
        }).AddViewLocalization();
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddRouting(options => options.LowercaseUrls = true);
    }
}
