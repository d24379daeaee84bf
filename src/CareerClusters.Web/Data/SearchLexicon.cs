using System.Data.Common;
using System.Text.Json;

namespace CareerClusters.Web.Data;

/// <summary>What search shows of an indexed page, kept in memory so a search asks SQLite only for matches and ranks.</summary>
public sealed record IndexedPage(string Kind, string Path, string Title, string? ClusterKey, string? ClusterTitle, string? Education, bool Featured, string Body,
    int? MedianWage = null, int? MedianWageAtLeast = null, bool Apprenticeship = false, string AlternateTitles = "", bool NeedsExperience = false)
{
    /// <summary>The title's words, roughly stemmed, to compare with the query.</summary>
    public IReadOnlyList<string> TitleWords { get; } = SearchText.Words(Title).Select(SearchText.Stem).ToList();

    public string TitleKey => string.Join(" ", TitleWords.Where(w => w != "and"));
}

/// <summary>
/// The search data of one content generation held in memory: the indexed pages (by FTS5 rowid), the index
/// vocabulary (for typos), the synonyms, the intents and the clusters (for filters). Built once with the generation
/// and swapped with it, so a search never loads anything on a visitor's request.
/// </summary>
public sealed class SearchLexicon
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _wordsByLength;
    private readonly string[] _sortedWords;

    /// <summary>
    /// The vocabulary holds every word of the index with how often it is used, and the words never to correct
    /// (content/search/never-correct.txt) with 0. A typo is only ever corrected into a word of a page's title or
    /// other titles: without pages (a unit test's lexicon), every used word counts as one.
    /// </summary>
    public SearchLexicon(IReadOnlyDictionary<string, int> vocabulary, IEnumerable<(string Term, string Expansion)> synonyms,
        IReadOnlyDictionary<long, IndexedPage>? pages = null, IReadOnlyList<(string Key, string Title)>? clusters = null,
        IEnumerable<SearchIntent>? intents = null)
    {
        Pages = pages ?? new Dictionary<long, IndexedPage>();
        Clusters = clusters ?? [];
        Intents = new SearchIntents(intents ?? []);
        _frequency = new Dictionary<string, int>(vocabulary);
        var titleWords = Pages.Count == 0 ? null
            : Pages.Values.SelectMany(p => SearchText.Words(p.Title).Concat(SearchText.Words(p.AlternateTitles))).ToHashSet();
        // Only these are ever offered as corrections (see Correct).
        _wordsByLength = _frequency.Where(w => w.Value > 0 && (titleWords is null || titleWords.Contains(w.Key))).Select(w => w.Key).ToLookup(w => w.Length);
        _sortedWords = [.. _frequency.Keys.Order(StringComparer.Ordinal)];
        Synonyms = synonyms.ToDictionary(
            s => s.Term,
            s => (IReadOnlyList<string[]>)s.Expansion.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(phrase => SearchText.Words(phrase).ToArray())
                .Where(phrase => phrase.Length > 0)
                .ToList());
        LongestSynonym = Synonyms.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>The search data of documents written to the index in this order (FTS5 rowids 1, 2, 3...).</summary>
    public static SearchLexicon FromDocuments(IReadOnlyList<SearchDocument> documents, IReadOnlyDictionary<string, int> vocabulary,
        IEnumerable<(string Term, string Expansion)> synonyms, IEnumerable<SearchIntent>? intents = null)
    {
        var pages = new Dictionary<long, IndexedPage>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            pages[RowIdOf(i)] = PageOf(documents[i]);
        }
        var clusters = documents.Where(d => d.Kind == PageKinds.Cluster).Select(d => (d.ClusterKey!, d.Title)).ToList();
        return new SearchLexicon(vocabulary, synonyms, pages, clusters, intents);
    }

    /// <summary>The FTS5 rowid of the document at this position of the import.</summary>
    public static long RowIdOf(int position) => position + 1;

    /// <summary>
    /// Reads the search data back from a content database written by an earlier run (open <paramref name="connection"/>):
    /// used only at start-up, when the content folder is unchanged or broken and that database is served again.
    /// </summary>
    public static async Task<SearchLexicon> LoadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Plain SQL, not EF queries: at start-up each LINQ query would be compiled once for this one use.
        var pages = new Dictionary<long, IndexedPage>();
        await ReadAsync(connection, "SELECT rowid, kind, path, title, cluster_key, cluster_title, education, featured, body, median_wage, median_wage_at_least, " +
            $"apprenticeship, alternate_titles, needs_experience FROM \"{SearchIndexSchema.Table}\"",
            reader => pages[reader.GetInt64(0)] = new IndexedPage(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt64(7) == 1, reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetInt32(10), reader.GetInt64(11) == 1, reader.GetString(12), reader.GetInt64(13) == 1), cancellationToken);
        var words = new Dictionary<string, int>();
        await ReadAsync(connection, "SELECT \"Word\", \"Frequency\" FROM \"SearchWords\"", reader => words[reader.GetString(0)] = reader.GetInt32(1), cancellationToken);
        var synonyms = new List<(string Term, string Expansion)>();
        await ReadAsync(connection, "SELECT \"Term\", \"Expansion\" FROM \"SearchSynonyms\"", reader => synonyms.Add((reader.GetString(0), reader.GetString(1))), cancellationToken);
        var clusters = new List<(string Key, string Title)>();
        await ReadAsync(connection, "SELECT \"Framework\", \"Slug\", \"Title\" FROM \"Clusters\" ORDER BY \"Framework\", \"Order\"",
            reader => clusters.Add((new ClusterKey(reader.GetString(0), reader.GetString(1)).ToString(), reader.GetString(2))), cancellationToken);
        var intents = new List<SearchIntent>();
        await ReadAsync(connection, "SELECT \"Definition\" FROM \"SearchIntents\" ORDER BY \"Id\"",
            reader => intents.Add(JsonSerializer.Deserialize<SearchIntent>(reader.GetString(0))!), cancellationToken);
        return new SearchLexicon(words, synonyms, pages, clusters, intents);
    }

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> readRow, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            readRow(reader);
        }
    }

    private static IndexedPage PageOf(SearchDocument d) =>
        new(d.Kind, d.Path, d.Title, d.ClusterKey, d.ClusterTitle, d.Education, d.Featured, d.Body, d.MedianWage, d.MedianWageAtLeast, d.Apprenticeship, d.AlternateTitles, d.NeedsExperience);

    public IReadOnlyDictionary<long, IndexedPage> Pages { get; }

    /// <summary>Every cluster's <see cref="ClusterKey"/> text and title, for the cluster filter.</summary>
    public IReadOnlyList<(string Key, string Title)> Clusters { get; }

    /// <summary>Typed term -> alternatives, each a list of words that must all match.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string[]>> Synonyms { get; }

    public int LongestSynonym { get; }

    /// <summary>The phrases of content/search/intents.yml and what each means.</summary>
    public SearchIntents Intents { get; }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

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

    private string? Correct(string word, int allowed)
    {
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
                    || distance == bestDistance && LengthPreference(candidate, word) == LengthPreference(best!, word) && _frequency[candidate] > bestFrequency;
                if (distance <= allowed && better)
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, _frequency[candidate]);
                }
            }
        }
        return best;
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
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
