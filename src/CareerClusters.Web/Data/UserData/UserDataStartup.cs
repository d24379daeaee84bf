using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data.UserData;

public static class UserDataStartup
{
    public const string MigrateAtStartUpSetting = "UserData:MigrateAtStartUp";

    /// <summary>
    /// Brings the user-data database up to the current schema before the site takes requests, and before the host
    /// starts and reads the data-protection keys kept in it. Migrations only add to what is there, so an upgrade keeps
    /// every list. EF Core locks the database while it migrates, so replicas starting together take turns and the
    /// later ones find nothing left to do. With UserData:MigrateAtStartUp=false (an operator who runs `migrate` as a
    /// deploy step) a database that is behind stops the start-up instead. A failure stops the start-up rather than
    /// serve without the saved data.
    /// </summary>
    public static async Task MigrateUserDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        var provider = scope.ServiceProvider.GetRequiredService<UserDataProvider>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count == 0)
        {
            return;
        }
        if (!app.Configuration.GetValue(MigrateAtStartUpSetting, true))
        {
            throw new InvalidOperationException(
                $"The user data ({provider.Name}, {provider.Target}) lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and " +
                $"{MigrateAtStartUpSetting} is false: run the `migrate` command first.");
        }
        app.Logger.LogInformation("Applying {Count} user-data migration(s) to {Provider} {Target}: {Migrations}",
            pending.Count, provider.Name, provider.Target, string.Join(", ", pending));
        await db.Database.MigrateAsync();
    }
}
