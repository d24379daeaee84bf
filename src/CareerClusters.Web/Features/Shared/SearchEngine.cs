using System.Data.Common;
using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// Full-text search over the content generation's FTS5 index of the request's language (English, or Spanish under
/// /es: <see cref="SearchLexicon.In"/>). User text never reaches MATCH as syntax: it is split into words, each quoted,
/// and only then joined with AND / OR.
/// </summary>
public sealed partial class SearchEngine(ContentDbContext db, SearchLexicon generationLexicon, ILogger<SearchEngine> logger) : IDisposable
{
    public const int MaxQueryLength = 200;
    private const int MaxWords = 12;

    private SqliteConnection? _connection;

    /// <summary>The search data of the request's language.</summary>
    private SearchLexicon Lexicon => generationLexicon.In(SiteCultures.Current);

    /// <summary>The clusters of the content being searched, for the cluster filter (titled in the request's language).</summary>
    public IReadOnlyList<(string Key, string Title)> Clusters => Lexicon.Clusters;

    public async Task<SearchOutcome> SearchAsync(string query, SearchFilters filters, int skip, int take, bool withSnippets, CancellationToken cancellationToken)
    {
        var empty = new SearchOutcome([], 0, new Dictionary<string, int>(), null, false);
        var lexicon = Lexicon;
        var plan = QueryPlan.Build(query, lexicon, lexicon.Language.FillerWords);
        if (plan is null)
        {
            return empty;
        }
        try
        {
            var applied = filters.Apply(plan.FromWords);
            var (hits, matchedAll) = await FindAsync(lexicon, plan, filters, applied, cancellationToken);
            // A filter the words asked for that leaves nothing ("nursing apprenticeship") gives way to the results without it.
            var unfiltered = filters.Apply(new AppliedFilters());
            bool dropped = false;
            if (hits.Count == 0 && unfiltered != applied && plan.HasWords)
            {
                var (others, othersMatchedAll) = await FindAsync(lexicon, plan, filters, unfiltered, cancellationToken);
                if (others.Count > 0)
                {
                    (hits, matchedAll, applied, dropped) = (others, othersMatchedAll, unfiltered, true);
                }
            }
            var counts = hits.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count());
            var shown = Ordered(hits.Where(h => filters.Kind is null || h.Kind == filters.Kind), applied.ByPay, plan.HasWords).ToList();
            var page = shown.Skip(skip).Take(take).ToList();
            if (withSnippets)
            {
                var stems = plan.HighlightStems;
                page = page.Select(h => h with { SnippetHtml = HighlightedHtml(Snippet(lexicon.Pages[h.RowId].Body, stems, plan.Language)) }).ToList();
            }
            string? didYouMean = hits.Count == 0 ? await DidYouMeanAsync(lexicon, query, filters, cancellationToken) : null;
            return new SearchOutcome(page, shown.Count, counts, plan.CorrectedText, matchedAll, didYouMean)
            {
                Applied = applied,
                FromWords = plan.FromWords,
                WordFiltersDropped = dropped,
                Intents = plan.Intents.Select(i => i.Phrase).ToList(),
            };
        }
        catch (SqliteException ex)
        {
            // The query is built from quoted words only, so this should not happen; if it does, it is no result, not an error page.
            logger.LogWarning(ex, "Search for {Query} failed", query);
            return empty;
        }
    }

    /// <summary>
    /// The pages that match every word, else any word. Words that mean only filters ("jobs without college") match
    /// every job, the ones the site features first.
    /// </summary>
    private async Task<(List<SearchHit> Hits, bool MatchedAll)> FindAsync(SearchLexicon lexicon, QueryPlan plan, SearchFilters filters, AppliedFilters applied,
        CancellationToken cancellationToken)
    {
        if (!plan.HasWords)
        {
            var jobs = lexicon.Pages.Where(p => p.Value.Kind == PageKinds.Occupation && filters.Passes(p.Value, applied))
                .Select(p => HitOf(p.Key, p.Value, KindWeight(p.Value.Kind, p.Value.Featured))).ToList();
            return (jobs, jobs.Count > 0);
        }
        var hits = await MatchAsync(lexicon, plan.AllWords, filters, applied, plan, cancellationToken);
        bool matchedAll = hits.Count > 0;
        if (!matchedAll && plan.AnyWord != plan.AllWords)
        {
            hits = await MatchAsync(lexicon, plan.AnyWord, filters, applied, plan, cancellationToken);
        }
        return (hits, matchedAll);
    }

    /// <summary>
    /// Best match first (an intent's jobs in the order it names them), or by pay when asked. A list of every job that
    /// passes a filter (words that mean only filters) starts with jobs people start without working in another job
    /// first, then the ones the site features, then by pay.
    /// </summary>
    private static IEnumerable<SearchHit> Ordered(IEnumerable<SearchHit> hits, bool byPay, bool hasWords)
    {
        var ordered = (byPay, hasWords) switch
        {
            (true, true) => hits.OrderByDescending(h => h.PayForOrder).ThenByDescending(h => h.Score),
            (true, false) => hits.OrderBy(h => h.NeedsExperience).ThenByDescending(h => h.PayForOrder),
            (false, true) => hits.OrderByDescending(h => h.Tier).ThenByDescending(h => h.Score),
            (false, false) => hits.OrderBy(h => h.NeedsExperience).ThenByDescending(h => h.Score).ThenByDescending(h => h.PayForOrder),
        };
        return ordered.ThenBy(h => h.Title, StringComparer.Ordinal);
    }

    /// <summary>SQLite finds the matches and their bm25 rank; everything else comes from the in-memory pages.</summary>
    private async Task<List<SearchHit>> MatchAsync(SearchLexicon lexicon, string match, SearchFilters filters, AppliedFilters applied, QueryPlan plan,
        CancellationToken cancellationToken)
    {
        var language = lexicon.Language;
        string sql = $"""
            SELECT rowid, {language.Rank} FROM "{language.Table}" WHERE "{language.Table}" MATCH $match
            """;
        var hits = new List<SearchHit>();
        await using var command = await CommandAsync(sql, "$match", match, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long rowId = reader.GetInt64(0);
            if (lexicon.Pages.TryGetValue(rowId, out var page) && filters.Passes(page, applied))
            {
                double relevance = -reader.GetDouble(1);
                hits.Add(HitOf(rowId, page, relevance * KindWeight(page.Kind, page.Featured) * plan.TitleBoost(page), plan.IntentTier(page)));
            }
        }
        return hits;
    }

    private static SearchHit HitOf(long rowId, IndexedPage page, double score, int tier = 0) =>
        new(rowId, page.Kind, page.Path, page.Title, page.ClusterKey, page.ClusterTitle, page.Education, score, page.MedianWage, page.MedianWageAtLeast, page.Apprenticeship)
        {
            Tier = tier,
            NeedsExperience = page.NeedsExperience,
            TitleLang = page.TitleLang,
            SnippetLang = page.BodyLang,
        };

    /// <summary>
    /// When nothing was found: the query with each unknown word replaced by a looser guess (a title word, never a word
    /// of <c>never-correct.txt</c>), offered only when that search finds pages.
    /// </summary>
    private async Task<string?> DidYouMeanAsync(SearchLexicon lexicon, string query, SearchFilters filters, CancellationToken cancellationToken)
    {
        var words = lexicon.Language.Words(query).Take(MaxWords).ToList();
        var guessed = words.Select(w => w.Length >= 4 ? lexicon.Guess(w) ?? w : w).ToList();
        if (guessed.SequenceEqual(words) || QueryPlan.Build(string.Join(" ", guessed), lexicon, lexicon.Language.FillerWords) is not { } plan)
        {
            return null;
        }
        var (hits, _) = await FindAsync(lexicon, plan, filters, filters.Apply(plan.FromWords), cancellationToken);
        return hits.Count > 0 ? string.Join(" ", guessed) : null;
    }

    /// <summary>Broad pages first when they match as well: a student typing "health" wants the cluster before a job.</summary>
    private static double KindWeight(string kind, bool featured) => kind switch
    {
        PageKinds.Cluster => 2.0,
        PageKinds.Pathway => 1.5,
        PageKinds.Occupation => featured ? 1.4 : 1.0,
        _ => 0.8,
    };

    /// <summary>
    /// A command on the search's own connection to the request's content database (opened on first use, one per
    /// request, from the pool EF Core's connections share: <see cref="ContentDbContext.ConnectionString"/>): plain
    /// ADO.NET, as the queries are FTS5 text, not LINQ, and the DbContext's services would cost more than the query.
    /// </summary>
    private async Task<DbCommand> CommandAsync(string sql, string parameterName, string value, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(db.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            _connection = connection;
        }
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue(parameterName, value);
        return command;
    }

    public void Dispose() => _connection?.Dispose();
}
