namespace CareerClusters.Web.Content;

/// <summary>The admins' check command: every problem as "path:line:column: error: message", then a summary.</summary>
public static class ContentCheckCommand
{
    public const string DefaultContentPath = "content";

    public static int Run(string[] args, TextWriter output)
    {
        if (ContentPathOf(args, output, "check-content") is not { } contentPath)
        {
            return 2;
        }

        var result = ContentLoader.Load(contentPath);
        foreach (var problem in result.Problems)
        {
            output.WriteLine(Path.Combine(contentPath, problem.File).Replace('\\', '/') + problem.ToString()[problem.File.Length..]);
        }
        int errors = result.Errors.Count();
        int warnings = result.Problems.Count - errors;
        output.WriteLine(errors == 0
            ? $"{contentPath}: no errors, {warnings} warning(s): {Frameworks(result.Content)}{result.Content.Occupations.Count} occupations, {result.Content.Guides.Count} guides"
            : $"{contentPath}: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>The folder named by <c>--content PATH</c>, or content/; null (and the usage) for any other argument.</summary>
    public static string? ContentPathOf(string[] args, TextWriter output, string command)
    {
        string contentPath = DefaultContentPath;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                contentPath = args[++i];
            }
            else
            {
                output.WriteLine($"unknown argument \"{args[i]}\"; usage: {command} [--content PATH]");
                return null;
            }
        }
        if (!Directory.Exists(contentPath) && contentPath == DefaultContentPath)
        {
            // Run from src/CareerClusters.Web (dotnet run's working folder is the caller's, but be forgiving).
            string fromProject = Path.GetFullPath("../../content");
            contentPath = Directory.Exists(fromProject) ? fromProject : contentPath;
        }
        return contentPath;
    }

    /// <summary>"16 clusters, 79 pathways, " and, when there is a second framework, "2024: 14 clusters, 72 sub-clusters, ".</summary>
    private static string Frameworks(ContentSet content) => string.Concat(content.Clusters.GroupBy(c => c.Framework).Select(framework =>
        $"{(framework.Key == Data.Frameworks.Sixteen ? "" : framework.Key + ": ")}{framework.Count()} clusters, " +
        $"{content.Pathways.Count(p => p.Framework == framework.Key)} {(framework.Key == Data.Frameworks.Sixteen ? "pathways" : "sub-clusters")}, "));
}
