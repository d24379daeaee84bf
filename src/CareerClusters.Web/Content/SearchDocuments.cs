using System.Text.RegularExpressions;

namespace CareerClusters.Web.Content;

/// <summary>One page as the search index sees it.</summary>
public sealed record SearchDocument(
    string Kind,
    string Path,
    string Title,
    string AlternateTitles,
    string Body,
    string Context,
    string? ClusterSlug,
    string? ClusterTitle,
    string? Education,
    bool Featured);

/// <summary>Turns the content set into search documents and the vocabulary used to correct typos.</summary>
public static partial class SearchDocuments
{
    public const string Cluster = "cluster";
    public const string Pathway = "pathway";
    public const string Occupation = "occupation";
    public const string Guide = "guide";

    public static List<SearchDocument> From(ContentSet content)
    {
        var clusters = content.Clusters.ToDictionary(c => c.Slug);
        var documents = new List<SearchDocument>();
        foreach (var cluster in content.Clusters)
        {
            var statements = cluster.Meta.IsThisYou is { } s ? s.Activities.Concat(s.Qualities).Concat(s.Subjects) : [];
            var pathwayTitles = content.Pathways.Where(p => p.Meta.Cluster == cluster.Slug).Select(p => p.Meta.Title);
            documents.Add(new SearchDocument(Cluster, $"/clusters/{cluster.Slug}", cluster.Meta.Title!, "",
                Join(cluster.Meta.Summary, cluster.Body.PlainText, string.Join("\n", statements)), string.Join("\n", pathwayTitles), cluster.Slug, cluster.Meta.Title, null, true));
        }
        var pathwaysOfOccupation = content.Pathways
            .SelectMany(p => p.Meta.Occupations.Select(code => (code, pathway: p)))
            .ToLookup(x => x.code, x => x.pathway);
        var featured = content.Pathways.SelectMany(p => p.Meta.Featured).ToHashSet();
        foreach (var pathway in content.Pathways)
        {
            var cluster = clusters[pathway.Meta.Cluster!];
            documents.Add(new SearchDocument(Pathway, $"/clusters/{cluster.Slug}/{pathway.Slug}", pathway.Meta.Title!, "",
                Join(pathway.Meta.Summary, pathway.Body.PlainText), cluster.Meta.Title!, cluster.Slug, cluster.Meta.Title, null, true));
        }
        foreach (var occupation in content.Occupations)
        {
            var home = pathwaysOfOccupation[occupation.Meta.Code!].FirstOrDefault();
            var cluster = home is null ? null : clusters[home.Meta.Cluster!];
            string where = string.Join("\n", pathwaysOfOccupation[occupation.Meta.Code!].Select(p => $"{p.Meta.Title} ({clusters[p.Meta.Cluster!].Meta.Title})"));
            documents.Add(new SearchDocument(Occupation, $"/occupations/{occupation.Slug}", occupation.Meta.Title!, string.Join(", ", occupation.Meta.AlternateTitles),
                occupation.Body.PlainText.Trim(), where, cluster?.Slug, cluster?.Meta.Title, occupation.Meta.Education, featured.Contains(occupation.Meta.Code!)));
        }
        foreach (var guide in content.Guides)
        {
            documents.Add(new SearchDocument(Guide, $"/guides/{guide.Slug}", guide.Meta.Title!, "", Join(guide.Meta.Summary, guide.Body.PlainText), "", null, null, null, false));
        }
        return documents;
    }

    /// <summary>Every word of the index with how often it is used (title words count more), for "did you mean".</summary>
    public static Dictionary<string, int> Vocabulary(IEnumerable<SearchDocument> documents)
    {
        var words = new Dictionary<string, int>();
        foreach (var document in documents)
        {
            Count(document.Title, 5);
            Count(document.AlternateTitles, 2);
            Count(document.Body, 1);
        }
        return words;

        void Count(string text, int weight)
        {
            foreach (string word in Words(text))
            {
                if (word.Length >= 3)
                {
                    words[word] = words.GetValueOrDefault(word) + weight;
                }
            }
        }
    }

    /// <summary>Lower-case words of a text, as search sees them.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
