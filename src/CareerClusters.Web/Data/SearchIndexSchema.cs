namespace CareerClusters.Web.Data;

/// <summary>
/// The SQLite FTS5 table behind search, created at import beside the EF Core tables. Titles and alternate titles
/// are their own columns so they can weigh more than body text; the other columns hold values and keys, never wording,
/// so a page in any language can say them in its own words; the porter stemmer matches word forms
/// (nurse, nurses, nursing) and prefix indexes make as-you-type matching cheap.
/// </summary>
public static class SearchIndexSchema
{
    public const string Table = "SearchIndex";

    public const string Create = $"""
        CREATE VIRTUAL TABLE "{Table}" USING fts5(
            title, alternate_titles, body, context,
            kind UNINDEXED, path UNINDEXED, cluster_key UNINDEXED, cluster_title UNINDEXED, education UNINDEXED, featured UNINDEXED,
            median_wage UNINDEXED, median_wage_at_least UNINDEXED, apprenticeship UNINDEXED, needs_experience UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2',
            prefix = '3');
        """;

    /// <summary>bm25 weights for title, alternate_titles, body and context (where a page sits: its pathways and cluster).</summary>
    public const string Rank = $"bm25(\"{Table}\", 10.0, 5.0, 1.0, 0.5)";

    /// <summary>
    /// Spanish search's index (<see cref="SearchLanguage.Spanish"/>): one row per page, in the English index's order. Its
    /// indexed columns hold words already folded and stemmed (<see cref="SpanishWords"/>), so FTS5 only splits them; the
    /// page's Spanish title and text, and beside them its English title, other titles and text (a page not translated
    /// yet is found by those, and students mix languages). The <c>shown_</c> columns keep what a result shows, as written.
    /// </summary>
    public const string SpanishTable = "SearchIndex_es";

    public const string CreateSpanish = $"""
        CREATE VIRTUAL TABLE "{SpanishTable}" USING fts5(
            title, english_title, alternate_titles, body, english_body, context,
            kind UNINDEXED, path UNINDEXED, cluster_key UNINDEXED, cluster_title UNINDEXED, education UNINDEXED, featured UNINDEXED,
            median_wage UNINDEXED, median_wage_at_least UNINDEXED, apprenticeship UNINDEXED, needs_experience UNINDEXED,
            shown_title UNINDEXED, shown_english_title UNINDEXED, shown_alternate_titles UNINDEXED, shown_body UNINDEXED,
            title_lang UNINDEXED, body_lang UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3');
        CREATE TABLE "SearchWords_es" ("Word" TEXT NOT NULL PRIMARY KEY, "Frequency" INTEGER NOT NULL);
        CREATE TABLE "SearchSynonyms_es" ("Id" INTEGER NOT NULL PRIMARY KEY, "Term" TEXT NOT NULL, "Expansion" TEXT NOT NULL);
        CREATE TABLE "SearchIntents_es" ("Id" INTEGER NOT NULL PRIMARY KEY, "Definition" TEXT NOT NULL);
        """;

    /// <summary>bm25 weights for the Spanish title, the English title, other titles, the Spanish text, the English text and the context.</summary>
    public const string SpanishRank = $"bm25(\"{SpanishTable}\", 10.0, 8.0, 5.0, 1.0, 0.5, 0.5)";
}
