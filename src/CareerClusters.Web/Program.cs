using CareerClusters.Web.Configuration;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Admin;

// `--help` (or -h) lists the commands and exits, without starting the web server.
if (CommandLine.AsksForHelp(args))
{
    Console.Out.WriteLine(CommandLine.Help);
    return 0;
}

// `check-content [--content PATH]` validates a content folder and exits, without starting the web server. It writes
// only its report to standard output: nothing here logs.
if (args.Length > 0 && args[0] == "check-content")
{
    return ContentCheckCommand.Run(args[1..], Console.Out, CommandLine.CheckDefaults());
}

// `record-survey [--content PATH]` records the survey's statements in survey/versions.yml, so result links outlive edits.
if (args.Length > 0 && args[0] == "record-survey")
{
    return SurveyRecordCommand.Run(args[1..], Console.Out, DateTimeOffset.UtcNow);
}

// `hash-password` prints the hash of an admin password, for Admin:PasswordHash.
if (args.Length > 0 && args[0] == "hash-password")
{
    return AdminPassword.RunCommand(Console.In, Console.Out);
}

// `migrate` brings the user-data database up to date and exits: a deploy step before new replicas start (each replica
// also applies them at start-up, taking turns under EF Core's migration lock).
if (args.Length > 0 && args[0] == "migrate")
{
    return await UserDataCommands.MigrateAsync(args[1..], Console.Out);
}

// `backup-user-data PATH` copies an SQLite user-data database while the site runs (PostgreSQL: pg_dump).
if (args.Length > 0 && args[0] == "backup-user-data")
{
    return await UserDataCommands.BackupAsync(args[1..], Console.Out);
}

// `healthcheck` asks the running site's /healthz, for container health checks (the runtime image has no curl).
if (args.Length > 0 && args[0] == "healthcheck")
{
    return await HealthCheckCommand.RunAsync(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080");
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSerilogLogging();
builder.AddCareerClustersServices();

var app = builder.Build();
// The user-data migrations and the content load touch different databases: on two cores, side by side. Both finish
// before the host starts, which is when the data-protection keys are first read from (and, the first time, written to)
// the user-data database: its migrations must have created their table.
var userData = Task.Run(app.MigrateUserDataAsync);
// The pipeline reads the content per request, so it can be set up first, and what it needs warmed up meanwhile.
app.UseCareerClustersPipeline();
var warmUp = app.WarmUpBesideTheContentLoad();
bool contentLoaded = await app.LoadContentAsync();
await userData;
await warmUp;
if (!contentLoaded)
{
    return 1;
}
await app.RunAsync();
return 0;
