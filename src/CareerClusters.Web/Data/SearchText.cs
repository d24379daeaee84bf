using System.Text.RegularExpressions;

namespace CareerClusters.Web.Data;

/// <summary>The kinds of page in the search index.</summary>
public static class PageKinds
{
    public const string Cluster = "cluster";
    public const string Pathway = "pathway";
    public const string Occupation = "occupation";
    public const string Guide = "guide";
    /// <summary>A district's own part of a cluster, pathway or job page ("In our district"), found as a result of its own.</summary>
    public const string District = "district";
}

/// <summary>One page as the search index sees it: one row of the FTS5 table.</summary>
public sealed record SearchDocument(
    string Kind,
    string Path,
    string Title,
    string AlternateTitles,
    string Body,
    string Context,
    string? ClusterKey,
    string? ClusterTitle,
    string? Education,
    bool Featured,
    int? MedianWage = null,
    int? MedianWageAtLeast = null,
    bool Apprenticeship = false,
    bool NeedsExperience = false)
{
    /// <summary>In another language's index: the page's English title (empty in the English index).</summary>
    public string EnglishTitle { get; init; } = "";

    /// <summary>In another language's index: the page's English text, searched beside its own.</summary>
    public string EnglishBody { get; init; } = "";

    /// <summary>"en" when <see cref="Title"/> is the English one on a page of another language (not translated yet); else null.</summary>
    public string? TitleLang { get; init; }

    /// <summary>"en" when the text a snippet is taken from is English on a page of another language; else null.</summary>
    public string? BodyLang { get; init; }
}

/// <summary>How search splits and compares words, the same at import and at query time.</summary>
public static partial class SearchText
{
    /// <summary>Words that only narrow a search ("jobs with animals"): left out of the words searched and of intent phrases.</summary>
    public static readonly IReadOnlySet<string> FillerWords = new HashSet<string>
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "i", "me", "my", "is", "are", "be", "do",
        "want", "like", "job", "jobs", "career", "careers", "about", "how", "what", "become",
    };

    /// <summary>Lower-case words of a text, as search sees them.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    /// <summary>A rough English stem, enough to compare a title with a query (nurses ~ nurse, designers ~ designer).</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    /// <summary>
    /// Every word of the index with how often it is used (title words count more), for "did you mean", and the words
    /// never to correct with 0: search then takes them as they are typed.
    /// </summary>
    public static Dictionary<string, int> Vocabulary(IEnumerable<SearchDocument> documents, IEnumerable<string>? neverCorrect = null)
    {
        var words = new Dictionary<string, int>();
        foreach (var document in documents)
        {
            Count(document.Title, 5);
            Count(document.AlternateTitles, 2);
            Count(document.Body, 1);
        }
        foreach (string word in neverCorrect ?? [])
        {
            words.TryAdd(word, 0);
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

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
