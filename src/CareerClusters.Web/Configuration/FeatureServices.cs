using CareerClusters.Web.Features.Lists;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Sitemap;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Configuration;

internal static class FeatureServices
{
    /// <summary>
    /// Every feature's query classes, over the request's content database: each class in Features/ whose name ends in
    /// "Queries", found by name, so a new feature's queries need no line here. The search engine is one more.
    /// </summary>
    internal static void AddFeatureQueries(this IServiceCollection services)
    {
        var queries = typeof(FeatureServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false } && t.Name.EndsWith("Queries", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("CareerClusters.Web.Features.", StringComparison.Ordinal) == true);
        foreach (var type in queries)
        {
            services.AddScoped(type);
        }
        services.AddScoped<SearchEngine>();
        services.AddSharing();
    }

    /// <summary>The pages a QR code may be made for; each kind of shareable page adds its own check.</summary>
    private static void AddSharing(this IServiceCollection services)
    {
        services.AddScoped<IShareablePages, ContentPagesToShare>();
        services.AddScoped<IShareablePages, SurveyResultsToShare>();
        services.AddScoped<IShareablePages, ListsToShare>();
    }
}
