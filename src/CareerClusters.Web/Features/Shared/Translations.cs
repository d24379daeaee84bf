using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A page a translation may exist for: its kind (<see cref="TranslationKinds"/>), framework (clusters and pathways) and slug.</summary>
public readonly record struct TextKey(string Kind, string Framework, string Slug)
{
    public static TextKey Cluster(string framework, string slug) => new(TranslationKinds.Cluster, framework, slug);

    public static TextKey Pathway(string framework, string slug) => new(TranslationKinds.Pathway, framework, slug);

    public static TextKey Occupation(string slug) => new(TranslationKinds.Occupation, "", slug);

    public static TextKey Guide(string slug) => new(TranslationKinds.Guide, "", slug);

    public static TextKey Home => new(TranslationKinds.Home, "", TranslationKinds.HomeSlug);
}

/// <summary>
/// The words of some pages in the request's language, read in one query: queries take a page's English read model
/// and swap in these words where a translation exists, with English as the fallback. A text shown in English on a
/// page in another language is marked with <see cref="FallbackLang"/> (lang="en" in the view).
/// </summary>
public sealed class TranslatedTexts
{
    private readonly Dictionary<TextKey, PageTranslation> _rows;

    private TranslatedTexts(string language, Dictionary<TextKey, PageTranslation> rows)
    {
        Language = language;
        _rows = rows;
    }

    /// <summary>No translations: the page is in English.</summary>
    public static TranslatedTexts English { get; } = new(SiteCultures.Default, []);

    /// <summary>The language asked for.</summary>
    public string Language { get; }

    public PageTranslation? Of(TextKey key) => _rows.GetValueOrDefault(key);

    /// <summary>A title in the language, or the English one.</summary>
    public string Title(TextKey key, string english) => Of(key)?.Title is { Length: > 0 } title ? title : english;

    /// <summary>A summary in the language, or the English one.</summary>
    public string Summary(TextKey key, string english) => Of(key)?.Summary is { Length: > 0 } summary ? summary : english;

    /// <summary>The lang attribute of a page's or an item's text: null when it is in the page's language, the default language's code when it is shown in English instead.</summary>
    public string? FallbackLang(TextKey key) => Language == SiteCultures.Default || _rows.ContainsKey(key) ? null : SiteCultures.Default;

    /// <summary>The translations of <paramref name="keys"/> in the request's language: no query at all for an English page.</summary>
    public static async Task<TranslatedTexts> ForAsync(ContentDbContext db, IEnumerable<TextKey> keys, CancellationToken cancellationToken)
    {
        string language = SiteCultures.Current;
        if (language == SiteCultures.Default)
        {
            return English;
        }
        var wanted = keys.ToHashSet();
        var slugs = wanted.Select(k => k.Slug).Distinct().ToList();
        var rows = await db.Translations.AsNoTracking().Where(t => t.Language == language && slugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        return new TranslatedTexts(language, rows
            .Select(r => (Key: new TextKey(r.Kind, r.Framework, r.Slug), Row: r))
            .Where(r => wanted.Contains(r.Key))
            .ToDictionary(r => r.Key, r => r.Row));
    }
}

/// <summary>
/// Only the titles of every page of some kinds in the request's language (one light query, no sections): for long
/// lists such as Jobs A–Z and the crosswalk. English titles are the fallback, as with <see cref="TranslatedTexts"/>.
/// </summary>
public sealed class TranslatedTitles
{
    private readonly Dictionary<TextKey, string> _titles;

    private TranslatedTitles(string language, Dictionary<TextKey, string> titles)
    {
        Language = language;
        _titles = titles;
    }

    public string Language { get; }

    /// <summary>A title in the language, or the English one.</summary>
    public string Title(TextKey key, string english) => _titles.GetValueOrDefault(key) ?? english;

    /// <summary>The lang attribute of a title: null when it is in the page's language, "en" when it is shown in English instead.</summary>
    public string? FallbackLang(TextKey key) => Language == SiteCultures.Default || _titles.ContainsKey(key) ? null : SiteCultures.Default;

    /// <summary>Jobs with their titles in the language, where translated.</summary>
    public IReadOnlyList<JobSummary> Jobs(IEnumerable<JobSummary> jobs) =>
        [.. jobs.Select(j => TextKey.Occupation(j.Slug) is var key ? j with { Title = Title(key, j.Title), Lang = FallbackLang(key) } : j)];

    /// <summary>The titles of every translated page of these kinds: no query at all for an English page.</summary>
    public static async Task<TranslatedTitles> ForAsync(ContentDbContext db, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        string language = SiteCultures.Current;
        if (language == SiteCultures.Default)
        {
            return new TranslatedTitles(language, []);
        }
        var rows = await db.Translations.AsNoTracking()
            .Where(t => t.Language == language && kinds.Contains(t.Kind) && t.Title != "")
            .Select(t => new { t.Kind, t.Framework, t.Slug, t.Title })
            .ToListAsync(cancellationToken);
        return new TranslatedTitles(language, rows.ToDictionary(r => new TextKey(r.Kind, r.Framework, r.Slug), r => r.Title));
    }
}

/// <summary>Titles in the order a reader of the language expects: in Spanish, "Á" with "A" and "ñ" after "n" (the site runs with invariant globalization, so no culture sorts for it).</summary>
public static class TitleOrder
{
    /// <summary>A key that sorts titles of <paramref name="language"/> with an ordinal comparison.</summary>
    public static string Key(string title, string language) => language == SiteCultures.Default ? title : string.Concat(title.Select(Fold));

    /// <summary>The letter a title is filed under in an A–Z list ("Á" under "A").</summary>
    public static string Letter(string title, string language) => title.Length == 0 ? "" : Key(title[..1], language).ToUpperInvariant()[..1];

    private static string Fold(char c) => char.ToLowerInvariant(c) switch
    {
        'á' or 'à' or 'ä' or 'â' => "a",
        'é' or 'è' or 'ë' or 'ê' => "e",
        'í' or 'ì' or 'ï' or 'î' => "i",
        'ó' or 'ò' or 'ö' or 'ô' => "o",
        'ú' or 'ù' or 'ü' or 'û' => "u",
        'ñ' => "n~",
        var lower => lower.ToString(),
    };
}
