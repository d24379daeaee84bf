using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerClusters.Web.Content;

/// <summary>A word or phrase people type, and what the site searches for as well ("emt" -> "emergency medical technicians").</summary>
public sealed record Synonym(string Term, string Expansion, int Line);

/// <summary>Reads search/synonyms.yml: one "typed words: site words" line per entry.</summary>
public static partial class SynonymsReader
{
    public const string FileName = "search/synonyms.yml";

    public static IReadOnlyList<Synonym> Read(string contentPath, List<ContentProblem> problems)
    {
        string path = Path.Combine(contentPath, FileName);
        if (!File.Exists(path))
        {
            return [];
        }
        if (ContentText.Read(path, FileName, problems) is not { } text)
        {
            return [];
        }
        var synonyms = new List<Synonym>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return [];
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(FileName, 1, 1, "the synonyms file must be a list of \"typed words: site words\" lines"));
                return [];
            }
            // YamlDotNet reports exact duplicate keys; this catches keys that differ only in spacing.
            var seen = new HashSet<string>();
            foreach (var (key, value) in root.Children)
            {
                int line = (int)key.Start.Line;
                string term = (key as YamlScalarNode)?.Value?.Trim() ?? "";
                string expansion = (value as YamlScalarNode)?.Value?.Trim() ?? "";
                if (!TermPattern().IsMatch(term))
                {
                    problems.Add(new ContentProblem(FileName, line, 1, $"\"{term}\" must be lowercase letters, digits and single spaces"));
                }
                else if (expansion.Length == 0)
                {
                    problems.Add(new ContentProblem(FileName, line, 1, $"\"{term}\" has nothing to search for: write the site's words after the colon"));
                }
                else if (!seen.Add(term))
                {
                    problems.Add(new ContentProblem(FileName, line, 1, $"\"{term}\" is listed twice"));
                }
                else
                {
                    synonyms.Add(new Synonym(term, expansion.ToLowerInvariant(), line));
                }
            }
        }
        catch (YamlException ex)
        {
            string detail = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            var duplicate = DuplicateKeyPattern().Match(detail);
            problems.Add(new ContentProblem(FileName, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column),
                duplicate.Success ? $"\"{duplicate.Groups[1].Value}\" is listed twice" : $"invalid YAML: {detail}"));
        }
        return synonyms;
    }

    [GeneratedRegex(@"Duplicate key (.+)$")]
    private static partial Regex DuplicateKeyPattern();

    [GeneratedRegex(@"^[a-z0-9]+( [a-z0-9]+)*$")]
    private static partial Regex TermPattern();
}
