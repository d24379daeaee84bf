using System.Globalization;
using System.Text;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// The editors' <c>record-survey</c> command: adds the survey as the content now has it to survey/versions.yml, so
/// result links made with it keep their result after later edits of the statements. Run it after changing the
/// "Is this you?" statements (check-content says when).
/// </summary>
public static class SurveyRecordCommand
{
    private const string Header = """
        # Every survey a result link may have been made with, oldest first, written by the record-survey command.
        # A result link names its survey; the site reads it with that survey's own statements, so the link keeps the
        # clusters (and the words) it showed when it was made. Do not edit the entries: their versions are checked.

        """;

    public static int Run(string[] args, TextWriter output, DateTimeOffset now)
    {
        string? contentPath = ContentCheckCommand.ContentPathOf(args, output, "record-survey");
        if (contentPath is null)
        {
            return 2;
        }
        var result = ContentLoader.Load(contentPath);
        if (result.HasErrors)
        {
            output.WriteLine($"{contentPath}: the content has errors; run check-content and fix them first");
            return 1;
        }
        var clusters = ContentSurvey.ClustersOf(result.Content);
        string version = SurveyDefinition.Build(clusters).Version;
        string path = Path.Combine(contentPath, SurveyArchive.FileName);
        if (result.Content.SurveyVersions.Any(s => s.Version == version))
        {
            output.WriteLine($"{path}: survey {version} is already recorded");
            return 0;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string existing = File.Exists(path) ? File.ReadAllText(path) : Header;
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            existing += "\n";
        }
        File.WriteAllText(path, existing + Entry(version, clusters, now), new UTF8Encoding(false));
        output.WriteLine($"{path}: recorded survey {version}");
        return 0;
    }

    /// <summary>One entry of the file, in the shape <see cref="SurveyArchiveReader"/> reads.</summary>
    public static string Entry(string version, IReadOnlyList<ClusterStatements> clusters, DateTimeOffset now)
    {
        var yaml = new StringBuilder();
        yaml.Append("- version: ").Append(version).Append('\n');
        yaml.Append("  recorded: ").Append(now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("  clusters:\n");
        foreach (var cluster in clusters.OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal))
        {
            yaml.Append("    - slug: ").Append(cluster.Slug).Append('\n');
            yaml.Append("      title: ").Append(Quoted(cluster.Title)).Append('\n');
            yaml.Append("      order: ").Append(cluster.Order.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (field, kind) in SurveyArchiveReader.Kinds)
            {
                var statements = cluster.Statements.Where(s => s.Kind == kind).ToList();
                if (statements.Count == 0)
                {
                    continue;
                }
                yaml.Append("      ").Append(field).Append(":\n");
                foreach (var statement in statements)
                {
                    yaml.Append("        - ").Append(Quoted(SurveyDefinition.Tidy(statement.Text))).Append('\n');
                }
            }
        }
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted string: backslashes, quotes and control characters escaped.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
