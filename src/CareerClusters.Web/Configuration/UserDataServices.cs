using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Lists;

namespace CareerClusters.Web.Configuration;

internal static class UserDataServices
{
    /// <summary>
    /// What people save (counselors' lists, and their clean-up): its own database, never touched by a content import, on the provider
    /// that UserDataProvider reads from UserData:Provider and UserData:ConnectionString (SQLite by default);
    /// migrations are applied at start-up.
    /// </summary>
    internal static void AddUserData(this WebApplicationBuilder builder)
    {
        var provider = UserDataProvider.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        provider.Register(builder.Services);
        builder.Services.AddSingleton(provider);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ListStore>();
        builder.Services.AddScoped<ListAccess>();
        builder.Services.AddScoped<ListPages>();
        builder.Services.AddSingleton<ListGuessing>();
        // Lists deleted more than 30 days ago, and lists nobody opened for Lists:KeepUnvisitedFor, are removed.
        builder.Services.Configure<ListOptions>(builder.Configuration.GetSection(ListOptions.Section));
        builder.Services.AddScoped<ListCleanup>();
        builder.Services.AddHostedService<ListCleanupService>();
    }
}
