using System.Data.Common;
using System.Text.Json;

namespace CareerClusters.Web.Content;

/// <summary>Writes the Translations table: each translation's words, its sections anchored like its English twin's (validated before).</summary>
internal static class TranslationImport
{
    public static async Task WriteAsync(ContentSet content, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var insert = new PreparedInsert(connection, "Translations", "Kind", "Framework", "Slug", "Language", "Title", "Summary", "Sections", "IntroText");
        foreach (var translation in content.Translations.Where(t => ContentTranslations.EnglishPathOf(content, t) is not null))
        {
            var sections = ContentTranslations.Aligned(translation.Body.Sections, ContentTranslations.TwinSections(content, translation));
            await insert.RunAsync(cancellationToken, translation.Kind, translation.Framework, translation.Slug, translation.Language,
                translation.Title?.Trim() ?? "", translation.Summary?.Trim(), JsonSerializer.Serialize(sections), translation.Body.IntroText.Trim());
        }
    }
}
