using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// The documents of another language's search index (Spanish), one for each document of the English index and in
/// its order: the page's words in that language from its translation (title, summary, text, a cluster's "Is this
/// you?" statements), and beside them the English title, other titles and text, so a page not translated yet is still
/// found, and shown with its English title marked, and a student who types English words finds the same pages.
/// </summary>
public static class TranslatedSearchDocuments
{
    public static List<SearchDocument> From(ContentSet content, IReadOnlyList<SearchDocument> english, string language)
    {
        var translations = new Dictionary<string, ContentTranslation>(StringComparer.Ordinal);
        foreach (var translation in content.Translations.Where(t => t.Language == language))
        {
            if (ContentTranslations.EnglishPathOf(content, translation) is { } path)
            {
                translations.TryAdd(path, translation);
            }
        }
        var titled = english.Select(d => (Document: d, Title: translations.GetValueOrDefault(d.Path)?.Title?.Trim()))
            .Where(x => !string.IsNullOrEmpty(x.Title)).ToList();
        // The names of clusters and pathways in the language, by their English names: the places a job is in, a cluster's
        // pathways and the other framework's names of a group are written with them.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var clusterTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (document, title) in titled.Where(x => x.Document.Kind is PageKinds.Cluster or PageKinds.Pathway))
        {
            names.TryAdd(document.Title, title!);
            if (document.Kind == PageKinds.Cluster && document.ClusterKey is { } key)
            {
                clusterTitles.TryAdd(key, title!);
            }
        }
        return english.Select(d => Translated(d, content, translations.GetValueOrDefault(d.Path), names, clusterTitles)).ToList();
    }

    private static SearchDocument Translated(SearchDocument english, ContentSet content, ContentTranslation? translation,
        Dictionary<string, string> names, Dictionary<string, string> clusterTitles)
    {
        string? title = translation?.Title?.Trim() is { Length: > 0 } t ? t : null;
        string body = translation is null ? "" : Join(translation.Summary, translation.Body.PlainText.Trim(), Statements(content, translation));
        var otherNames = english.Kind is PageKinds.Cluster or PageKinds.Pathway
            ? names.Where(n => $", {english.AlternateTitles}, ".Contains($", {n.Key}, ", StringComparison.Ordinal)).Select(n => n.Value)
            : [];
        var places = english.Context.Split('\n').SelectMany(PlacesIn).Select(names.GetValueOrDefault).OfType<string>();
        return english with
        {
            Title = title ?? english.Title,
            AlternateTitles = string.Join(", ", otherNames.Prepend(english.AlternateTitles).Where(n => n.Length > 0)),
            Body = body.Length > 0 ? body : english.Body,
            Context = Join([.. places.Distinct(), english.Context]),
            ClusterTitle = english.ClusterKey is { } key && clusterTitles.TryGetValue(key, out var clusterTitle) ? clusterTitle : english.ClusterTitle,
            EnglishTitle = english.Title,
            EnglishBody = english.Body,
            TitleLang = title is null ? SiteCultures.Default : null,
            BodyLang = body.Length > 0 ? null : SiteCultures.Default,
        };
    }

    /// <summary>A line of a document's context: a cluster's or pathway's name, or a job's "Pathway (Cluster)".</summary>
    private static IEnumerable<string> PlacesIn(string line)
    {
        int open = line.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && line.EndsWith(')') ? [line[..open], line[(open + 2)..^1]] : [line];
    }

    /// <summary>A cluster's "Is this you?" statements in the language, when they have the English list's shape.</summary>
    private static string Statements(ContentSet content, ContentTranslation translation) =>
        translation.Kind != TranslationKinds.Cluster ? ""
            : string.Join("\n", TranslatedLists.IsThisYou(
                content.Clusters.FirstOrDefault(c => c.Framework == translation.Framework && c.Slug == translation.Slug)?.Meta.IsThisYou,
                translation.Words.IsThisYou)?.Select(s => s.Text) ?? []);

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
