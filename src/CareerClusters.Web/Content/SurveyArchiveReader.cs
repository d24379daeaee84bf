using System.Globalization;
using CareerClusters.Web.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerClusters.Web.Content;

/// <summary>One survey recorded in survey/versions.yml: its version, the line it starts on, and its clusters' statements.</summary>
public sealed record RecordedSurvey(string Version, int Line, IReadOnlyList<ClusterStatements> Clusters);

/// <summary>
/// Reads survey/versions.yml, the record of every survey a result link may have been made with (written by the
/// <c>record-survey</c> command): a list of entries, each with <c>version</c>, <c>recorded</c> (a date) and
/// <c>clusters</c>, each cluster with <c>slug</c>, <c>title</c>, <c>order</c> and its <c>activities</c>,
/// <c>qualities</c> and <c>subjects</c>. Only the shape is checked here; <c>Validation/SurveyRules</c> checks the rest.
/// </summary>
public static class SurveyArchiveReader
{
    private static readonly string[] EntryFields = ["version", "recorded", "clusters"];
    private static readonly string[] ClusterFields = ["slug", "title", "order", "activities", "qualities", "subjects"];

    /// <summary>The statement kinds by the field that lists them, as the importer writes them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["activities"] = "activity",
        ["qualities"] = "quality",
        ["subjects"] = "subject",
    };

    public static IReadOnlyList<RecordedSurvey> Read(string contentPath, List<ContentProblem> problems)
    {
        string path = Path.Combine(contentPath, SurveyArchive.FileName);
        if (!File.Exists(path) || ContentText.Read(path, SurveyArchive.FileName, problems) is not { } text)
        {
            return [];
        }
        var surveys = new List<RecordedSurvey>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return [];
            }
            if (stream.Documents[0].RootNode is not YamlSequenceNode root)
            {
                Problem(problems, stream.Documents[0].RootNode, "the file must be a list of surveys, each starting with \"- version:\"");
                return [];
            }
            foreach (var node in root.Children)
            {
                if (ReadSurvey(node, problems) is { } survey)
                {
                    surveys.Add(survey);
                }
            }
        }
        catch (YamlException ex)
        {
            // In plain words, with the line and a marker, like every other YAML mistake.
            problems.Add(YamlProblems.From(ex, text, 1, SurveyArchive.FileName, null));
        }
        return surveys;
    }

    private static RecordedSurvey? ReadSurvey(YamlNode node, List<ContentProblem> problems)
    {
        var fields = Fields(node, EntryFields, "each survey", problems);
        if (fields is null)
        {
            return null;
        }
        string version = Scalar(fields, "version", node, problems) ?? "";
        if (!fields.TryGetValue("clusters", out var clustersNode) || clustersNode is not YamlSequenceNode clusters)
        {
            Problem(problems, clustersNode ?? node, "a survey needs \"clusters\": the list of its clusters and their statements");
            return null;
        }
        var read = clusters.Children.Select(c => ReadCluster(c, problems)).ToList();
        return read.Contains(null) || version.Length == 0 ? null : new RecordedSurvey(version, Line(node), read.OfType<ClusterStatements>().ToList());
    }

    private static ClusterStatements? ReadCluster(YamlNode node, List<ContentProblem> problems)
    {
        var fields = Fields(node, ClusterFields, "each cluster", problems);
        if (fields is null)
        {
            return null;
        }
        string? slug = Scalar(fields, "slug", node, problems), title = Scalar(fields, "title", node, problems), order = Scalar(fields, "order", node, problems);
        if (slug is null || title is null || order is null)
        {
            return null;
        }
        if (!int.TryParse(order, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            Problem(problems, fields["order"], "\"order\" must be a whole number");
            return null;
        }
        var statements = new List<InterestStatement>();
        foreach (var (field, kind) in Kinds)
        {
            if (!fields.TryGetValue(field, out var list))
            {
                continue;
            }
            if (list is not YamlSequenceNode items || items.Children.Any(i => i is not YamlScalarNode))
            {
                Problem(problems, list, $"\"{field}\" must be a list of statements");
                return null;
            }
            statements.AddRange(items.Children.Select(i => new InterestStatement(kind, ((YamlScalarNode)i).Value ?? "")));
        }
        return new ClusterStatements(slug, title, number, statements);
    }

    /// <summary>A mapping's fields by name, with a problem for each unknown one; null when the node is no mapping.</summary>
    private static Dictionary<string, YamlNode>? Fields(YamlNode node, string[] allowed, string what, List<ContentProblem> problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            Problem(problems, node, $"{what} must be fields ({string.Join(", ", allowed)}), not a single value");
            return null;
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(key))
            {
                fields[key] = value;
            }
            else
            {
                Problem(problems, keyNode, $"unknown field \"{key}\" (allowed fields are: {string.Join(", ", allowed)})");
            }
        }
        return fields;
    }

    private static string? Scalar(Dictionary<string, YamlNode> fields, string key, YamlNode owner, List<ContentProblem> problems)
    {
        if (fields.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }
        Problem(problems, node ?? owner, $"\"{key}\" is missing or empty");
        return null;
    }

    private static int Line(YamlNode node) => Math.Max(1, (int)node.Start.Line);

    private static void Problem(List<ContentProblem> problems, YamlNode node, string message) =>
        problems.Add(new ContentProblem(SurveyArchive.FileName, Line(node), 1, message));
}
