using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// What a typed query becomes: FTS5 expressions built only from quoted words (all words, and any word as a
/// fallback), with synonyms added and misspelled words replaced by the closest indexed word.
/// </summary>
public sealed class QueryPlan
{
    private readonly List<string[]> _wantedInTitle;
    private readonly HashSet<string> _exactTitles;

    private QueryPlan(string allWords, string anyWord, string? correctedText, List<string[]> wantedInTitle, HashSet<string> exactTitles)
    {
        AllWords = allWords;
        AnyWord = anyWord;
        CorrectedText = correctedText;
        _wantedInTitle = wantedInTitle;
        _exactTitles = exactTitles;
    }

    public string AllWords { get; }

    /// <summary>Every word the search looked for (typed, corrected or from a synonym), roughly stemmed, for highlighting.</summary>
    public IReadOnlyList<string> HighlightStems => _wantedInTitle.SelectMany(w => w).Select(SearchText.Stem)
        // "nurse" should light up "nursing" too.
        .Select(stem => stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem)
        .Distinct().ToList();

    public string AnyWord { get; }

    /// <summary>The query as searched when a word was corrected ("acounting" -> "accounting"), else null.</summary>
    public string? CorrectedText { get; }

    public static QueryPlan? Build(string query, SearchLexicon lexicon, IReadOnlySet<string> fillerWords)
    {
        var tokens = SearchText.Words(query.Length > SearchEngine.MaxQueryLength ? query[..SearchEngine.MaxQueryLength] : query)
            .Take(12).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        // Filler words ("jobs with animals") only narrow the search; keep them when they are all there is.
        var meaningful = tokens.Where(t => !fillerWords.Contains(t)).ToList();
        if (meaningful.Count > 0)
        {
            tokens = meaningful;
        }

        // A title equal to the query, or to what a synonym of the whole query means ("it"), is the best match.
        var exactTitles = new HashSet<string> { Normalize(tokens) };
        if (lexicon.Synonyms.TryGetValue(string.Join(" ", tokens), out var wholeQuery))
        {
            exactTitles.UnionWith(wholeQuery.Select(Normalize));
        }

        var groups = new List<string>();
        var wantedInTitle = new List<string[]>();
        var searchedWords = new List<string>();
        bool corrected = false;
        for (int i = 0; i < tokens.Count;)
        {
            var (span, expansions) = LongestSynonymAt(tokens, i, lexicon);
            if (span > 0)
            {
                var original = tokens.GetRange(i, span).ToArray();
                var alternatives = expansions.Prepend(original).Select(All).Distinct();
                groups.Add($"({string.Join(" OR ", alternatives)})");
                wantedInTitle.Add([.. original.Concat(expansions.SelectMany(e => e))]);
                searchedWords.AddRange(original);
                i += span;
                continue;
            }

            string token = tokens[i];
            bool last = i == tokens.Count - 1;
            string word = token;
            if (!lexicon.IsKnown(token) && !(last && lexicon.IsPrefixOfAWord(token)) && token.Length >= 3 && !token.All(char.IsDigit))
            {
                string? correction = lexicon.Correct(token);
                if (correction is not null)
                {
                    word = correction;
                    corrected = true;
                }
            }
            searchedWords.Add(word);
            wantedInTitle.Add([word]);
            if (word != token)
            {
                exactTitles.Add(Normalize(searchedWords.Concat(tokens.Skip(i + 1))));
            }
            // The last word may still be being typed: match it as the start of a word too.
            groups.Add(last && word.Length >= 2 && word == token ? $"(\"{word}\" OR \"{word}\"*)" : $"\"{word}\"");
            i++;
        }

        return new QueryPlan(
            string.Join(" AND ", groups),
            string.Join(" OR ", groups),
            corrected ? string.Join(" ", searchedWords) : null,
            wantedInTitle,
            exactTitles);
    }

    /// <summary>How much a title's match with the query lifts a result: the exact title most, all words in it next.</summary>
    public double TitleBoost(IndexedPage page)
    {
        if (_exactTitles.Contains(page.TitleKey))
        {
            return 3.0;
        }
        // The words typed, in order, inside a longer title ("truck driver" in "Heavy and Tractor-Trailer Truck Drivers").
        if (_exactTitles.Any(phrase => phrase.Contains(' ', StringComparison.Ordinal) && $" {page.TitleKey} ".Contains($" {phrase} ", StringComparison.Ordinal)))
        {
            return 2.5;
        }
        int found = _wantedInTitle.Count(alternatives => alternatives.Any(w => page.TitleWords.Contains(SearchText.Stem(w))));
        return found == _wantedInTitle.Count ? 2.0 : 1.0 + 0.5 * found / _wantedInTitle.Count;
    }

    private static (int Span, IReadOnlyList<string[]> Expansions) LongestSynonymAt(List<string> tokens, int start, SearchLexicon lexicon)
    {
        for (int span = Math.Min(lexicon.LongestSynonym, tokens.Count - start); span >= 1; span--)
        {
            if (lexicon.Synonyms.TryGetValue(string.Join(" ", tokens.GetRange(start, span)), out var expansions))
            {
                return (span, expansions);
            }
        }
        return (0, []);
    }

    private static string Normalize(IEnumerable<string> words) => string.Join(" ", words.Where(w => w != "and").Select(SearchText.Stem));

    private static string All(string[] words) => words.Length == 1 ? $"\"{words[0]}\"" : $"({string.Join(" AND ", words.Select(w => $"\"{w}\""))})";
}
