using CareerClusters.Web.Data.UserData;
using Npgsql;

namespace CareerClusters.Tests.Support;

/// <summary>
/// Where a test's user data lives: an SQLite file, or a database of its own on the PostgreSQL server that ./test.sh
/// starts. Tests of what people save run once on each, through a subclass per provider.
/// </summary>
public abstract class UserDataStore : IDisposable
{
    /// <summary>The site settings that point an instance at this store (two instances with the same settings share it).</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    public abstract void Dispose();

    /// <summary>The settings of this store with a test's own settings added.</summary>
    public Dictionary<string, string> With(IReadOnlyDictionary<string, string>? more = null)
    {
        var all = new Dictionary<string, string>(Settings);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return all;
    }
}

/// <summary>An SQLite file in a folder of its own (no pooling: tests delete the folder afterwards).</summary>
public sealed class SqliteUserDataStore : UserDataStore
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-userdata-" + Guid.NewGuid().ToString("N"));

    public string File => Path.Combine(_folder, "user-data.db");

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [UserDataProvider.ConnectionStringSetting] = $"Data Source={File};Pooling=False",
    };

    public override void Dispose() => TestPaths.DeleteDirectory(_folder);
}

/// <summary>A new, empty database on the test PostgreSQL server, dropped when the test is done.</summary>
public sealed class PostgreSqlUserDataStore : UserDataStore
{
    private readonly string _name = "cc_test_" + Guid.NewGuid().ToString("N");

    public PostgreSqlUserDataStore()
    {
        using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Database = _name }.ToString();
    }

    public string DatabaseName => _name;

    public string ConnectionString { get; }

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [UserDataProvider.ProviderSetting] = UserDataProvider.PostgreSql,
        [UserDataProvider.ConnectionStringSetting] = ConnectionString,
    };

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>The throw-away PostgreSQL server ./test.sh starts on a free loopback port, named by CC_TEST_POSTGRES.</summary>
public static class PostgreSqlServer
{
    public const string Variable = "CC_TEST_POSTGRES";

    /// <summary>A connection string to the server's maintenance database, as a user that may create databases.</summary>
    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value
        : throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: run ./test.sh, which starts a throw-away one, or set {Variable} to a connection string " +
            "of a server where this user may create databases (for example \"Host=127.0.0.1;Port=5432;Username=app;Database=postgres\").");

    /// <summary>
    /// The folder of the server's tools (pg_dump, pg_restore): the one ./test.sh exports beside the connection string,
    /// else the newest of Debian's /usr/lib/postgresql/*/bin.
    /// </summary>
    public static string ToolsFolder => Environment.GetEnvironmentVariable("CC_TEST_POSTGRES_BIN") is { Length: > 0 } value ? value
        : Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(Directory.Exists).OrderBy(v => v, StringComparer.Ordinal).LastOrDefault() ?? ""
        : "";
}
