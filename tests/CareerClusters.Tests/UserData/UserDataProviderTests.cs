using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.UserData;

/// <summary>UserData:Provider: SQLite by default, with the file where it always was; PostgreSQL when asked; anything else stops the start-up.</summary>
public sealed class UserDataProviderTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "cc-root-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => TestPaths.DeleteDirectory(_contentRoot);

    private UserDataProvider Provider(Dictionary<string, string?> settings) =>
        UserDataProvider.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _contentRoot);

    private static string ConnectionStringOf(UserDataProvider provider)
    {
        using var db = provider.CreateContext();
        return db.Database.GetConnectionString()!;
    }

    /// <summary>The context the site gets for a UserDataDbContext with this provider registered.</summary>
    private static Type SiteContextTypeOf(UserDataProvider provider)
    {
        var services = new ServiceCollection();
        provider.Register(services);
        using var scope = services.BuildServiceProvider().CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserDataDbContext>().GetType();
    }

    [Fact]
    public void WithNoSettings_ItIsSqlite_InAppDataUnderTheContentRoot()
    {
        var provider = Provider([]);

        Assert.Equal(UserDataProvider.Sqlite, provider.Name);
        Assert.Equal($"Data Source={Path.Combine(_contentRoot, "App_Data", "user-data.db")}", ConnectionStringOf(provider));
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "App_Data")));
        Assert.Equal(typeof(UserDataDbContext), SiteContextTypeOf(provider));
        Assert.True(provider.IsSqlite);
    }

    [Fact]
    public void PostgreSql_UsesItsOwnContextType_ForItsOwnMigrations_AndNamesNoPassword()
    {
        var provider = Provider(new()
        {
            [UserDataProvider.ProviderSetting] = "PostgreSQL",
            [UserDataProvider.ConnectionStringSetting] = "Host=db.example.org;Port=5433;Database=cc;Username=app;Password=very-secret",
        });

        Assert.Equal(UserDataProvider.PostgreSql, provider.Name);
        Assert.Equal(typeof(PostgreSqlUserDataDbContext), SiteContextTypeOf(provider));
        Assert.Equal("db.example.org:5433/cc", provider.Target);
        Assert.DoesNotContain("very-secret", provider.Target, StringComparison.Ordinal);
        using var db = provider.CreateContext();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        // Each provider finds only its own migrations.
        Assert.All(db.Database.GetMigrations(), m => Assert.Contains(m, PostgreSqlMigrations(), StringComparer.Ordinal));
    }

    [Fact]
    public void PostgreSql_WithoutAConnectionString_StopsTheStartUp_NamingTheSetting()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Provider(new() { [UserDataProvider.ProviderSetting] = "PostgreSQL" }));

        Assert.Contains("UserData:ConnectionString", failure.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> PostgreSqlMigrations() => typeof(PostgreSqlUserDataDbContext).Assembly.GetTypes()
        .Where(t => t.Namespace == "CareerClusters.Web.Data.UserData.PostgreSqlMigrations" && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
        .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Cast<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().Single().Id);

    [Fact]
    public void ARelativeSqliteFile_IsUnderTheContentRoot_AndItsOtherKeywordsStay()
    {
        var provider = Provider(new()
        {
            [UserDataProvider.ProviderSetting] = "sqlite",
            [UserDataProvider.ConnectionStringSetting] = "Data Source=lists/saved.db;Pooling=False",
        });

        Assert.Equal($"Data Source={Path.Combine(_contentRoot, "lists", "saved.db")};Pooling=False", ConnectionStringOf(provider));
    }

    [Fact]
    public void AnUnknownProvider_StopsTheStartUp_NamingTheSetting()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Provider(new() { [UserDataProvider.ProviderSetting] = "Oracle" }));

        Assert.Contains("UserData:Provider", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"Oracle\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", failure.Message, StringComparison.Ordinal);
    }
}
