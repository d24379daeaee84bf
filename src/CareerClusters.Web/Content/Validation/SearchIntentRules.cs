using System.Text.RegularExpressions;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Each entry of search/intents.yml has phrases written the way search reads them (lowercase words, at most one
/// <c>{x}</c>), each phrase once in the whole file, and means something: words to search for, a known education
/// level, <c>apprenticeship: true</c> or <c>order: pay</c>. search/intents.es.yml is checked the same way, its phrases
/// read as Spanish search reads them (accents allowed: "educación" and "educacion" are one phrase).
/// </summary>
internal static partial class SearchIntentRules
{
    public static void Check(IReadOnlyList<SearchIntentEntry> entries, List<ContentProblem> problems, string language = SiteCultures.Default)
    {
        var reading = SearchLanguage.Of(language);
        var pattern = language == SiteCultures.Default ? PhrasePattern() : AnyLanguagePhrasePattern();
        var phraseLines = new Dictionary<string, (string File, int Line)>();
        foreach (var entry in entries)
        {
            void Problem(int line, string message) => problems.Add(new ContentProblem(entry.File, line, 1, message));
            if (entry.Phrases.Count == 0)
            {
                Problem(entry.Line, "the entry has no phrases: list what students type, such as [work on cars, fix cars]");
            }
            foreach (var phrase in entry.Phrases)
            {
                var words = SearchIntent.PhraseWords(phrase.Value, reading);
                if (!pattern.IsMatch(phrase.Value))
                {
                    Problem(phrase.Line, $"the phrase \"{phrase.Value}\" must be lowercase letters, digits and single spaces, with at most one {SearchIntent.Placeholder} for other words");
                }
                else if (words.Count(w => w is null) > 1)
                {
                    Problem(phrase.Line, $"the phrase \"{phrase.Value}\" has {SearchIntent.Placeholder} more than once");
                }
                else if (!words.OfType<string>().Any())
                {
                    Problem(phrase.Line, $"the phrase \"{phrase.Value}\" has only words search leaves out (such as \"jobs\", \"a\", \"with\"): add a word that says what is wanted");
                }
                else if (!phraseLines.TryAdd(string.Join(" ", words.Select(w => w ?? SearchIntent.Placeholder)), (entry.File, phrase.Line)))
                {
                    var first = phraseLines[string.Join(" ", words.Select(w => w ?? SearchIntent.Placeholder))];
                    Problem(phrase.Line, $"the phrase \"{phrase.Value}\" is already listed on line {first.Line}{(first.File == entry.File ? "" : " of " + first.File)} (search reads them the same way)");
                }
            }
            CheckMeaning(entry, Problem);
        }
    }

    private static void CheckMeaning(SearchIntentEntry entry, Action<int, string> problem)
    {
        if (entry.Search is { } search && new SearchIntent([], search.Value).Alternatives.Count == 0)
        {
            problem(search.Line, "\"search\" is empty: write the words to search for, alternatives separated by commas");
        }
        if (entry.EducationUpTo is { } education && !EducationLevels.IsKnown(education.Value))
        {
            problem(education.Line, $"unknown education \"{education.Value}\" in \"education_up_to\"; use one of: {string.Join(", ", EducationLevels.Keys)}");
        }
        if (entry.Apprenticeship is { } apprenticeship && apprenticeship.Value is not ("true" or "false"))
        {
            problem(apprenticeship.Line, $"\"apprenticeship\" must be true or false, not \"{apprenticeship.Value}\"");
        }
        if (entry.Order is { } order && order.Value != SearchIntent.OrderByPay)
        {
            problem(order.Line, $"unknown order \"{order.Value}\": the one order is \"{SearchIntent.OrderByPay}\" (jobs by pay, highest first)");
        }
        if (entry.Search is null && entry.EducationUpTo is null && entry.Apprenticeship?.Value != "true" && entry.Order is null)
        {
            problem(entry.Line, "the entry does not say what its phrases mean: add \"search\", \"education_up_to\", \"apprenticeship: true\" or \"order: pay\"");
        }
    }

    [GeneratedRegex(@"^([a-z0-9]+|\{x\})( ([a-z0-9]+|\{x\}))*$")]
    private static partial Regex PhrasePattern();

    /// <summary>Another language's phrases: lowercase letters of any alphabet ("educación", "niños").</summary>
    [GeneratedRegex(@"^([\p{Ll}0-9]+|\{x\})( ([\p{Ll}0-9]+|\{x\}))*$")]
    private static partial Regex AnyLanguagePhrasePattern();
}
