using CareerClusters.Web.Data.UserData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// The user-data commands an operator runs beside the site: `migrate` (bring the database's schema up to date, e.g.
/// as a deploy step before the new replicas start) and `backup-user-data PATH` (a consistent copy of an SQLite
/// database while the site runs). Both read the site's own settings: appsettings.json, environment variables and
/// --UserData:Provider=... arguments.
/// </summary>
internal static class UserDataCommands
{
    public const string MigrateUsage = "migrate [--UserData:Provider=PostgreSQL --UserData:ConnectionString=...]";
    public const string BackupUsage = "backup-user-data PATH";

    /// <summary>
    /// Applies the migrations not yet applied. EF Core takes a lock on the database first (PostgreSQL: a lock on its
    /// migrations table; SQLite: a lock row), so this command and replicas starting at the same moment take turns.
    /// </summary>
    public static async Task<int> MigrateAsync(string[] args, TextWriter output)
    {
        var provider = ProviderFrom(args);
        await using var db = provider.CreateContext();
        var pending = await UserDataStartup.PendingMigrationsAsync(db);
        await db.Database.MigrateAsync();
        output.WriteLine(pending.Count == 0
            ? $"The user data ({provider.Name}, {provider.Target}) is up to date: {db.Database.GetMigrations().Count()} migrations applied."
            : $"Applied {pending.Count} migration(s) to the user data ({provider.Name}, {provider.Target}): {string.Join(", ", pending)}.");
        return 0;
    }

    /// <summary>
    /// Copies the SQLite user-data database to a new file with SQLite's online backup, which reads a consistent
    /// snapshot while the site goes on writing. PostgreSQL has its own tools (pg_dump), named in the answer.
    /// </summary>
    public static async Task<int> BackupAsync(string[] args, TextWriter output)
    {
        string[] positional = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
        if (positional.Length != 1 || args.Contains("--help"))
        {
            output.WriteLine($"Usage: {BackupUsage}\n  Copies the SQLite user data (lists, classes, keys) to PATH, a new file, while the site runs.");
            return 2;
        }
        string target = Path.GetFullPath(positional[0]);
        var provider = ProviderFrom([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal))]);
        if (!provider.IsSqlite)
        {
            output.WriteLine($"The user data is on {provider.Name} ({provider.Target}): back it up with pg_dump, as docs/deploy.md shows under \"Backups\".");
            return 2;
        }
        if (File.Exists(target))
        {
            output.WriteLine($"{target} already exists: choose a new file (a backup never overwrites one).");
            return 1;
        }
        if (!File.Exists(provider.Target))
        {
            output.WriteLine($"There is no user data at {provider.Target} yet: nothing to back up.");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = provider.Target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await source.OpenAsync();
        await copy.OpenAsync();
        source.BackupDatabase(copy);
        // One self-contained file: the copy leaves the site's write-ahead log mode, so no -wal or -shm file goes with it.
        await ScalarAsync(copy, "PRAGMA journal_mode = DELETE");
        long lists = (long)(await ScalarAsync(copy, "SELECT COUNT(*) FROM Lists"))!;
        long classes = (long)(await ScalarAsync(copy, "SELECT COUNT(*) FROM ClassBoards"))!;
        output.WriteLine($"Backed up the user data from {provider.Target} to {target}: {lists} list(s), {classes} class(es).");
        return 0;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The provider the site would use, run from the current folder (as the site is).</summary>
    private static UserDataProvider ProviderFrom(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Environment.CurrentDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        return UserDataProvider.FromConfiguration(configuration, Environment.CurrentDirectory);
    }
}
