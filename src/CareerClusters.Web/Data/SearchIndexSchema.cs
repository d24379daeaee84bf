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
}
