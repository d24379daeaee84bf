using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data.UserData;

/// <summary>
/// The database engine that holds the user data (<c>UserData:Provider</c>) and how to reach it
/// (<c>UserData:ConnectionString</c>). This is the one place that knows: another EF Core provider is one more case in
/// <see cref="FromConfiguration"/>, with its own migrations, and nothing else in the site changes.
/// </summary>
public sealed class UserDataProvider
{
    public const string ProviderSetting = "UserData:Provider";
    public const string ConnectionStringSetting = "UserData:ConnectionString";
    public const string Sqlite = "Sqlite";

    private readonly Action<DbContextOptionsBuilder> _configure;

    private UserDataProvider(string name, string migrationsAssembly, Action<DbContextOptionsBuilder> configure)
    {
        Name = name;
        MigrationsAssembly = migrationsAssembly;
        _configure = configure;
    }

    public string Name { get; }

    /// <summary>
    /// Where this provider's migrations are. Each provider needs its own (column types differ), and EF Core finds a
    /// context's migrations by assembly: SQLite's are this project's Data/UserData/Migrations; a second provider's go
    /// in an assembly of their own.
    /// </summary>
    public string MigrationsAssembly { get; }

    /// <summary>Reads the settings; an unknown provider stops the start-up with a message naming the setting.</summary>
    public static UserDataProvider FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        string name = configuration[ProviderSetting] is { Length: > 0 } configured ? configured : Sqlite;
        string? connectionString = configuration[ConnectionStringSetting];
        if (string.Equals(name, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return ForSqlite(connectionString ?? "Data Source=App_Data/user-data.db", contentRootPath);
        }
        throw new InvalidOperationException(
            $"{ProviderSetting} is \"{name}\", which is not a user-data provider this site knows. Known providers: {Sqlite}.");
    }

    /// <summary>Points a context's options at the user-data database.</summary>
    public void Configure(DbContextOptionsBuilder options) => _configure(options);

    private static UserDataProvider ForSqlite(string connectionString, string contentRootPath)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        // A relative file is relative to the app's content root, like Content:DatabaseDirectory.
        sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        string resolved = sqlite.ToString();
        string migrations = typeof(UserDataDbContext).Assembly.FullName!;
        return new UserDataProvider(Sqlite, migrations,
            options => options.UseSqlite(resolved, sqlite => sqlite.MigrationsAssembly(migrations)));
    }
}
