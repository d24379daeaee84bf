using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.UserData;

/// <summary>The user-data database at start-up: a new one gets every migration, an old one is upgraded, and both hold the keys.</summary>
public sealed class UserDataMigrationTests : IDisposable
{
    private const string FirstMigration = "20261125012612_InitialLists";
    private readonly string _userData = Path.Combine(Path.GetTempPath(), "cc-userdata-" + Guid.NewGuid().ToString("N"));
    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        TestPaths.DeleteDirectory(_userData);
    }

    private string ConnectionString => $"Data Source={Path.Combine(_userData, "lists.db")};Pooling=False";

    private SiteFactory Site()
    {
        var site = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string>
        {
            [UserDataProvider.ConnectionStringSetting] = ConnectionString,
            ["Content:WatchForChanges"] = "false",
        });
        _sites.Add(site);
        return site;
    }

    private static async Task<(int Keys, IReadOnlyList<string> Applied, IReadOnlyList<string> Known)> UserDataOf(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        return (await db.DataProtectionKeys.CountAsync(), [.. await db.Database.GetAppliedMigrationsAsync()], [.. db.Database.GetMigrations()]);
    }

    [Fact]
    public void EveryModelChange_HasAMigration_ForEachProvider()
    {
        using var sqlite = new UserDataDbContext(new DbContextOptionsBuilder<UserDataDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgreSqlUserDataDbContext(new DbContextOptionsBuilder<PostgreSqlUserDataDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges(),
            "The user-data model changed without an SQLite migration: in src/CareerClusters.Web run " +
            "dotnet ef migrations add NAME --context UserDataDbContext --output-dir Data/UserData/Migrations");
        Assert.False(postgres.Database.HasPendingModelChanges(),
            "The user-data model changed without a PostgreSQL migration: in src/CareerClusters.Web run " +
            "dotnet ef migrations add NAME --context PostgreSqlUserDataDbContext --output-dir Data/UserData/PostgreSqlMigrations");
    }

    [Fact]
    public async Task ABrandNewDatabase_GetsEveryMigration_AndAKeyIsStoredAtStartUp()
    {
        var site = Site();
        using var client = site.CreatePlainClient();

        // ASP.NET Core's data-protection hosted service makes the key ring in the background once the server starts:
        // on a busy machine the first look can come before the key is written.
        var (keys, applied, known) = await UserDataOf(site);
        for (int waited = 0; keys == 0 && waited < 100; waited++)
        {
            await Task.Delay(100);
            (keys, applied, known) = await UserDataOf(site);
        }

        Assert.Equal(1, keys);
        Assert.Equal(known, applied);
        Assert.Contains(known, m => m.EndsWith("_DataProtectionKeys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADatabaseWithOnlyTheFirstMigration_IsUpgraded_AndKeepsItsLists()
    {
        Directory.CreateDirectory(_userData);
        var options = new DbContextOptionsBuilder<UserDataDbContext>().UseSqlite(ConnectionString).Options;
        await using (var old = new UserDataDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(FirstMigration);
            // Written as the first schema had it (today's model has columns that schema lacks).
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO Lists (PublicCode, EditTokenHash, Title, Introduction, CreatedAt, UpdatedAt) VALUES ('abcdefg', " +
                "'0000000000000000000000000000000000000000000000000000000000000000', 'Made before the upgrade', '', '2026-01-05 10:00:00+00:00', '2026-01-05 10:00:00+00:00');" +
                "INSERT INTO ListItems (ListId, Position, Path, Title, Note) VALUES (last_insert_rowid(), 0, '/clusters/health-science', 'Health Science', 'Still here');");
        }

        var site = Site();
        DateTimeOffset visitedAfterUpgrade;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var upgraded = await scope.ServiceProvider.GetRequiredService<UserDataDbContext>().Lists.SingleAsync();
            visitedAfterUpgrade = upgraded.LastVisitedAt;
            Assert.Null(upgraded.DeletedAt);
            Assert.Null(upgraded.RecoveryCodeHash);
        }
        var list = await site.GetDocumentAsync("/lists/abcdefg");
        var (keys, applied, known) = await UserDataOf(site);

        Assert.Equal("Made before the upgrade", list.QuerySelector("h1")!.TextContent);
        Assert.Contains("Still here", list.QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(known, applied);
        Assert.Equal(1, keys);
        // The upgrade counts a list as visited when it was last changed, so the clean-up of unvisited lists starts from there.
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), visitedAfterUpgrade);
    }
}
