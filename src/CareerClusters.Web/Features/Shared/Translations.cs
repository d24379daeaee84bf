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
