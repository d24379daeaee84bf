using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CareerClusters.Tests.UserData;

/// <summary>UserData:Provider: SQLite by default, with the file where it always was; anything else stops the start-up.</summary>
public sealed class UserDataProviderTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "cc-root-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => TestPaths.DeleteDirectory(_contentRoot);

    private UserDataProvider Provider(Dictionary<string, string?> settings) =>
        UserDataProvider.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _contentRoot);

    private static string ConnectionStringOf(UserDataProvider provider)
    {
        var options = new DbContextOptionsBuilder<UserDataDbContext>();
        provider.Configure(options);
        using var db = new UserDataDbContext(options.Options);
        return db.Database.GetConnectionString()!;
    }

    [Fact]
    public void WithNoSettings_ItIsSqlite_InAppDataUnderTheContentRoot()
    {
        var provider = Provider([]);

        Assert.Equal(UserDataProvider.Sqlite, provider.Name);
        Assert.Equal($"Data Source={Path.Combine(_contentRoot, "App_Data", "user-data.db")}", ConnectionStringOf(provider));
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "App_Data")));
        Assert.Equal(typeof(UserDataDbContext).Assembly.FullName, provider.MigrationsAssembly);
    }

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
