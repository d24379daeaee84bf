namespace CareerClusters.Web.Configuration;

/// <summary>Every service the site uses, one concern per file in Configuration/; this class is their table of contents.</summary>
public static class ServiceRegistration
{
    public static WebApplicationBuilder AddCareerClustersServices(this WebApplicationBuilder builder)
    {
        builder.AddSiteHosts();
        builder.AddContent();
        builder.AddUserData();
        builder.AddClassBoards();
        builder.Services.AddSharedDataProtectionKeys();
        builder.AddPageCaching();
        builder.Services.AddResponseCompressionOfPages();
        builder.Services.AddFeatureQueries();
        builder.AddAdminSignIn();
        builder.AddRateLimits();
        builder.AddOpenDataApi();
        builder.Services.AddViews();
        builder.Services.AddSiteLocalization();
        // MapStaticAssets serves fingerprinted, precompressed files. A build's output (tests, benchmarks, `dotnet run`
        // outside Development) keeps the compressed copies under obj/: this manifest points there. A published app has
        // no such manifest and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}
