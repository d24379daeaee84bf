using System.Collections.Concurrent;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Search;

/// <summary>What search shows of an indexed page, kept in memory so a search asks SQLite only for matches and ranks.</summary>
public sealed record IndexedPage(string Kind, string Path, string Title, string? ClusterSlug, string? ClusterTitle, string? Education, bool Featured, string Body)
{
    /// <summary>The title's words, roughly stemmed, to compare with the query.</summary>
    public IReadOnlyList<string> TitleWords { get; } = SearchDocuments.Words(Title).Select(QueryPlan.Stem).ToList();

    public string TitleKey => string.Join(" ", TitleWords.Where(w => w != "and"));
}

/// <summary>
/// The search data of one content generation held in memory: the indexed pages, the index vocabulary
/// (for typos), the synonyms and the clusters (for filters).
/// </summary>
public sealed class SearchLexicon
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _wordsByLength;
    private readonly string[] _sortedWords;

    public SearchLexicon(IEnumerable<SearchWord> words, IEnumerable<SearchSynonym> synonyms,
        IReadOnlyDictionary<long, IndexedPage>? pages = null, IReadOnlyList<(string Slug, string Title)>? clusters = null)
    {
        Pages = pages ?? new Dictionary<long, IndexedPage>();
        Clusters = clusters ?? [];
        _frequency = words.ToDictionary(w => w.Word, w => w.Frequency);
        _wordsByLength = _frequency.Keys.ToLookup(w => w.Length);
        _sortedWords = [.. _frequency.Keys.Order(StringComparer.Ordinal)];
        Synonyms = synonyms.ToDictionary(
            s => s.Term,
            s => (IReadOnlyList<string[]>)s.Expansion.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(phrase => SearchDocuments.Words(phrase).ToArray())
                .Where(phrase => phrase.Length > 0)
                .ToList());
        LongestSynonym = Synonyms.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    public IReadOnlyDictionary<long, IndexedPage> Pages { get; }

    public IReadOnlyList<(string Slug, string Title)> Clusters { get; }

    /// <summary>Typed term -> alternatives, each a list of words that must all match.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string[]>> Synonyms { get; }

    public int LongestSynonym { get; }

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

    /// <summary>The closest indexed word by edit distance (1 for short words, 2 for long ones), the most used on ties.</summary>
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

/// <summary>
/// Keeps one lexicon per content generation, loaded on first use. The load has its own DbContext and no request's
/// cancellation token: a visitor who leaves during the first search must not leave a cancelled load cached for everyone.
/// </summary>
public sealed class SearchLexiconCache
{
    private readonly ConcurrentDictionary<int, Lazy<Task<SearchLexicon>>> _byGeneration = new();

    public async Task<SearchLexicon> GetAsync(ContentGeneration generation, CancellationToken cancellationToken)
    {
        var lexicon = _byGeneration.GetOrAdd(generation.Number, _ => new Lazy<Task<SearchLexicon>>(() => LoadAsync(generation)));
        foreach (int old in _byGeneration.Keys.Where(n => n < generation.Number - 1))
        {
            _byGeneration.TryRemove(old, out _);
        }
        try
        {
            return await lexicon.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lexicon.Value.IsFaulted)
        {
            // A failed load is not kept: the next search tries again.
            _byGeneration.TryRemove(new KeyValuePair<int, Lazy<Task<SearchLexicon>>>(generation.Number, lexicon));
            throw;
        }
    }

    private static async Task<SearchLexicon> LoadAsync(ContentGeneration generation)
    {
        await using var db = new ContentDbContext(generation.DbOptions);
        var pages = new Dictionary<long, IndexedPage>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT rowid, kind, path, title, cluster_slug, cluster_title, education, featured, body FROM \"{SearchIndexSchema.Table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pages[reader.GetInt64(0)] = new IndexedPage(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt64(7) == 1, reader.GetString(8));
            }
        }
        var clusters = await db.Clusters.OrderBy(c => c.Order).Select(c => new { c.Slug, c.Title }).ToListAsync();
        return new SearchLexicon(
            await db.SearchWords.ToListAsync(),
            await db.SearchSynonyms.ToListAsync(),
            pages,
            clusters.Select(c => (c.Slug, c.Title)).ToList());
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
