using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The survey's words in another language: the 16 clusters' names and each statement's translation, paired with the
/// English statement at the same place in the cluster's file. The survey itself (its items, their order and indexes,
/// its version) stays the English one, so the same ticks give the same result in every language and a result link
/// made in one language reads the same in the other.
/// </summary>
public sealed class SurveyWording
{
    private readonly Dictionary<string, string> _titles;
    private readonly Dictionary<(string Kind, string Text), string> _statements;

    private SurveyWording(Dictionary<string, string> titles, Dictionary<(string, string), string> statements)
    {
        _titles = titles;
        _statements = statements;
    }

    /// <summary>The survey in these words; a statement written differently in an earlier survey keeps its English words.</summary>
    public SurveyDefinition Apply(SurveyDefinition survey) =>
        survey.Worded(slug => _titles.GetValueOrDefault(slug), item => _statements.GetValueOrDefault(Key(item.Kind, item.Text)), SiteCultures.Default);

    /// <summary>Reads the translated names and statements of the 16 clusters in <paramref name="language"/> (two queries).</summary>
    public static async Task<SurveyWording> ReadAsync(ContentDbContext db, string language, CancellationToken cancellationToken)
    {
        var english = await db.Clusters.AsNoTracking().InFramework(Frameworks.Sixteen)
            .Select(c => new { c.Slug, c.IsThisYou })
            .ToDictionaryAsync(c => c.Slug, c => c.IsThisYou, StringComparer.Ordinal, cancellationToken);
        var translated = await db.Translations.AsNoTracking()
            .Where(t => t.Language == language && t.Kind == TranslationKinds.Cluster && t.Framework == Frameworks.Sixteen)
            .Select(t => new { t.Slug, t.Title, t.IsThisYou })
            .ToListAsync(cancellationToken);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var statements = new Dictionary<(string, string), string>();
        foreach (var cluster in translated)
        {
            if (cluster.Title.Length > 0)
            {
                titles[cluster.Slug] = cluster.Title;
            }
            // The importer keeps a cluster's translated statements only in the English statements' shape.
            if (english.GetValueOrDefault(cluster.Slug) is not { } theirs || theirs.Count != cluster.IsThisYou.Count)
            {
                continue;
            }
            foreach (var (their, our) in theirs.Zip(cluster.IsThisYou).Where(p => p.First.Kind == p.Second.Kind))
            {
                statements.TryAdd(Key(their.Kind, their.Text), SurveyDefinition.Tidy(our.Text));
            }
        }
        return new SurveyWording(titles, statements);
    }

    private static (string, string) Key(string kind, string englishText) => (kind, SurveyDefinition.Tidy(englishText).ToLowerInvariant());
}
