namespace CareerClusters.Web.Data;

/// <summary>What search shows of an indexed page, kept in memory so a search asks SQLite only for matches and ranks.</summary>
public sealed record IndexedPage(string Kind, string Path, string Title, string? ClusterKey, string? ClusterTitle, string? Education, bool Featured, string Body,
    int? MedianWage = null, int? MedianWageAtLeast = null, bool Apprenticeship = false, string AlternateTitles = "", bool NeedsExperience = false)
{
    /// <summary>The title's words, roughly stemmed, to compare with the query (on a page of another language, its English title's too).</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = SearchText.Words(Title).Select(SearchText.Stem).ToList();

    private readonly IReadOnlyList<string> _titleKeys = [SearchLanguage.English.Key(SearchText.Words(Title))];
    private string[]? _paddedTitleKeys;

    /// <summary>The title as search compares it with a query (<see cref="SearchLanguage.Key"/>); a page of another language has its English title's key too.</summary>
    public IReadOnlyList<string> TitleKeys
    {
        get => _titleKeys;
        init => (_titleKeys, _paddedTitleKeys) = (value, null);
    }

    /// <summary>The keys with a space either side, to find a phrase in a title without building strings on every search.</summary>
    public IReadOnlyList<string> PaddedTitleKeys => _paddedTitleKeys ??= [.. _titleKeys.Select(key => $" {key} ")];

    public string TitleKey => TitleKeys[0];

    /// <summary>"en" when the title shown is English on a page of another language; else null.</summary>
    public string? TitleLang { get; init; }

    /// <summary>"en" when <see cref="Body"/> is English on a page of another language; else null.</summary>
    public string? BodyLang { get; init; }
}

/// <summary>
/// The search data of one content generation in one language, held in memory: the indexed pages (by FTS5 rowid), the
/// index vocabulary (for typos), the synonyms, the intents and the clusters (for filters). Built once with the
/// generation and swapped with it, so a search never loads anything on a visitor's request. The English lexicon holds
/// the other languages' (<see cref="In"/>).
/// </summary>
public sealed partial class SearchLexicon
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _wordsByLength;
    private readonly Dictionary<string, int> _candidateFrequency;
    private readonly Dictionary<string, string>? _wordOfStem;
    private readonly Dictionary<string, string>? _written;
    private readonly string[] _sortedWords;
    private readonly HashSet<string>? _stems;

    /// <summary>
    /// The vocabulary holds every word of the index with how often it is used, and the words never to correct
    /// (content/search/never-correct.txt) with 0. A typo is only ever corrected into a word of a page's title or
    /// other titles: without pages (a unit test's lexicon), every used word counts as one. A language that stems its
    /// words itself (Spanish) also knows a word by its stem: "enfermera" is known when a page says "enfermeros".
    /// </summary>
    public SearchLexicon(IReadOnlyDictionary<string, int> vocabulary, IEnumerable<(string Term, string Expansion)> synonyms,
        IReadOnlyDictionary<long, IndexedPage>? pages = null, IReadOnlyList<(string Key, string Title)>? clusters = null,
        IEnumerable<SearchIntent>? intents = null, SearchLanguage? language = null)
    {
        Language = language ?? SearchLanguage.English;
        Pages = pages ?? new Dictionary<long, IndexedPage>();
        Clusters = clusters ?? [];
        Intents = new SearchIntents(intents ?? [], Language);
        _frequency = new Dictionary<string, int>(vocabulary);
        var titleWords = Pages.Count == 0 ? null
            : Pages.Values.SelectMany(p => Language.Words(p.Title).Concat(Language.Words(p.AlternateTitles))).ToHashSet();
        // Only these are ever offered as corrections (see Correct).
        var candidates = _frequency.Where(w => w.Value > 0 && (titleWords is null || titleWords.Contains(w.Key))).Select(w => w.Key).ToList();
        _candidateFrequency = _frequency;
        if (Language != SearchLanguage.English)
        {
            // Spanish compares stems, so a slip in an ending is no slip at all ("enfermra" is "enfermer", as "enfermeros"):
            // each stem stands for its most used title word, which is what the page then says was searched.
            var byStem = candidates.GroupBy(Language.Stem, StringComparer.Ordinal).ToList();
            _wordOfStem = byStem.ToDictionary(g => g.Key, g => g.OrderByDescending(w => _frequency[w]).ThenBy(w => w, StringComparer.Ordinal).First(), StringComparer.Ordinal);
            _candidateFrequency = byStem.ToDictionary(g => g.Key, g => g.Sum(w => _frequency[w]), StringComparer.Ordinal);
            candidates = [.. _wordOfStem.Keys];
            // A correction is shown as the titles write it ("mecánicos", not "mecanicos").
            _written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string written in Pages.Values.SelectMany(p => SearchText.Words(p.Title)))
            {
                if (Language.Words(written).SingleOrDefault() is { } folded && folded != written)
                {
                    _written.TryAdd(folded, written);
                }
            }
        }
        _wordsByLength = candidates.ToLookup(w => w.Length);
        _sortedWords = [.. _frequency.Keys.Order(StringComparer.Ordinal)];
        _stems = Language == SearchLanguage.English ? null : _frequency.Keys.Select(Language.Stem).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, IReadOnlyList<string[]>>(StringComparer.Ordinal);
        foreach (var (term, expansion) in synonyms)
        {
            // The first line of a term wins (a language's own file is read before the English one).
            string key = Language.SynonymKey(Language.Words(term));
            if (key.Length > 0 && !byKey.ContainsKey(key))
            {
                byKey[key] = expansion.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(phrase => Language.Words(phrase).ToArray())
                    .Where(phrase => phrase.Length > 0)
                    .ToList();
            }
        }
        Synonyms = byKey;
        LongestSynonym = Synonyms.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>How this lexicon reads words.</summary>
    public SearchLanguage Language { get; }

    /// <summary>The lexicons of the other languages (Spanish), by site language code.</summary>
    public IReadOnlyDictionary<string, SearchLexicon> OtherLanguages { get; init; } = new Dictionary<string, SearchLexicon>();

    /// <summary>The lexicon of a site language: its own when the content has one, else this one.</summary>
    public SearchLexicon In(string language) =>
        language == Language.Code ? this : OtherLanguages.GetValueOrDefault(language) ?? this;

    /// <summary>The FTS5 rowid of the document at this position of the import.</summary>
    public static long RowIdOf(int position) => position + 1;

    public IReadOnlyDictionary<long, IndexedPage> Pages { get; }

    /// <summary>Every cluster's <see cref="ClusterKey"/> text and title, for the cluster filter.</summary>
    public IReadOnlyList<(string Key, string Title)> Clusters { get; }

    /// <summary>Typed term (<see cref="SearchLanguage.SynonymKey"/>) -> alternatives, each a list of words that must all match.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string[]>> Synonyms { get; }

    public int LongestSynonym { get; }

    /// <summary>The phrases of content/search/intents.yml and what each means.</summary>
    public SearchIntents Intents { get; }

    public bool IsKnown(string word) => _frequency.ContainsKey(word) || _stems is not null && _stems.Contains(Language.Stem(word));

    /// <summary>The alternatives of a synonym whose typed words are these, or null.</summary>
    public IReadOnlyList<string[]>? SynonymOf(IEnumerable<string> words) => Synonyms.GetValueOrDefault(Language.SynonymKey(words));

    /// <summary>True when some indexed word starts with these letters (a word being typed).</summary>
    public bool IsPrefixOfAWord(string letters)
    {
        int index = Array.BinarySearch(_sortedWords, letters, StringComparer.Ordinal);
        if (index >= 0)
        {
            return true;
        }
        index = ~index;
        return index < _sortedWords.Length && _sortedWords[index].StartsWith(letters, StringComparison.Ordinal);
    }

    private static int LengthPreference(string candidate, string word) => Math.Sign(candidate.Length - word.Length);

    /// <summary>
    /// The closest title word by edit distance (1 for short words, 2 for long ones), the most used on ties. A word of
    /// the pages' text alone is never offered: it would find no title ("texas" is not "texts", "youtuber" not "younger").
    /// </summary>
    public string? Correct(string word) => Correct(word, word.Length <= 5 ? 1 : 2);

    /// <summary>A looser guess for "did you mean", offered when a search found nothing at all.</summary>
    public string? Guess(string word) => IsKnown(word) ? null : Correct(word, word.Length <= 4 ? 1 : word.Length <= 6 ? 2 : 3);

    private string? Correct(string typed, int allowed)
    {
        string word = _wordOfStem is null ? typed : Language.Stem(typed);
        if (word.Length == 0)
        {
            return null;
        }
        string? best = null;
        int bestDistance = int.MaxValue, bestFrequency = 0;
        for (int length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            foreach (string candidate in _wordsByLength[length])
            {
                // A slip is rarely in the first letter, and a different first letter often makes another word
                // entirely (zookeeper is not bookkeeper).
                if (candidate[0] != word[0])
                {
                    continue;
                }
                int distance = EditDistance.Between(word, candidate, allowed);
                // On a tie, a longer word wins (a left-out letter is the commonest slip), then the more used one.
                bool better = distance < bestDistance
                    || distance == bestDistance && LengthPreference(candidate, word) > LengthPreference(best!, word)
                    || distance == bestDistance && LengthPreference(candidate, word) == LengthPreference(best!, word) && _candidateFrequency[candidate] > bestFrequency;
                if (distance <= allowed && better)
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, _candidateFrequency[candidate]);
                }
            }
        }
        return best is null || _wordOfStem is null ? best : _written!.GetValueOrDefault(_wordOfStem[best]) ?? _wordOfStem[best];
    }
}

/// <summary>Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping early past a limit.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        // Three rows on the stack for the words people type (this runs for many vocabulary words per misspelling).
        int width = b.Length + 1;
        Span<int> previous2 = width <= 64 ? stackalloc int[width] : new int[width];
        Span<int> previous = width <= 64 ? stackalloc int[width] : new int[width];
        Span<int> current = width <= 64 ? stackalloc int[width] : new int[width];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit)
            {
                return limit + 1;
            }
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}
