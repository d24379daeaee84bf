using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A pathway named in a list (a cluster card, the shortlist, the survey's results).</summary>
public sealed record PathwayName(string Slug, string Title);

public sealed record ClusterCard(string Slug, string Title, string Summary, ClusterLook Look, IReadOnlyList<PathwayName> Pathways)
{
    public string Path => SitePaths.Cluster(Slug);

    public int PathwayCount => Pathways.Count;

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

/// <summary>Every cluster as a card, in the content's order: the clusters page, home, the search page and the not-found page.</summary>
public static class ClusterCards
{
    public static async Task<IReadOnlyList<ClusterCard>> AllAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        await db.Clusters
            .OrderBy(c => c.Order)
            .Select(c => new ClusterCard(c.Slug, c.Title, c.Summary, new ClusterLook(c.Icon, c.Colour),
                c.Pathways.OrderBy(p => p.Order).Select(p => new PathwayName(p.Slug, p.Title)).ToList()))
            .ToListAsync(cancellationToken);

    /// <summary>Each cluster's look by its slug (search results draw a hit in its cluster's colours).</summary>
    public static async Task<IReadOnlyDictionary<string, ClusterLook>> LooksAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        (await db.Clusters.Select(c => new { c.Slug, c.Icon, c.Colour }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Slug, c => new ClusterLook(c.Icon, c.Colour), StringComparer.Ordinal);
}
