using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// What a typed query becomes: FTS5 expressions built only from quoted words (all words, and any word as a
/// fallback), with synonyms added, misspelled words replaced by the closest title word, and a phrase of
/// content/search/intents.yml replaced by what it means (words to search for, filters, an order).
/// </summary>
public sealed class QueryPlan
{
    /// <summary>How many intents one query can hold, one inside the other ("work on cars apprenticeship").</summary>
    private const int MaxIntents = 3;

    private readonly List<string[]> _wantedInTitle;
    private readonly HashSet<string> _exactTitles;
    private readonly List<string> _meant;
    private readonly SearchLanguage _language;
    private readonly List<string[]> _wantedStems;
    private readonly List<string> _phrases;

    private QueryPlan(SearchLanguage language, string allWords, string anyWord, string? correctedText, List<string[]> wantedInTitle, HashSet<string> exactTitles,
        List<IntentMatch> intents)
    {
        _language = language;
        AllWords = allWords;
        AnyWord = anyWord;
        CorrectedText = correctedText;
        _wantedInTitle = wantedInTitle;
        _exactTitles = exactTitles;
        // Worked out once per search, not once per page found.
        _wantedStems = wantedInTitle.Select(words => words.Select(language.Stem).ToArray()).ToList();
        _phrases = exactTitles.Where(phrase => phrase.Contains(' ', StringComparison.Ordinal)).Select(phrase => $" {phrase} ").ToList();
        Intents = intents;
        _meant = intents.SelectMany(i => i.Intent.Alternatives).Select(words => $" {language.Key(words)} ").ToList();
        var educations = intents.Select(i => i.Intent.EducationUpTo).OfType<string>().ToList();
        FromWords = new AppliedFilters(
            educations.Count == 0 ? null : educations.MinBy(EducationLevels.Rank),
            intents.Any(i => i.Intent.Apprenticeship),
            intents.Any(i => i.Intent.Order == SearchIntent.OrderByPay));
    }

    /// <summary>The FTS5 expression of all the words; empty when the words mean only filters ("jobs without college").</summary>
    public string AllWords { get; }

    public bool HasWords => AllWords.Length > 0;

    /// <summary>The intents the query matched, outermost first.</summary>
    public IReadOnlyList<IntentMatch> Intents { get; }

    /// <summary>The filters and order the query's intents ask for (the lowest education ceiling among them).</summary>
    public AppliedFilters FromWords { get; }

    /// <summary>Every word the search looked for (typed, corrected or from a synonym), roughly stemmed, for highlighting.</summary>
    public IReadOnlyList<string> HighlightStems => _wantedInTitle.SelectMany(w => w).Select(_language.HighlightStem).Distinct().ToList();

    /// <summary>How the query's words were read (English, or Spanish: accents left out, Spanish stems).</summary>
    public SearchLanguage Language => _language;

    public string AnyWord { get; }

    /// <summary>The query as searched when a word was corrected ("acounting" -> "accounting"), else null.</summary>
    public string? CorrectedText { get; }

    public static QueryPlan? Build(string query, SearchLexicon lexicon, IReadOnlySet<string> fillerWords)
    {
        var language = lexicon.Language;
        var tokens = language.Words(query.Length > SearchEngine.MaxQueryLength ? query[..SearchEngine.MaxQueryLength] : query)
            .Take(12).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        // A phrase students type for what they want ("{x} apprenticeship"): its other words may be a phrase too.
        var intents = new List<IntentMatch>();
        var rest = tokens;
        while (intents.Count < MaxIntents && lexicon.Intents.Match(rest) is { } intent && !intents.Any(i => i.Intent == intent.Intent))
        {
            intents.Add(intent);
            rest = [.. intent.Rest];
        }
        // Filler words ("jobs with animals") only narrow the search; keep them when they are all there is.
        var meaningful = tokens.Where(t => !fillerWords.Contains(t)).ToList();
        if (intents.Count > 0)
        {
            tokens = rest;
        }
        else if (meaningful.Count > 0)
        {
            tokens = meaningful;
        }

        // A title equal to the query, or to what a synonym of the whole query means ("it"), is the best match; so is
        // a title with the words an intent searches for.
        var exactTitles = new HashSet<string>();
        if (tokens.Count > 0)
        {
            exactTitles.Add(language.Key(tokens));
        }
        if (lexicon.SynonymOf(tokens) is { } wholeQuery)
        {
            exactTitles.UnionWith(wholeQuery.Select(language.Key));
        }
        var meant = intents.SelectMany(i => i.Intent.Alternatives).ToList();
        exactTitles.UnionWith(meant.Select(language.Key));

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
                var alternatives = expansions.Prepend(original).Select(words => All(words, language)).Distinct();
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
                exactTitles.Add(language.Key(searchedWords.Concat(tokens.Skip(i + 1))));
            }
            // The last word may still be being typed: match it as the start of a word too.
            string term = language.IndexTerm(word);
            groups.Add(last && intents.Count == 0 && word.Length >= 2 && word == token ? $"(\"{term}\" OR \"{term}\"*)" : $"\"{term}\"");
            i++;
        }
        foreach (var intent in intents.Where(i => i.Intent.Alternatives.Count > 0))
        {
            groups.Add($"({string.Join(" OR ", intent.Intent.Alternatives.Select(words => All(words, language)).Distinct())})");
            wantedInTitle.Add([.. intent.Intent.Alternatives.SelectMany(a => a)]);
        }

        return new QueryPlan(
            language,
            string.Join(" AND ", groups),
            string.Join(" OR ", groups),
            corrected ? string.Join(" ", searchedWords) : null,
            wantedInTitle,
            exactTitles,
            intents);
    }

    /// <summary>How much a title's match with the query lifts a result: the exact title most, all words in it next.</summary>
    public double TitleBoost(IndexedPage page)
    {
        // Loops by index: this runs for every page found, and an enumerator of an IReadOnlyList is an allocation.
        var titleKeys = page.TitleKeys;
        for (int k = 0; k < titleKeys.Count; k++)
        {
            if (_exactTitles.Contains(titleKeys[k]))
            {
                return 3.0;
            }
        }
        // The words typed, in order, inside a longer title ("truck driver" in "Heavy and Tractor-Trailer Truck Drivers").
        var paddedKeys = page.PaddedTitleKeys;
        foreach (string phrase in _phrases)
        {
            for (int k = 0; k < paddedKeys.Count; k++)
            {
                if (paddedKeys[k].Contains(phrase, StringComparison.Ordinal))
                {
                    return 2.5;
                }
            }
        }
        int found = 0;
        var titleWords = page.TitleWords;
        foreach (string[] stems in _wantedStems)
        {
            foreach (string stem in stems)
            {
                if (Contains(titleWords, stem))
                {
                    found++;
                    break;
                }
            }
        }
        return found == _wantedStems.Count ? 2.0 : 1.0 + 0.5 * found / _wantedStems.Count;
    }

    /// <summary>
    /// Where a page's title stands among the words an intent searches for, which are written best first: the first
    /// alternative the title holds, word after word ("automotive body and related repairers"), gives the highest
    /// tier, none gives 0. Tiers rank before relevance.
    /// </summary>
    public int IntentTier(IndexedPage page)
    {
        var paddedKeys = page.PaddedTitleKeys;
        for (int i = 0; i < _meant.Count; i++)
        {
            for (int k = 0; k < paddedKeys.Count; k++)
            {
                if (paddedKeys[k].Contains(_meant[i], StringComparison.Ordinal))
                {
                    return _meant.Count - i;
                }
            }
        }
        return 0;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (string.Equals(words[i], word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static (int Span, IReadOnlyList<string[]> Expansions) LongestSynonymAt(List<string> tokens, int start, SearchLexicon lexicon)
    {
        for (int span = Math.Min(lexicon.LongestSynonym, tokens.Count - start); span >= 1; span--)
        {
            if (lexicon.SynonymOf(tokens.GetRange(start, span)) is { } expansions)
            {
                return (span, expansions);
            }
        }
        return (0, []);
    }

    /// <summary>An alternative's words, all of which must be on a page, as the index holds them.</summary>
    private static string All(string[] words, SearchLanguage language) => words.Length == 1 ? $"\"{language.IndexTerm(words[0])}\""
        : $"({string.Join(" AND ", words.Select(w => $"\"{language.IndexTerm(w)}\""))})";
}
