using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
        var pending = await PendingMigrationsAsync(db);
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

    /// <summary>
    /// The migrations a database still lacks. The history table is made first (if missing): reading a history table
    /// that is not there yet works, but EF Core logs the failed query as an error, which on a first start would alarm.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(UserDataDbContext db, CancellationToken cancellationToken = default)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }
}
