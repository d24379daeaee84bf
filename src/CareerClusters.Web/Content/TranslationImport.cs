using System.Data.Common;
using System.Text.Json;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>Writes the Translations table: each translation's words, its sections anchored like its English twin's (validated before).</summary>
internal static class TranslationImport
{
    public static async Task WriteAsync(ContentSet content, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var insert = new PreparedInsert(connection, "Translations", "Kind", "Framework", "Slug", "Language", "Title", "Summary", "Sections", "IntroText",
            "IsThisYou", "WaysIn");
        foreach (var translation in content.Translations.Where(t => ContentTranslations.EnglishPathOf(content, t) is not null))
        {
            var sections = ContentTranslations.Aligned(translation.Body.Sections, ContentTranslations.TwinSections(content, translation));
            await insert.RunAsync(cancellationToken, translation.Kind, translation.Framework, translation.Slug, translation.Language,
                translation.Title?.Trim() ?? "", translation.Summary?.Trim(), JsonSerializer.Serialize(sections), translation.Body.IntroText.Trim(),
                JsonSerializer.Serialize(IsThisYouOf(content, translation) ?? []), WaysInOf(content, translation) is { } waysIn ? JsonSerializer.Serialize(waysIn) : null);
        }
    }

    private static List<InterestStatement>? IsThisYouOf(ContentSet content, ContentTranslation translation) =>
        translation.Kind != TranslationKinds.Cluster ? null
            : TranslatedLists.IsThisYou(content.Clusters.FirstOrDefault(c => c.Framework == translation.Framework && c.Slug == translation.Slug)?.Meta.IsThisYou,
                translation.Words.IsThisYou);

    private static JobWaysIn? WaysInOf(ContentSet content, ContentTranslation translation)
    {
        if (translation.Kind != TranslationKinds.Occupation || content.Occupations.FirstOrDefault(o => o.Slug == translation.Slug) is not { } twin)
        {
            return null;
        }
        return TranslatedLists.WaysIn(ContentImporter.WaysInOf(twin.Meta.WaysIn), twin.Meta.WaysIn, translation.Words.WaysIn);
    }
}
