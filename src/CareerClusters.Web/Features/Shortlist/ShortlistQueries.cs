using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>Reads shortlisted clusters into read models (values only; <see cref="ShortlistPages"/> words the pages).</summary>
public sealed class ShortlistQueries(ContentDbContext db)
{
    /// <summary>Every cluster of every framework.</summary>
    public async Task<IReadOnlySet<ClusterKey>> ClusterKeysAsync(CancellationToken cancellationToken) =>
        (await db.Clusters.Select(c => new { c.Framework, c.Slug }).ToListAsync(cancellationToken)).Select(c => new ClusterKey(c.Framework, c.Slug)).ToHashSet();

    /// <summary>The student's choices, without clusters the site does not have (renamed or removed since, or made up).</summary>
    public async Task<OwnShortlist> OwnAsync(ShortlistState state, CancellationToken cancellationToken)
    {
        var known = state.OnlyKnown(await ClusterKeysAsync(cancellationToken));
        return new OwnShortlist(await CardsAsync(known.Shortlisted, cancellationToken), await CardsAsync(known.SetAside, cancellationToken));
    }

    /// <summary>The survey result this browser remembers, with its top clusters as cards; null when there is none or it names no cluster the site has.</summary>
    public async Task<RememberedSurvey?> LastSurveyAsync(LastSurveyResult? last, CancellationToken cancellationToken)
    {
        if (last is null)
        {
            return null;
        }
        var top = await CardsAsync(last.TopClusters, cancellationToken);
        return top.Count == 0 ? null : new RememberedSurvey(last.Path, top);
    }

    /// <summary>The clusters a shared link names (<paramref name="lists"/>: its <c>c=</c> values, keys separated by commas), and how many names match none.</summary>
    public async Task<SharedShortlist> SharedAsync(IReadOnlyList<string?> lists, CancellationToken cancellationToken)
    {
        var keys = lists.SelectMany(list => ClusterKey.ParseList(list, ShortlistState.MaxPerGroup)).Distinct().Take(ShortlistState.MaxPerGroup).ToList();
        var cards = await CardsAsync(keys, cancellationToken);
        int named = string.Join(',', lists).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return new SharedShortlist(cards, Math.Max(0, named - cards.Count));
    }

    /// <summary>The clusters with these keys, in the order given; unknown keys are left out.</summary>
    public async Task<IReadOnlyList<ShortlistCard>> CardsAsync(IReadOnlyList<ClusterKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var slugs = keys.Select(k => k.Slug).ToList();
        var clusters = await db.Clusters.AsNoTracking()
            .Where(c => slugs.Contains(c.Slug))
            .Select(c => new
            {
                c.Framework,
                c.Slug,
                c.Title,
                c.Summary,
                c.Icon,
                c.Colour,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new PathwayName(p.Slug, p.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var position = keys.Select((key, i) => (key, i)).DistinctBy(p => p.key).ToDictionary(p => p.key, p => p.i);
        // In another language: each cluster's title, summary and pathways' names where translated.
        var words = await TranslatedTexts.ForAsync(db, [.. clusters.Select(c => TextKey.Cluster(c.Framework, c.Slug)),
            .. clusters.SelectMany(c => c.Pathways.Select(p => TextKey.Pathway(c.Framework, p.Slug)))], cancellationToken);
        return clusters
            .Select(c => (Key: new ClusterKey(c.Framework, c.Slug), Cluster: c))
            .Where(c => position.ContainsKey(c.Key))
            .OrderBy(c => position[c.Key])
            .Select(c => new ShortlistCard(c.Key, words.Title(TextKey.Cluster(c.Key.Framework, c.Key.Slug), c.Cluster.Title),
                words.Summary(TextKey.Cluster(c.Key.Framework, c.Key.Slug), c.Cluster.Summary), new ClusterLook(c.Cluster.Icon, c.Cluster.Colour),
                [.. c.Cluster.Pathways.Select(p => p with { Title = words.Title(TextKey.Pathway(c.Key.Framework, p.Slug), p.Title) })])
            {
                Lang = words.FallbackLang(TextKey.Cluster(c.Key.Framework, c.Key.Slug)),
            })
            .ToList();
    }
}
