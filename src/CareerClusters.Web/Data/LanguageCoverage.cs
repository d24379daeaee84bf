namespace CareerClusters.Web.Data;

/// <summary>
/// Which pages made from a content file have their text in each language besides English: a page "exists in both"
/// languages when it has (its Spanish file), or when it is not made from one content file (the search page, the
/// lists of clusters and jobs: their words are the site's own, from its resource files). Known for each generation
/// (kept in its database's ContentInfo), so a page's alternates, notice and offer cost no query.
/// </summary>
public sealed class LanguageCoverage
{
    private readonly Dictionary<string, HashSet<string>> _missing;

    /// <param name="missing">For each language other than English, the English addresses of the content pages that have no text in it yet.</param>
    public LanguageCoverage(IReadOnlyDictionary<string, List<string>> missing)
    {
        Missing = missing;
        _missing = missing.ToDictionary(m => m.Key, m => m.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Nothing known (a database written before languages were kept): every page counts as written in every language.</summary>
    public static LanguageCoverage None { get; } = new(new Dictionary<string, List<string>>());

    public IReadOnlyDictionary<string, List<string>> Missing { get; }

    /// <summary>Whether the page at <paramref name="englishPath"/> (its English address) has its own text in <paramref name="language"/>.</summary>
    public bool HasText(string englishPath, string language) =>
        language == SiteCultures.Default || !_missing.TryGetValue(language, out var missing) || !missing.Contains(englishPath);

    /// <summary>Whether the page has its text in every language of the site: then it has alternates in each, and the sitemap lists each.</summary>
    public bool InEveryLanguage(string englishPath) => SiteCultures.All.All(language => HasText(englishPath, language));
}
