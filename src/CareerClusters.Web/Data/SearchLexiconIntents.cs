namespace CareerClusters.Web.Data;

/// <summary>
/// What a phrase students type means (content/search/intents.yml): words to search for instead of the phrase, a
/// ceiling on the education a job needs, jobs with an apprenticeship route, or jobs by pay. A phrase may hold
/// <see cref="Placeholder"/>, which stands for one or more other words ("{x} apprenticeship": "welding apprenticeship");
/// those words are searched as they are, and may themselves be a phrase of an intent ("work on cars apprenticeship").
/// </summary>
public sealed record SearchIntent(
    IReadOnlyList<string> Phrases,
    string? Search = null,
    string? EducationUpTo = null,
    bool Apprenticeship = false,
    string? Order = null)
{
    public const string Placeholder = "{x}";

    /// <summary>The <see cref="Order"/> that lists jobs by median pay, highest first.</summary>
    public const string OrderByPay = "pay";

    /// <summary>The alternatives of <see cref="Search"/>, each a list of words that must all be on a page.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string[]> Alternatives { get; } = (Search ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(phrase => SearchText.Words(phrase).ToArray())
        .Where(words => words.Length > 0)
        .ToList();

    /// <summary>A phrase's words as search compares them: lower case, filler words left out, roughly stemmed; null for the placeholder.</summary>
    public static IReadOnlyList<string?> PhraseWords(string phrase, SearchLanguage? language = null)
    {
        var read = language ?? SearchLanguage.English;
        return phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part == Placeholder ? [(string?)null] : read.Words(part).Where(w => !read.FillerWords.Contains(w)).Select(w => (string?)read.Stem(w)))
            .ToList();
    }
}

/// <summary>An intent found in a query: the phrase it matched, and the query's other words (what <see cref="SearchIntent.Placeholder"/> stood for).</summary>
public sealed record IntentMatch(SearchIntent Intent, string Phrase, IReadOnlyList<string> Rest);

/// <summary>Finds the intent a query means. A phrase matches the whole query (filler words aside), so "draw blood" is not "draw".</summary>
public sealed class SearchIntents
{
    private readonly List<Pattern> _patterns;
    private readonly SearchLanguage _language;

    /// <summary>The intents, their phrases read as <paramref name="language"/> reads words (English by default).</summary>
    public SearchIntents(IEnumerable<SearchIntent> intents, SearchLanguage? language = null)
    {
        _language = language ?? SearchLanguage.English;
        All = intents.ToList();
        _patterns = All.SelectMany(intent => intent.Phrases.Select(phrase => Pattern.Of(intent, phrase, _language))).ToList();
    }

    public IReadOnlyList<SearchIntent> All { get; }

    /// <summary>
    /// The intent these words mean, or null. A phrase without a placeholder wins over one with it, then the phrase with
    /// more words of its own, then the one written first.
    /// </summary>
    public IntentMatch? Match(IReadOnlyList<string> words)
    {
        var meaningful = words.Where(w => !_language.FillerWords.Contains(w)).ToList();
        var stems = meaningful.Select(_language.Stem).ToList();
        if (stems.Count == 0)
        {
            return null;
        }
        Pattern? best = null;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(stems) && (best is null || pattern.Beats(best)))
            {
                best = pattern;
            }
        }
        return best is null ? null : new IntentMatch(best.Intent, best.Phrase, meaningful.GetRange(best.Before.Length, meaningful.Count - best.Before.Length - best.After.Length));
    }

    private sealed record Pattern(SearchIntent Intent, string Phrase, string[] Before, string[] After, bool Open)
    {
        public static Pattern Of(SearchIntent intent, string phrase, SearchLanguage language)
        {
            var words = SearchIntent.PhraseWords(phrase, language);
            int placeholder = words.ToList().IndexOf(null);
            return placeholder < 0
                ? new Pattern(intent, phrase, [.. words.OfType<string>()], [], false)
                : new Pattern(intent, phrase, [.. words.Take(placeholder).OfType<string>()], [.. words.Skip(placeholder + 1).OfType<string>()], true);
        }

        private int Length => Before.Length + After.Length;

        public bool Matches(List<string> stems) => Length > 0 && (Open
            ? stems.Count > Length && stems.Take(Before.Length).SequenceEqual(Before) && stems.Skip(stems.Count - After.Length).SequenceEqual(After)
            : stems.SequenceEqual(Before));

        /// <summary>Patterns are tried in the file's order, so on a tie the earlier one stays.</summary>
        public bool Beats(Pattern other) => (Open, other.Open) switch
        {
            (false, true) => true,
            (true, false) => false,
            _ => Length > other.Length,
        };
    }
}
