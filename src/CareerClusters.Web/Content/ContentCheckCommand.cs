using Microsoft.Extensions.Logging.Abstractions;

namespace CareerClusters.Web.Content;

/// <summary>
/// Where the check command looks when it is not told: the folder it was typed in, and the site's own settings.
/// </summary>
/// <param name="CallerDirectory">Where a relative --content or --database-directory is taken from.</param>
/// <param name="ContentPath">The site's content folder (Content:Path), absolute; used without --content when it exists.</param>
/// <param name="DatabaseDirectory">The site's content databases (Content:DatabaseDirectory), absolute, or null.</param>
/// <param name="LocalPath">The site's district folder (Content:LocalPath), absolute, or null when it has none.</param>
public sealed record CheckDefaults(string CallerDirectory, string? ContentPath = null, string? DatabaseDirectory = null, string? LocalPath = null)
{
    /// <summary>
    /// The folder the command was typed in. `dotnet run` starts a web project in the project's folder, so the shell's
    /// PWD, when it names a real folder, is where the user is; otherwise the process's own folder.
    /// </summary>
    public static string CurrentCallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathFullyQualified(pwd) && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;
}

/// <summary>
/// The admins' check command: every problem as "path:line:column: error: message", the line with a marker where it
/// helps, how to fix it, then a summary. Writes only its own report to <c>output</c>; exit code 0 (no errors),
/// 1 (errors) or 2 (the command was mistyped).
/// </summary>
public static class ContentCheckCommand
{
    public const string DefaultContentPath = "content";

    public const string Usage = "check-content [--content PATH] [--local PATH] [--database-directory PATH]";

    public static readonly string Help = $"""
        Usage: {Usage}

        Checks a content folder the way the site does before it publishes a change, and prints each problem
        with its file, line and column, what is wrong and how to fix it. Exits 0 when there are no errors
        (warnings are allowed), 1 when there are errors, 2 when the command is mistyped.

        Options:
          --content PATH              the content folder to check (default: the site's Content:Path when it
                                      exists, else ./content); a relative path is taken from the folder you
                                      run the command in
          --local PATH                the district's own folder (site.yml, sections/, guides/...) to check
                                      with it (default: the site's Content:LocalPath, if it has one)
          --database-directory PATH   the folder of the running site's content databases (default: the
                                      site's Content:DatabaseDirectory): pages the site serves now must still
                                      exist, or be redirected, in the checked folder
          -h, --help                  show this help
        """;

    /// <summary>Runs the check over the folder the arguments name, printing the report to <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output, CheckDefaults? defaults = null)
    {
        defaults ??= new CheckDefaults(CheckDefaults.CurrentCallerDirectory());
        string? content = null;
        string? databases = null;
        string? local = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    output.WriteLine(Help);
                    return 0;
                case "--content" when i + 1 < args.Length:
                    content = args[++i];
                    break;
                case "--local" when i + 1 < args.Length:
                    local = args[++i];
                    break;
                case "--database-directory" when i + 1 < args.Length:
                    databases = args[++i];
                    break;
                default:
                    output.WriteLine($"unknown argument \"{args[i]}\"; usage: {Usage} (--help explains each option)");
                    return 2;
            }
        }
        string display = content ?? (defaults.ContentPath is { } configured && Directory.Exists(configured) ? configured : DefaultContentPath);
        string contentPath = Path.GetFullPath(display, defaults.CallerDirectory);
        if (!Directory.Exists(contentPath))
        {
            output.WriteLine($"{display}: error: the content folder does not exist (looked for {contentPath})");
            output.WriteLine("  how to fix: give the folder that holds clusters/, pathways/ and occupations/ with --content PATH");
            return 1;
        }
        string? databaseDirectory = databases is null ? defaults.DatabaseDirectory : Path.GetFullPath(databases, defaults.CallerDirectory);
        var lastGood = databaseDirectory is null || !Directory.Exists(databaseDirectory)
            ? null
            : new ContentDatabases(databaseDirectory, NullLoggerFactory.Instance).NewestPublishedAsync().GetAwaiter().GetResult();

        string? localDisplay = local ?? defaults.LocalPath;
        string? localPath = localDisplay is null ? null : Path.GetFullPath(localDisplay, defaults.CallerDirectory);
        var result = ContentLoader.Load(contentPath, lastGood?.Pages, localPath);
        foreach (var problem in result.Problems)
        {
            Write(output, display, problem, result.Content.Local, localDisplay);
        }
        output.WriteLine(lastGood is { } compared
            ? $"compared with the content the site serves now ({compared.Path}): pages it has must still exist or be redirected"
            : $"nothing to compare with: {(databaseDirectory is null ? "no content database folder is set (Content:DatabaseDirectory, or --database-directory PATH)" : $"no content database in {databaseDirectory}")}, " +
                "so pages removed since the site last loaded its content are not checked");
        int errors = result.Errors.Count();
        int warnings = result.Problems.Count - errors;
        output.WriteLine(errors == 0
            ? $"{display}: no errors, {warnings} warning(s): {Frameworks(result.Content)}{result.Content.Occupations.Count} occupations, {result.Content.Guides.Count} guides{District(result.Content)}"
            : $"{display}: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>"path:line:column: error: message", the line as written with "^" under the column, and how to fix it.</summary>
    private static void Write(TextWriter output, string contentPath, ContentProblem problem, LocalContent? local, string? localDisplay)
    {
        // A district file is named by its full path: shown from the district folder as it was typed.
        string file = local is not null && localDisplay is not null && local.Owns(problem.File)
            ? Path.Combine(localDisplay, problem.File[(local.Root.Length + 1)..])
            : Path.Combine(contentPath, problem.File);
        output.WriteLine($"{file.Replace('\\', '/')}{problem.ToString()[problem.File.Length..]}");
        if (problem.Excerpt.Length > 0)
        {
            output.WriteLine("    " + problem.Excerpt);
            output.WriteLine("    " + problem.Marker);
        }
        output.WriteLine("  how to fix: " + problem.HowToFix);
    }

    /// <summary>
    /// The folder named by <c>--content PATH</c> (relative to the folder the command was typed in, as for
    /// check-content), or content/; null (and the usage) for any other argument.
    /// </summary>
    public static string? ContentPathOf(string[] args, TextWriter output, string command)
    {
        string? given = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                given = args[++i];
            }
            else
            {
                output.WriteLine($"unknown argument \"{args[i]}\"; usage: {command} [--content PATH]");
                return null;
            }
        }
        string caller = CheckDefaults.CurrentCallerDirectory();
        string contentPath = Path.GetFullPath(given ?? DefaultContentPath, caller);
        if (given is null && !Directory.Exists(contentPath))
        {
            // Typed in src/CareerClusters.Web: the repository's content/ is two folders up.
            string fromProject = Path.GetFullPath("../../content", caller);
            contentPath = Directory.Exists(fromProject) ? fromProject : contentPath;
        }
        return contentPath;
    }

    /// <summary>"; district folder: 12 sections, 3 guides" when a district folder was checked.</summary>
    private static string District(ContentSet content) => content.Local is not { } local ? ""
        : $"; district folder: {Count(local.Sections.Count, "section")}, {Count(content.Guides.Count(g => local.Owns(g.File)), "guide")}";

    private static string Count(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";

    /// <summary>"16 clusters, 79 pathways, " and, when there is a second framework, "2024: 14 clusters, 72 sub-clusters, ".</summary>
    private static string Frameworks(ContentSet content) => string.Concat(content.Clusters.GroupBy(c => c.Framework).Select(framework =>
        $"{(framework.Key == Data.Frameworks.Sixteen ? "" : framework.Key + ": ")}{framework.Count()} clusters, " +
        $"{content.Pathways.Count(p => p.Framework == framework.Key)} {(framework.Key == Data.Frameworks.Sixteen ? "pathways" : "sub-clusters")}, "));
}
