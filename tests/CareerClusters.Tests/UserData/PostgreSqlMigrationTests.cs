using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.UserData;

/// <summary>The user data on a real PostgreSQL server: the schema by migrations, applied once even when replicas start together.</summary>
public sealed class PostgreSqlMigrationTests : IDisposable
{
    private readonly PostgreSqlUserDataStore _store = new();
    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        _store.Dispose();
    }

    private SiteFactory Site(IReadOnlyDictionary<string, string>? more = null)
    {
        var site = new SiteFactory(TestPaths.TestContent, _store.With(new Dictionary<string, string>(more ?? new Dictionary<string, string>())
        {
            ["Content:WatchForChanges"] = "false",
        }));
        _sites.Add(site);
        return site;
    }

    private static async Task<(Type Context, int Keys, IReadOnlyList<string> Applied, IReadOnlyList<string> Known)> UserDataOf(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        return (db.GetType(), await db.DataProtectionKeys.CountAsync(), [.. await db.Database.GetAppliedMigrationsAsync()], [.. db.Database.GetMigrations()]);
    }

    [Fact]
    public async Task ABrandNewDatabase_GetsEveryPostgreSqlMigration_AndAKeyIsStoredAtStartUp()
    {
        var site = Site();
        using var client = site.CreatePlainClient();

        var (context, keys, applied, known) = await UserDataOf(site);

        Assert.Equal(typeof(PostgreSqlUserDataDbContext), context);
        Assert.Equal(1, keys);
        Assert.NotEmpty(known);
        Assert.Equal(known, applied);
    }

    [Fact]
    public async Task ThreeReplicasStartingTogether_OnAnEmptyDatabase_AllStart_AndTheSchemaIsMadeOnce()
    {
        var sites = Enumerable.Range(0, 3).Select(_ => Site()).ToList();

        // Each factory starts its site on first use: all three at once, over one empty database.
        await Task.WhenAll(sites.Select(site => Task.Run(() => site.CreatePlainClient().Dispose())));

        foreach (var site in sites)
        {
            var (_, _, applied, known) = await UserDataOf(site);
            Assert.Equal(known, applied);
            using var client = site.CreatePlainClient();
            using var home = await client.GetAsync(new Uri("/lists/new", UriKind.Relative));
            Assert.True(home.IsSuccessStatusCode, $"/lists/new answered {(int)home.StatusCode}");
        }
    }

    [Fact]
    public async Task TheMigrateCommand_BringsTheDatabaseUpToDate_AndASecondRunHasNothingToDo()
    {
        string[] args = [$"--UserData:Provider=PostgreSQL", $"--UserData:ConnectionString={_store.ConnectionString}"];
        using var first = new StringWriter();
        using var second = new StringWriter();

        Assert.Equal(0, await UserDataCommands.MigrateAsync(args, first));
        Assert.Equal(0, await UserDataCommands.MigrateAsync(args, second));

        Assert.Contains("Applied", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("InitialUserData", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("is up to date", second.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Password", first.ToString() + second.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithMigrationAtStartUpOff_ADatabaseThatIsBehind_StopsTheStartUp_UntilMigrateRuns()
    {
        var off = new Dictionary<string, string> { [UserDataStartup.MigrateAtStartUpSetting] = "false" };

        var failure = Assert.ThrowsAny<Exception>(() => Site(off).CreatePlainClient());
        Assert.Contains("run the `migrate` command", failure.ToString(), StringComparison.Ordinal);

        await UserDataCommands.MigrateAsync([$"--UserData:Provider=PostgreSQL", $"--UserData:ConnectionString={_store.ConnectionString}"], TextWriter.Null);
        using var client = Site(off).CreatePlainClient();
        using var page = await client.GetAsync(new Uri("/lists/new", UriKind.Relative));
        Assert.True(page.IsSuccessStatusCode);
    }
}
