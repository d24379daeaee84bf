using System.Data.Common;
using System.Net;
using System.Text;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Search;

public sealed record SearchFilters(string? Kind = null, string? Cluster = null, string? Education = null);

public sealed record SearchHit(long RowId, string Kind, string Path, string Title, string? ClusterSlug, string? ClusterTitle, string? Education, double Score)
{
    public string SnippetHtml { get; init; } = "";
}

public sealed record SearchOutcome(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<string, int> CountsByKind,
    string? SearchedInstead,
    bool MatchedAnyWord);

/// <summary>
/// Full-text search over the content generation's FTS5 index. User text never reaches MATCH as syntax: it is
/// split into words, each quoted, and only then joined with AND / OR.
/// </summary>
public sealed class SearchEngine(ContentDbContext db, SearchLexiconCache lexicons, ContentStore store, ILogger<SearchEngine> logger)
{
    public const int MaxQueryLength = 200;
    private const int MaxWords = 12;
    private const char SnippetStart = '\u0002';
    private const char SnippetEnd = '\u0003';

    private static readonly HashSet<string> FillerWords =
        ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "i", "me", "my", "is", "are", "be", "do",
         "want", "like", "job", "jobs", "career", "careers", "about", "how", "what", "become"];

    public async Task<SearchOutcome> SearchAsync(string query, SearchFilters filters, int skip, int take, bool withSnippets, CancellationToken cancellationToken)
    {
        var empty = new SearchOutcome([], 0, new Dictionary<string, int>(), null, false);
        var generation = store.Current;
        if (generation is null)
        {
            return empty;
        }
        var lexicon = await lexicons.GetAsync(generation, db, cancellationToken);
        var plan = QueryPlan.Build(query, lexicon, FillerWords);
        if (plan is null)
        {
            return empty;
        }
        try
        {
            var hits = await MatchAsync(plan.AllWords, filters, plan, cancellationToken);
            bool matchedAll = hits.Count > 0;
            if (!matchedAll && plan.AnyWord != plan.AllWords)
            {
                hits = await MatchAsync(plan.AnyWord, filters, plan, cancellationToken);
            }
            var counts = hits.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count());
            var shown = hits.Where(h => filters.Kind is null || h.Kind == filters.Kind)
                .OrderByDescending(h => h.Score).ThenBy(h => h.Title, StringComparer.Ordinal)
                .ToList();
            var page = shown.Skip(skip).Take(take).ToList();
            if (withSnippets && page.Count > 0)
            {
                page = await WithSnippetsAsync(page, matchedAll ? plan.AllWords : plan.AnyWord, cancellationToken);
            }
            return new SearchOutcome(page, shown.Count, counts, plan.CorrectedText, matchedAll);
        }
        catch (SqliteException ex)
        {
            // The query is built from quoted words only, so this should not happen; if it does, it is no result, not an error page.
            logger.LogWarning(ex, "Search for {Query} failed", query);
            return empty;
        }
    }

    private async Task<List<SearchHit>> MatchAsync(string match, SearchFilters filters, QueryPlan plan, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"""
            SELECT rowid, kind, path, title, cluster_slug, cluster_title, education, featured, {SearchIndexSchema.Rank}
            FROM "{SearchIndexSchema.Table}" WHERE "{SearchIndexSchema.Table}" MATCH $match
            """);
        var parameters = new Dictionary<string, object> { ["$match"] = match };
        if (filters.Cluster is not null)
        {
            sql.Append(" AND cluster_slug = $cluster");
            parameters["$cluster"] = filters.Cluster;
        }
        if (filters.Education is not null)
        {
            sql.Append(" AND education = $education");
            parameters["$education"] = filters.Education;
        }
        var hits = new List<SearchHit>();
        await using var command = await CommandAsync(sql.ToString(), parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string kind = reader.GetString(1);
            string title = reader.GetString(3);
            double relevance = -reader.GetDouble(8);
            double score = relevance * KindWeight(kind, reader.GetInt64(7) == 1) * plan.TitleBoost(title);
            hits.Add(new SearchHit(reader.GetInt64(0), kind, reader.GetString(2), title, NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6), score));
        }
        return hits;
    }

    private async Task<List<SearchHit>> WithSnippetsAsync(List<SearchHit> page, string match, CancellationToken cancellationToken)
    {
        string ids = string.Join(",", page.Select(h => h.RowId));
        string sql = $"""
            SELECT rowid, snippet("{SearchIndexSchema.Table}", 2, char(2), char(3), '…', 16)
            FROM "{SearchIndexSchema.Table}" WHERE "{SearchIndexSchema.Table}" MATCH $match AND rowid IN ({ids})
            """;
        var snippets = new Dictionary<long, string>();
        await using var command = await CommandAsync(sql, new Dictionary<string, object> { ["$match"] = match }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            snippets[reader.GetInt64(0)] = reader.IsDBNull(1) ? "" : HighlightedHtml(reader.GetString(1));
        }
        return page.Select(h => h with { SnippetHtml = snippets.GetValueOrDefault(h.RowId, "") }).ToList();
    }

    /// <summary>Encode first, then turn the control-character markers into &lt;mark&gt;: the text itself can never add markup.</summary>
    public static string HighlightedHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet.Replace("\n", " ")).Replace(SnippetStart.ToString(), "<mark>").Replace(SnippetEnd.ToString(), "</mark>");

    /// <summary>Broad pages first when they match as well: a student typing "health" wants the cluster before a job.</summary>
    private static double KindWeight(string kind, bool featured) => kind switch
    {
        SearchDocuments.Cluster => 2.0,
        SearchDocuments.Pathway => 1.5,
        SearchDocuments.Occupation => featured ? 1.4 : 1.0,
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

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
