using CareerClusters.Web.Content;

namespace CareerClusters.Web.Configuration;

/// <summary>The program's commands: their help, and the site settings the check command reads without starting the site.</summary>
internal static class CommandLine
{
    public static readonly string Help = $"""
        CareerClusters: the site, and the commands its admins use.

        Usage: dotnet CareerClusters.Web.dll [COMMAND] [OPTIONS]
          from the source: dotnet run --no-launch-profile --project src/CareerClusters.Web -- [COMMAND] [OPTIONS]

        Commands:
          (none)          run the site; settings come from appsettings.json, environment variables
                          (Content__Path=...) or --Section:Key=value arguments (README.md lists them)
          check-content   check a content folder before publishing it: {ContentCheckCommand.Usage}
                          (check-content --help explains its options)
          hash-password   type the admin password (at least 12 characters) and get the hash to set as
                          Admin:PasswordHash
          migrate         bring the user-data database up to date (the site also does at start-up):
                          {UserDataCommands.MigrateUsage}
          backup-user-data  copy the SQLite user data to a new file while the site runs:
                          {UserDataCommands.BackupUsage} (PostgreSQL: pg_dump, docs/deploy.md)
          healthcheck     ask the running site's /healthz; exits 0 when the site answers (for containers)
          -h, --help      show this help
        """;

    /// <summary>True when the arguments ask for help rather than for the site.</summary>
    public static bool AsksForHelp(string[] args) => args is ["-h" or "--help" or "help", ..];

    /// <summary>
    /// The content folder and database folder the site would use, from appsettings.json and environment variables, as
    /// the site resolves them (relative to the folder it runs in), without building the site.
    /// </summary>
    public static CheckDefaults CheckDefaults()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Environment.CurrentDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection("Content").Get<ContentOptions>() ?? new ContentOptions();
        return new CheckDefaults(Content.CheckDefaults.CurrentCallerDirectory(),
            Path.GetFullPath(options.Path, Environment.CurrentDirectory),
            Path.GetFullPath(options.DatabaseDirectory, Environment.CurrentDirectory),
            string.IsNullOrWhiteSpace(options.LocalPath) ? null : Path.GetFullPath(options.LocalPath, Environment.CurrentDirectory));
    }
}
