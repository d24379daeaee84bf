using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerClusters.Web.Content;

/// <summary>A value written in the intents file, with its line.</summary>
public sealed record IntentField(string Value, int Line);

/// <summary>One entry of search/intents.yml as written: its phrases and fields, each with its line (checked by <c>SearchIntentRules</c>).</summary>
public sealed record SearchIntentEntry(int Line, IReadOnlyList<IntentField> Phrases, IntentField? Search, IntentField? EducationUpTo,
    IntentField? Apprenticeship, IntentField? Order)
{
    /// <summary>The file the entry is written in: the national file, or a district folder's (named by its full path).</summary>
    public string File { get; init; } = SearchIntentsReader.FileName;

    /// <summary>What the entry means, for the search data (read only from a checked file).</summary>
    public SearchIntent ToIntent() => new([.. Phrases.Select(p => p.Value)], Search?.Value.ToLowerInvariant(), EducationUpTo?.Value,
        Apprenticeship?.Value == "true", Order?.Value);
}

/// <summary>
/// Reads search/intents.yml: a list of entries, each with <c>phrases</c> (what students type) and what they mean
/// (<c>search</c>, <c>education_up_to</c>, <c>apprenticeship</c>, <c>order</c>); and search/intents.es.yml, the
/// phrases students type in Spanish, in the same shape. Only a file's shape is checked here; its values are checked
/// by <c>Validation/SearchIntentRules</c>.
/// </summary>
public static class SearchIntentsReader
{
    public const string FileName = "search/intents.yml";

    /// <summary>The intents file of a language: search/intents.yml for English, search/intents.es.yml for Spanish.</summary>
    public static string FileNameFor(string language) =>
        language == SiteCultures.Default ? FileName : $"search/intents.{language}.yml";

    public static readonly IReadOnlyList<string> Fields = ["phrases", "search", "education_up_to", "apprenticeship", "order"];

    public static IReadOnlyList<SearchIntentEntry> Read(string contentPath, List<ContentProblem> problems, string language = SiteCultures.Default)
    {
        string file = FileNameFor(language);
        string path = Path.Combine(contentPath, file);
        if (!File.Exists(path) || ContentText.Read(path, file, problems) is not { } text)
        {
            return [];
        }
        var entries = new List<SearchIntentEntry>();
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
                Problem(problems, file, stream.Documents[0].RootNode, "the intents file must be a list of entries, each starting with \"- phrases:\"");
                return [];
            }
            foreach (var node in root.Children)
            {
                if (ReadEntry(node, file, problems) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        catch (YamlException ex)
        {
            // In plain words, with the line and a marker, like every other YAML mistake.
            problems.Add(YamlProblems.From(ex, text, 1, file, null));
        }
        return entries;
    }

    private static SearchIntentEntry? ReadEntry(YamlNode node, string file, List<ContentProblem> problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            Problem(problems, file, node, "each entry must be fields (\"phrases:\" and what they mean), not a single value");
            return null;
        }
        var values = new Dictionary<string, IntentField>();
        var phrases = new List<IntentField>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Fields.Contains(key))
            {
                Problem(problems, file, keyNode, $"unknown field \"{key}\" (allowed fields are: {string.Join(", ", Fields)})");
            }
            else if (key == "phrases")
            {
                phrases.AddRange(ReadPhrases(value, file, problems));
            }
            else if (value is YamlScalarNode scalar)
            {
                values[key] = new IntentField(scalar.Value?.Trim() ?? "", Line(keyNode));
            }
            else
            {
                Problem(problems, file, value, $"\"{key}\" must be a single value");
            }
        }
        return new SearchIntentEntry(Line(node), phrases, values.GetValueOrDefault("search"), values.GetValueOrDefault("education_up_to"),
            values.GetValueOrDefault("apprenticeship"), values.GetValueOrDefault("order")) { File = file };
    }

    private static IEnumerable<IntentField> ReadPhrases(YamlNode value, string file, List<ContentProblem> problems)
    {
        if (value is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { } phrase })
                {
                    yield return new IntentField(phrase.Trim(), Line(item));
                }
                else
                {
                    Problem(problems, file, item, "each phrase must be text");
                }
            }
        }
        else
        {
            Problem(problems, file, value, "\"phrases\" must be a list: [jobs without college, no college]");
        }
    }

    private static int Line(YamlNode node) => Math.Max(1, (int)node.Start.Line);

    private static void Problem(List<ContentProblem> problems, string file, YamlNode node, string message) =>
        problems.Add(new ContentProblem(file, Line(node), 1, message));
}

/// <summary>
/// Reads search/never-correct.txt: words search takes as they are typed, never "correcting" them into another word
/// (place names, names of apps and games). One word a line; a line starting with # is a comment.
/// </summary>
public static partial class NeverCorrectReader
{
    public const string FileName = "search/never-correct.txt";

    public static IReadOnlyList<string> Read(string contentPath, List<ContentProblem> problems)
    {
        string path = Path.Combine(contentPath, FileName);
        if (!File.Exists(path) || ContentText.Read(path, FileName, problems) is not { } text)
        {
            return [];
        }
        var words = new Dictionary<string, int>();
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string word = lines[i].Trim();
            if (word.Length == 0 || word.StartsWith('#'))
            {
                continue;
            }
            if (!WordPattern().IsMatch(word))
            {
                problems.Add(new ContentProblem(FileName, i + 1, 1, $"\"{word}\" must be one word in lowercase letters (write \"new york\" as two lines, \"new\" and \"york\")"));
            }
            else if (!words.TryAdd(word, i + 1))
            {
                problems.Add(new ContentProblem(FileName, i + 1, 1, $"\"{word}\" is already listed on line {words[word]}"));
            }
        }
        return [.. words.Keys];
    }

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex WordPattern();
}
