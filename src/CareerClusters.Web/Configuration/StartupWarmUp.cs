using CareerClusters.Web.Content;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// What every first request needs and that needs no content, done on the second core while the first one loads the
/// content: MVC's controllers, actions and routes (found by reflection) and EF Core's model of a content database.
/// Without it the first visitor after a start waited for them (docs/performance.md, start-up).
/// </summary>
internal static class StartupWarmUp
{
    public static Task WarmUpBesideTheContentLoad(this WebApplication app) => Task.Run(() =>
    {
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints;
        }
        app.Services.GetRequiredService<ContentStore>().BuildDatabaseModel();
    });
}
