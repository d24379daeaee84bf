using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Crosswalk;
using CareerClusters.Web.Features.Guides;
using CareerClusters.Web.Features.Home;
using CareerClusters.Web.Features.Lists;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Sitemap;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Web.Configuration;

internal static class FeatureServices
{
    /// <summary>One query class per feature, over the request's content database.</summary>
    internal static void AddFeatureQueries(this IServiceCollection services)
    {
        services.AddScoped<HomeQueries>();
        services.AddScoped<ClusterQueries>();
        services.AddScoped<CrosswalkQueries>();
        services.AddScoped<OccupationQueries>();
        services.AddScoped<GuideQueries>();
        services.AddScoped<RedirectQueries>();
        services.AddScoped<PageQueries>();
        services.AddScoped<SearchEngine>();
        services.AddStudentFeatures();
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
