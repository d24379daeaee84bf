using System.Data.Common;
using System.Text;
using System.Text.Json;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// Writes the full-text indexes (SQLite FTS5) of an import, their vocabularies for typo correction and the synonyms,
/// and returns the generation's in-memory search data built from the same documents, keyed by the rowids written here:
/// English, and Spanish (<see cref="SearchIndexSchema.SpanishTable"/>) beside it.
/// </summary>
internal static class SearchIndexImport
{
    public static async Task<SearchLexicon> WriteAsync(ContentSet content, IReadOnlyList<CrosswalkCount> crosswalk, DbConnection connection, CancellationToken cancellationToken)
    {
        await ContentImporter.Execute(connection, SearchIndexSchema.Create, cancellationToken);
        var documents = SearchDocuments.From(content, crosswalk);
        documents.AddRange(DistrictImport.SearchDocumentsOf(content, documents).ToList());
        await using (var insert = new PreparedInsert(connection, SearchIndexSchema.Table,
            "rowid", "title", "alternate_titles", "body", "context", "kind", "path", "cluster_key", "cluster_title", "education", "featured",
            "median_wage", "median_wage_at_least", "apprenticeship", "needs_experience"))
        {
            for (int i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                await insert.RunAsync(cancellationToken, SearchLexicon.RowIdOf(i), d.Title, d.AlternateTitles, d.Body, d.Context, d.Kind, d.Path, d.ClusterKey, d.ClusterTitle, d.Education, d.Featured ? 1 : 0,
                    d.MedianWage, d.MedianWageAtLeast, d.Apprenticeship ? 1 : 0, d.NeedsExperience ? 1 : 0);
            }
        }
        var vocabulary = SearchText.Vocabulary(documents, content.NeverCorrect);
        var intents = content.SearchIntents.Select(i => i.ToIntent()).ToList();
        await using (var insert = new PreparedInsert(connection, "SearchWords", "Word", "Frequency"))
        {
            foreach (var (word, frequency) in vocabulary)
            {
                await insert.RunAsync(cancellationToken, word, frequency);
            }
        }
        await using (var insert = new PreparedInsert(connection, "SearchSynonyms", "Term", "Expansion"))
        {
            foreach (var synonym in content.Synonyms)
            {
                await insert.RunAsync(cancellationToken, synonym.Term, synonym.Expansion);
            }
        }
        await using (var insert = new PreparedInsert(connection, "SearchIntents", "Id", "Definition"))
        {
            for (int i = 0; i < intents.Count; i++)
            {
                await insert.RunAsync(cancellationToken, i + 1, JsonSerializer.Serialize(intents[i]));
            }
        }
        var spanish = await WriteSpanishAsync(content, documents, intents, connection, cancellationToken);
        return SearchLexicon.FromDocuments(documents, vocabulary, content.Synonyms.Select(s => (s.Term, s.Expansion)), intents,
            otherLanguages: new Dictionary<string, SearchLexicon> { [SiteCultures.Spanish] = spanish });
    }

    /// <summary>
    /// Spanish search's index: each document's words folded and stemmed as Spanish search reads them; its vocabulary;
    /// and its synonyms, search/synonyms.es.yml first and the English ones after it (an English term the Spanish file
    /// also has takes the Spanish line), since students mix languages. Its intents likewise: search/intents.es.yml, then
    /// the English ones (a phrase both files have means what the Spanish file says).
    /// </summary>
    private static async Task<SearchLexicon> WriteSpanishAsync(ContentSet content, IReadOnlyList<SearchDocument> english, IReadOnlyList<SearchIntent> intents,
        DbConnection connection, CancellationToken cancellationToken)
    {
        var language = SearchLanguage.Spanish;
        await ContentImporter.Execute(connection, SearchIndexSchema.CreateSpanish, cancellationToken);
        var documents = TranslatedSearchDocuments.From(content, english, language.Code);
        // One pass over each text: its words as the index holds them, and the vocabulary (title words count more, as in English).
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        string Indexed(string words, int weight)
        {
            text.Clear();
            foreach (string word in language.Words(words))
            {
                if (word.Length >= 3 && weight > 0)
                {
                    vocabulary[word] = vocabulary.GetValueOrDefault(word) + weight;
                }
                if (!terms.TryGetValue(word, out string? term))
                {
                    terms[word] = term = language.IndexTerm(word);
                }
                text.Append(text.Length == 0 ? "" : " ").Append(term);
            }
            return text.ToString();
        }
        await using (var insert = new PreparedInsert(connection, SearchIndexSchema.SpanishTable,
            "rowid", "title", "english_title", "alternate_titles", "body", "english_body", "context", "kind", "path", "cluster_key", "cluster_title", "education",
            "featured", "median_wage", "median_wage_at_least", "apprenticeship", "needs_experience",
            "shown_title", "shown_english_title", "shown_alternate_titles", "shown_body", "title_lang", "body_lang"))
        {
            for (int i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                string title = Indexed(d.Title, 5), body = Indexed(d.Body, 1);
                await insert.RunAsync(cancellationToken, SearchLexicon.RowIdOf(i), d.TitleLang is null ? title : "", Indexed(d.EnglishTitle, 2),
                    Indexed(d.AlternateTitles, 2), d.BodyLang is null ? body : "", Indexed(d.EnglishBody, 1), Indexed(d.Context, 0), d.Kind, d.Path, d.ClusterKey,
                    d.ClusterTitle, d.Education, d.Featured ? 1 : 0, d.MedianWage, d.MedianWageAtLeast, d.Apprenticeship ? 1 : 0, d.NeedsExperience ? 1 : 0,
                    d.Title, d.EnglishTitle, d.AlternateTitles, d.Body, d.TitleLang, d.BodyLang);
            }
        }
        foreach (string word in content.NeverCorrect.SelectMany(language.Words))
        {
            vocabulary.TryAdd(word, 0);
        }
        await using (var insert = new PreparedInsert(connection, "SearchWords_es", "Word", "Frequency"))
        {
            foreach (var (word, frequency) in vocabulary)
            {
                await insert.RunAsync(cancellationToken, word, frequency);
            }
        }
        var synonyms = content.SynonymsIn(language.Code).Concat(content.Synonyms).Select(s => (s.Term, s.Expansion)).ToList();
        await using (var insert = new PreparedInsert(connection, "SearchSynonyms_es", "Id", "Term", "Expansion"))
        {
            for (int i = 0; i < synonyms.Count; i++)
            {
                await insert.RunAsync(cancellationToken, i + 1, synonyms[i].Term, synonyms[i].Expansion);
            }
        }
        // Only the Spanish file's intents are written: the English ones are in SearchIntents already.
        var ownIntents = content.SearchIntentsIn(language.Code).Select(i => i.ToIntent()).ToList();
        await using (var insert = new PreparedInsert(connection, "SearchIntents_es", "Id", "Definition"))
        {
            for (int i = 0; i < ownIntents.Count; i++)
            {
                await insert.RunAsync(cancellationToken, i + 1, JsonSerializer.Serialize(ownIntents[i]));
            }
        }
        return SearchLexicon.FromDocuments(documents, vocabulary, synonyms, [.. ownIntents, .. intents], language);
    }
}
