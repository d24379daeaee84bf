using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A pathway named in a list (a cluster card, the shortlist, the survey's results).</summary>
public sealed record PathwayName(string Slug, string Title)
{
    /// <summary>"en" when the title is shown in English on a page in another language (no translation yet); else null.</summary>
    public string? Lang { get; init; }
}

public sealed record ClusterCard(string Framework, string Slug, string Title, string Summary, ClusterLook Look, IReadOnlyList<PathwayName> Pathways)
{
    public ClusterKey Key => new(Framework, Slug);

    public string Path => SitePaths.Cluster(Framework, Slug);

    public string PathOf(PathwayName pathway) => SitePaths.Pathway(Framework, Slug, pathway.Slug);

    public int PathwayCount => Pathways.Count;

    /// <summary>The code O*NET uses for a 2024 cluster ("040200"), whose first two digits group the clusters; null for the 16.</summary>
    public string? Code { get; init; }

    /// <summary>"en" when the title and summary are shown in English on a page in another language (no translation yet); else null.</summary>
    public string? Lang { get; init; }

    /// <summary>The official English name beside a translated title (docs/spanish.md); else null.</summary>
    public string? OfficialTitle { get; init; }

    /// <summary>The summary's first sentence: one line on a card.</summary>
    public string ShortSummary => FirstSentence(Summary);

    public static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}

/// <summary>A list of cluster cards, with the level of their titles (h2 under the page's h1, h3 under a section's h2).</summary>
public sealed record ClusterCardList(IReadOnlyList<ClusterCard> Cards, int HeadingLevel = 3, bool ShowPathways = true);

/// <summary>Every cluster of a framework as a card, in the content's order: the clusters page, home, the search page and the not-found page.</summary>
public static class ClusterCards
{
    /// <summary>The cards in the request's language (English where a cluster or pathway has no translation yet).</summary>
    public static async Task<IReadOnlyList<ClusterCard>> AllAsync(ContentDbContext db, string framework, CancellationToken cancellationToken)
    {
        var cards = await db.Clusters.InFramework(framework)
            .OrderBy(c => c.Order)
            .Select(c => new ClusterCard(c.Framework, c.Slug, c.Title, c.Summary, new ClusterLook(c.Icon, c.Colour),
                c.Pathways.OrderBy(p => p.Order).Select(p => new PathwayName(p.Slug, p.Title)).ToList()) { Code = c.Code })
            .ToListAsync(cancellationToken);
        return await InLanguageAsync(db, cards, cancellationToken);
    }

    /// <summary>Cards with their clusters' and pathways' words in the request's language, where translated.</summary>
    public static async Task<IReadOnlyList<ClusterCard>> InLanguageAsync(ContentDbContext db, IReadOnlyList<ClusterCard> cards, CancellationToken cancellationToken)
    {
        var words = await TranslatedTexts.ForAsync(db,
            cards.SelectMany(c => c.Pathways.Select(p => TextKey.Pathway(c.Framework, p.Slug)).Append(TextKey.Cluster(c.Framework, c.Slug))), cancellationToken);
        return words.Language == SiteCultures.Default ? cards : [.. cards.Select(c => InLanguage(c, words))];
    }

    public static ClusterCard InLanguage(ClusterCard card, TranslatedTexts words)
    {
        var key = TextKey.Cluster(card.Framework, card.Slug);
        return card with
        {
            Title = words.Title(key, card.Title),
            OfficialTitle = words.Of(key) is null ? null : card.Title,
            Summary = words.Summary(key, card.Summary),
            Lang = words.FallbackLang(key),
            Pathways = [.. card.Pathways.Select(p => TextKey.Pathway(card.Framework, p.Slug) is var pathway
                ? p with { Title = words.Title(pathway, p.Title), Lang = words.FallbackLang(pathway) } : p)],
        };
    }

    private static readonly PerGeneration<IReadOnlyDictionary<string, ClusterLook>> Looks = new(LooksAsync);

    /// <summary>
    /// Each cluster's look by its <see cref="ClusterKey"/> text (search results draw a hit in its cluster's colours),
    /// read once per content generation (<paramref name="generation"/>), not on every search.
    /// </summary>
    public static ValueTask<IReadOnlyDictionary<string, ClusterLook>> LooksAsync(ContentDbContext db, object generation, CancellationToken cancellationToken) =>
        Looks.GetAsync(db, generation, cancellationToken);

    private static async Task<IReadOnlyDictionary<string, ClusterLook>> LooksAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        (await db.Clusters.Select(c => new { c.Framework, c.Slug, c.Icon, c.Colour }).ToListAsync(cancellationToken))
            .ToDictionary(c => new ClusterKey(c.Framework, c.Slug).ToString(), c => new ClusterLook(c.Icon, c.Colour), StringComparer.Ordinal);
}
