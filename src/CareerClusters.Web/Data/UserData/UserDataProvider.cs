using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerClusters.Web.Data.UserData;

/// <summary>
/// The database engine that holds the user data (<c>UserData:Provider</c>) and how to reach it
/// (<c>UserData:ConnectionString</c>). This is the one place that knows: SQLite, the embedded default that needs no
/// set-up, or PostgreSQL, which several replicas share. Each provider has its own context type for its own
/// migrations; the rest of the site asks for a <see cref="UserDataDbContext"/> and never knows which one it got.
/// </summary>
public sealed class UserDataProvider
{
    public const string ProviderSetting = "UserData:Provider";
    public const string ConnectionStringSetting = "UserData:ConnectionString";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    private readonly Action<IServiceCollection> _register;
    private readonly Func<UserDataDbContext> _create;

    private UserDataProvider(string name, string target, Action<IServiceCollection> register, Func<UserDataDbContext> create)
    {
        Name = name;
        Target = target;
        _register = register;
        _create = create;
    }

    public string Name { get; }

    /// <summary>Where the data is, without any password: a file for SQLite, host, port and database for PostgreSQL.</summary>
    public string Target { get; }

    public bool IsSqlite => Name == Sqlite;

    /// <summary>Reads the settings; an unknown provider, or PostgreSQL without a connection string, stops the start-up with a message naming the setting.</summary>
    public static UserDataProvider FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        string name = configuration[ProviderSetting] is { Length: > 0 } configured ? configured : Sqlite;
        string? connectionString = configuration[ConnectionStringSetting];
        if (string.Equals(name, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return ForSqlite(connectionString ?? "Data Source=App_Data/user-data.db", contentRootPath);
        }
        if (string.Equals(name, PostgreSql, StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"{ProviderSetting} is {PostgreSql}, but {ConnectionStringSetting} is not set. Set it to the database's address, " +
                    "for example \"Host=db.example.org;Port=5432;Database=careerclusters;Username=careerclusters;Password=...\".");
            }
            return ForPostgreSql(connectionString);
        }
        throw new InvalidOperationException(
            $"{ProviderSetting} is \"{name}\", which is not a user-data provider this site knows. Known providers: {Sqlite}, {PostgreSql}.");
    }

    /// <summary>Registers <see cref="UserDataDbContext"/> (this provider's own context type behind it) for the site.</summary>
    public void Register(IServiceCollection services) => _register(services);

    /// <summary>A context outside the site, for the commands (`migrate`, `backup-user-data`).</summary>
    public UserDataDbContext CreateContext() => _create();

    private static UserDataProvider ForSqlite(string connectionString, string contentRootPath)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        // A relative file is relative to the app's content root, like Content:DatabaseDirectory.
        sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        string resolved = sqlite.ToString();
        void Configure(DbContextOptionsBuilder options) => options.UseSqlite(resolved);
        return new UserDataProvider(Sqlite, sqlite.DataSource,
            services => services.AddDbContext<UserDataDbContext>(Configure),
            () => new UserDataDbContext(new DbContextOptionsBuilder<UserDataDbContext>().UseSqlite(resolved).Options));
    }

    private static UserDataProvider ForPostgreSql(string connectionString)
    {
        var postgres = new NpgsqlConnectionStringBuilder(connectionString);
        string target = $"{postgres.Host}:{postgres.Port}/{postgres.Database}";
        // A failover or a restart of the server drops connections: retry the commands that failed on a lost connection.
        void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3));
        return new UserDataProvider(PostgreSql, target,
            services => services.AddDbContext<UserDataDbContext, PostgreSqlUserDataDbContext>(Configure),
            () => new PostgreSqlUserDataDbContext(new DbContextOptionsBuilder<PostgreSqlUserDataDbContext>().UseNpgsql(connectionString).Options));
    }
}
