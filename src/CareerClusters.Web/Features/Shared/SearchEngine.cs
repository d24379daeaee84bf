using System.Data.Common;
using System.Net;
using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

public sealed record SearchFilters(string? Kind = null, string? Cluster = null, string? Education = null);

public sealed record SearchHit(long RowId, string Kind, string Path, string Title, string? ClusterKey, string? ClusterTitle, string? Education, double Score,
    int? MedianWage = null, int? MedianWageAtLeast = null)
{
    public string SnippetHtml { get; init; } = "";
}

public sealed record SearchOutcome(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<string, int> CountsByKind,
    string? SearchedInstead,
    bool MatchedAnyWord,
    string? DidYouMean = null);

/// <summary>
/// Full-text search over the content generation's FTS5 index. User text never reaches MATCH as syntax: it is
/// split into words, each quoted, and only then joined with AND / OR.
/// </summary>
public sealed partial class SearchEngine(ContentDbContext db, SearchLexicon lexicon, ILogger<SearchEngine> logger)
{
    public const int MaxQueryLength = 200;
    private const int MaxWords = 12;
    private const char SnippetStart = '\u0002';
    private const char SnippetEnd = '\u0003';

    private static readonly HashSet<string> FillerWords =
        ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "i", "me", "my", "is", "are", "be", "do",
         "want", "like", "job", "jobs", "career", "careers", "about", "how", "what", "become"];

    /// <summary>The clusters of the content being searched, for the cluster filter.</summary>
    public IReadOnlyList<(string Key, string Title)> Clusters => lexicon.Clusters;

    public async Task<SearchOutcome> SearchAsync(string query, SearchFilters filters, int skip, int take, bool withSnippets, CancellationToken cancellationToken)
    {
        var empty = new SearchOutcome([], 0, new Dictionary<string, int>(), null, false);
        var plan = QueryPlan.Build(query, lexicon, FillerWords);
        if (plan is null)
        {
            return empty;
        }
        try
        {
            var hits = await MatchAsync(plan.AllWords, filters, plan, lexicon, cancellationToken);
            bool matchedAll = hits.Count > 0;
            if (!matchedAll && plan.AnyWord != plan.AllWords)
            {
                hits = await MatchAsync(plan.AnyWord, filters, plan, lexicon, cancellationToken);
            }
            var counts = hits.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count());
            var shown = hits.Where(h => filters.Kind is null || h.Kind == filters.Kind)
                .OrderByDescending(h => h.Score).ThenBy(h => h.Title, StringComparer.Ordinal)
                .ToList();
            var page = shown.Skip(skip).Take(take).ToList();
            if (withSnippets)
            {
                var stems = plan.HighlightStems;
                page = page.Select(h => h with { SnippetHtml = HighlightedHtml(Snippet(lexicon.Pages[h.RowId].Body, stems)) }).ToList();
            }
            string? didYouMean = hits.Count == 0 ? DidYouMean(query, lexicon) : null;
            return new SearchOutcome(page, shown.Count, counts, plan.CorrectedText, matchedAll, didYouMean);
        }
        catch (SqliteException ex)
        {
            // The query is built from quoted words only, so this should not happen; if it does, it is no result, not an error page.
            logger.LogWarning(ex, "Search for {Query} failed", query);
            return empty;
        }
    }

    /// <summary>SQLite finds the matches and their bm25 rank; everything else comes from the in-memory pages.</summary>
    private async Task<List<SearchHit>> MatchAsync(string match, SearchFilters filters, QueryPlan plan, SearchLexicon lexicon, CancellationToken cancellationToken)
    {
        string sql = $"""
            SELECT rowid, {SearchIndexSchema.Rank} FROM "{SearchIndexSchema.Table}" WHERE "{SearchIndexSchema.Table}" MATCH $match
            """;
        var hits = new List<SearchHit>();
        await using var command = await CommandAsync(sql, new Dictionary<string, object> { ["$match"] = match }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long rowId = reader.GetInt64(0);
            if (!lexicon.Pages.TryGetValue(rowId, out var page)
                || filters.Cluster is not null && page.ClusterKey != filters.Cluster
                || filters.Education is not null && page.Education != filters.Education)
            {
                continue;
            }
            double relevance = -reader.GetDouble(1);
            double score = relevance * KindWeight(page.Kind, page.Featured) * plan.TitleBoost(page);
            hits.Add(new SearchHit(rowId, page.Kind, page.Path, page.Title, page.ClusterKey, page.ClusterTitle, page.Education, score, page.MedianWage, page.MedianWageAtLeast));
        }
        return hits;
    }

    /// <summary>The query with each unknown word replaced by a looser guess, when that changes anything.</summary>
    private static string? DidYouMean(string query, SearchLexicon lexicon)
    {
        var words = SearchText.Words(query).Take(MaxWords).ToList();
        var guessed = words.Select(w => w.Length >= 4 ? lexicon.Guess(w) ?? w : w).ToList();
        return guessed.SequenceEqual(words) ? null : string.Join(" ", guessed);
    }

    private const int SnippetWords = 26;

    /// <summary>
    /// About 26 words of the page around the first word that matches the search, with the matching words between
    /// marker characters. Built in memory from the indexed text: cheaper than asking FTS5 to tokenize every result again.
    /// </summary>
    public static string Snippet(string body, IReadOnlyList<string> stems)
    {
        bool Matches(ReadOnlySpan<char> word)
        {
            foreach (string stem in stems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        // Scan only as far as the window needs: the words up to the first match, and the window after it.
        var words = new List<(int Index, int Length, bool Match)>();
        int first = -1;
        bool scannedAll = true;
        foreach (var word in SnippetWordPattern().EnumerateMatches(body))
        {
            bool match = Matches(body.AsSpan(word.Index, word.Length));
            words.Add((word.Index, word.Length, match));
            if (match && first < 0)
            {
                first = words.Count - 1;
            }
            if (first >= 0 && words.Count >= first + SnippetWords)
            {
                scannedAll = false;
                break;
            }
        }
        if (words.Count == 0)
        {
            return "";
        }
        int start = Math.Max(0, (first < 0 ? 0 : first) - 6);
        int end = Math.Min(words.Count, start + SnippetWords);
        var text = new System.Text.StringBuilder(start > 0 ? "…" : "");
        int position = words[start].Index;
        for (int i = start; i < end; i++)
        {
            var (index, length, match) = words[i];
            text.Append(body, position, index - position);
            if (match)
            {
                text.Append(SnippetStart).Append(body, index, length).Append(SnippetEnd);
            }
            else
            {
                text.Append(body, index, length);
            }
            position = index + length;
        }
        if (end < words.Count || !scannedAll)
        {
            text.Append('…');
        }
        else
        {
            text.Append(body, position, body.Length - position);
        }
        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}'’]+")]
    private static partial System.Text.RegularExpressions.Regex SnippetWordPattern();

    /// <summary>Encode first, then turn the control-character markers into &lt;mark&gt;: the text itself can never add markup.</summary>
    public static string HighlightedHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet.Replace("\n", " ")).Replace(SnippetStart.ToString(), "<mark>").Replace(SnippetEnd.ToString(), "</mark>");

    /// <summary>Broad pages first when they match as well: a student typing "health" wants the cluster before a job.</summary>
    private static double KindWeight(string kind, bool featured) => kind switch
    {
        PageKinds.Cluster => 2.0,
        PageKinds.Pathway => 1.5,
        PageKinds.Occupation => featured ? 1.4 : 1.0,
        _ => 0.8,
    };

    private async Task<DbCommand> CommandAsync(string sql, Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
