using System.Data.Common;
using System.Text.Json;

namespace CareerClusters.Web.Data;

/// <summary>Building a lexicon from the documents an import wrote, and reading it back from a database written by an earlier run.</summary>
public sealed partial class SearchLexicon
{
    /// <summary>The search data of documents written to a language's index in this order (FTS5 rowids 1, 2, 3...).</summary>
    public static SearchLexicon FromDocuments(IReadOnlyList<SearchDocument> documents, IReadOnlyDictionary<string, int> vocabulary,
        IEnumerable<(string Term, string Expansion)> synonyms, IEnumerable<SearchIntent>? intents = null, SearchLanguage? language = null,
        IReadOnlyDictionary<string, SearchLexicon>? otherLanguages = null)
    {
        language ??= SearchLanguage.English;
        var pages = new Dictionary<long, IndexedPage>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            pages[RowIdOf(i)] = PageOf(documents[i], language);
        }
        var clusters = documents.Where(d => d.Kind == PageKinds.Cluster).Select(d => (d.ClusterKey!, d.Title)).ToList();
        return new SearchLexicon(vocabulary, synonyms, pages, clusters, intents, language)
        {
            OtherLanguages = otherLanguages ?? new Dictionary<string, SearchLexicon>(),
        };
    }

    /// <summary>
    /// What search keeps of a document. A page of another language's index is compared with the query by its own
    /// title and its English title (students mix languages), and shows its own title, or the English one marked.
    /// </summary>
    private static IndexedPage PageOf(SearchDocument d, SearchLanguage language)
    {
        var page = new IndexedPage(d.Kind, d.Path, d.Title, d.ClusterKey, d.ClusterTitle, d.Education, d.Featured, d.Body, d.MedianWage, d.MedianWageAtLeast,
            d.Apprenticeship, d.EnglishTitle.Length == 0 ? d.AlternateTitles : $"{d.EnglishTitle}, {d.AlternateTitles}", d.NeedsExperience);
        if (language == SearchLanguage.English)
        {
            return page;
        }
        string[] titles = [d.Title, d.EnglishTitle];
        return page with
        {
            TitleWords = titles.SelectMany(language.Words).Select(language.Stem).Distinct().ToList(),
            TitleKeys = titles.Select(t => language.Key(language.Words(t))).Where(k => k.Length > 0).Distinct().DefaultIfEmpty("").ToList(),
            TitleLang = d.TitleLang,
            BodyLang = d.BodyLang,
        };
    }

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
        return new SearchLexicon(words, synonyms, pages, clusters, intents)
        {
            OtherLanguages = new Dictionary<string, SearchLexicon> { [SiteCultures.Spanish] = await LoadSpanishAsync(connection, intents, cancellationToken) },
        };
    }

    /// <summary>
    /// Spanish search's data, from its index's shown columns (the same documents the import built it from), its words,
    /// synonyms and intents: the Spanish file's, then <paramref name="englishIntents"/>, as the import built them.
    /// </summary>
    private static async Task<SearchLexicon> LoadSpanishAsync(DbConnection connection, IReadOnlyList<SearchIntent> englishIntents, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>();
        await ReadAsync(connection, "SELECT kind, path, shown_title, shown_alternate_titles, shown_body, cluster_key, cluster_title, education, featured, " +
            "median_wage, median_wage_at_least, apprenticeship, needs_experience, shown_english_title, title_lang, body_lang " +
            $"FROM \"{SearchIndexSchema.SpanishTable}\" ORDER BY rowid",
            reader => documents.Add(new SearchDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), "",
                Text(reader, 5), Text(reader, 6), Text(reader, 7), reader.GetInt64(8) == 1, reader.IsDBNull(9) ? null : reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetInt32(10), reader.GetInt64(11) == 1, reader.GetInt64(12) == 1)
            {
                EnglishTitle = reader.GetString(13), TitleLang = Text(reader, 14), BodyLang = Text(reader, 15),
            }), cancellationToken);
        var words = new Dictionary<string, int>();
        await ReadAsync(connection, "SELECT \"Word\", \"Frequency\" FROM \"SearchWords_es\"", reader => words[reader.GetString(0)] = reader.GetInt32(1), cancellationToken);
        var synonyms = new List<(string Term, string Expansion)>();
        await ReadAsync(connection, "SELECT \"Term\", \"Expansion\" FROM \"SearchSynonyms_es\" ORDER BY \"Id\"",
            reader => synonyms.Add((reader.GetString(0), reader.GetString(1))), cancellationToken);
        var intents = new List<SearchIntent>();
        await ReadAsync(connection, "SELECT \"Definition\" FROM \"SearchIntents_es\" ORDER BY \"Id\"",
            reader => intents.Add(JsonSerializer.Deserialize<SearchIntent>(reader.GetString(0))!), cancellationToken);
        return FromDocuments(documents, words, synonyms, [.. intents, .. englishIntents], SearchLanguage.Spanish);
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

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
}
