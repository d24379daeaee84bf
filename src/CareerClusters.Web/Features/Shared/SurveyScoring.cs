using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>How well one cluster matched: the share of its statements ticked, and which.</summary>
public sealed record ClusterScore(ClusterStatements Cluster, int Ticked, int Total, IReadOnlyList<SurveyItem> Matched)
{
    public double Share => Total == 0 ? 0 : (double)Ticked / Total;

    public int Percent => (int)Math.Round(100 * Share, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Ranks clusters by the share of their statements the student ticked, so a cluster with more statements is not
/// favoured; ties go to the cluster with more statements ticked, then to the cluster that comes first.
/// </summary>
public static class SurveyScoring
{
    public const int TopCount = 3;

    public static IReadOnlyList<ClusterScore> Rank(SurveyDefinition survey, IReadOnlySet<int> ticked)
    {
        var scores = survey.Clusters.Select(cluster =>
        {
            var items = survey.ItemsOf(cluster.Slug);
            var matched = items.Where(ticked.Contains).Select(i => survey.Items[i]).ToList();
            return new ClusterScore(cluster, matched.Count, items.Count, matched);
        }).ToList();
        // Position in canonical order is the final tie-break; List.Sort is not stable, so compare it explicitly.
        var position = survey.Clusters.Select((c, i) => (c.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        scores.Sort((a, b) =>
        {
            // Compare shares exactly, as fractions: a.Ticked / a.Total against b.Ticked / b.Total.
            long left = (long)a.Ticked * Math.Max(b.Total, 1), right = (long)b.Ticked * Math.Max(a.Total, 1);
            int byShare = right.CompareTo(left);
            if (byShare != 0)
            {
                return byShare;
            }
            int byTicked = b.Ticked.CompareTo(a.Ticked);
            return byTicked != 0 ? byTicked : position[a.Cluster.Slug].CompareTo(position[b.Cluster.Slug]);
        });
        return scores;
    }

    /// <summary>The best matches: at most three, and only clusters with at least one statement ticked.</summary>
    public static IReadOnlyList<ClusterScore> Top(IReadOnlyList<ClusterScore> ranked) =>
        ranked.Where(s => s.Ticked > 0).Take(TopCount).ToList();
}
