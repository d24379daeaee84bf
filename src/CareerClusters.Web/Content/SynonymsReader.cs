using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerClusters.Web.Content;

/// <summary>A word or phrase people type, and what the site searches for as well ("emt" -> "emergency medical technicians").</summary>
public sealed record Synonym(string Term, string Expansion, int Line);

/// <summary>
/// Reads search/synonyms.yml: one "typed words: site words" line per entry; and search/synonyms.es.yml, the words
/// students type in Spanish, checked the same way (its terms may have accents: search reads "mecánico" as "mecanico").
/// </summary>
public static partial class SynonymsReader
{
    public const string FileName = "search/synonyms.yml";

    /// <summary>The synonyms file of a language: search/synonyms.yml for English, search/synonyms.es.yml for Spanish.</summary>
    public static string FileNameFor(string language) =>
        language == SiteCultures.Default ? FileName : $"search/synonyms.{language}.yml";

    public static IReadOnlyList<Synonym> Read(string contentPath, List<ContentProblem> problems, string language = SiteCultures.Default)
    {
        string file = FileNameFor(language);
        bool english = language == SiteCultures.Default;
        var reading = SearchLanguage.Of(language);
        string path = Path.Combine(contentPath, file);
        if (!File.Exists(path))
        {
            return [];
        }
        if (ContentText.Read(path, file, problems) is not { } text)
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
                problems.Add(new ContentProblem(file, 1, 1, "the synonyms file must be a list of \"typed words: site words\" lines"));
                return [];
            }
            // YamlDotNet reports exact duplicate keys; this catches keys that differ only in spacing.
            var seen = new Dictionary<string, (string Term, int Line)>();
            foreach (var (key, value) in root.Children)
            {
                int line = (int)key.Start.Line;
                string term = (key as YamlScalarNode)?.Value?.Trim() ?? "";
                string expansion = (value as YamlScalarNode)?.Value?.Trim() ?? "";
                // Spanish search reads a term by its stems without small words: "enfermera" and "enfermeros" are one term.
                string searched = english ? term : reading.SynonymKey(reading.Words(term));
                if (!(english ? TermPattern() : AnyLanguageTermPattern()).IsMatch(term))
                {
                    problems.Add(new ContentProblem(file, line, 1, $"\"{term}\" must be lowercase letters, digits and single spaces"));
                }
                else if (expansion.Length == 0)
                {
                    problems.Add(new ContentProblem(file, line, 1, $"\"{term}\" has nothing to search for: write the site's words after the colon"));
                }
                else if (searched.Length == 0)
                {
                    problems.Add(new ContentProblem(file, line, 1, $"\"{term}\" has only words search leaves out (such as \"de\", \"la\", \"trabajo\"): add a word that says what is wanted"));
                }
                else if (seen.TryGetValue(searched, out var first))
                {
                    problems.Add(new ContentProblem(file, line, 1, first.Term == term ? $"\"{term}\" is listed twice"
                        : $"\"{term}\" is the same search as \"{first.Term}\" on line {first.Line} (search reads word forms and accents alike): keep one line")
                    {
                        Fix = first.Term == term ? "" : $"Move the words after the colon to line {first.Line} and delete this line.",
                    });
                }
                else
                {
                    seen[searched] = (term, line);
                    synonyms.Add(new Synonym(term, expansion.ToLowerInvariant(), line));
                }
            }
        }
        catch (YamlException ex)
        {
            string detail = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            var duplicate = DuplicateKeyPattern().Match(detail);
            problems.Add(new ContentProblem(file, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column),
                duplicate.Success ? $"\"{duplicate.Groups[1].Value}\" is listed twice" : $"invalid YAML: {detail}"));
        }
        return synonyms;
    }

    [GeneratedRegex(@"Duplicate key (.+)$")]
    private static partial Regex DuplicateKeyPattern();

    [GeneratedRegex(@"^[a-z0-9]+( [a-z0-9]+)*$")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^[\p{Ll}0-9]+( [\p{Ll}0-9]+)*$")]
    private static partial Regex AnyLanguageTermPattern();
}
