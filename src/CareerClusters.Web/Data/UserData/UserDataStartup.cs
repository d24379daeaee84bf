using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data.UserData;

public static class UserDataStartup
{
    /// <summary>
    /// Brings the user-data database up to the current schema before the site takes requests, and before the host
    /// starts and reads the data-protection keys kept in it. Migrations only add to what is there, so an upgrade keeps
    /// every list; a failure stops the start-up rather than serve without them.
    /// </summary>
    public static async Task MigrateUserDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            app.Logger.LogInformation("Applying {Count} user-data migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync();
        }
    }
}
