namespace CareerClusters.Web.Features.Classes;

/// <summary>The board's chart: for each cluster, how many entries have it among their top three; most first.</summary>
public static class ClassChart
{
    /// <param name="clusters">The clusters of the 16 today, each shown even when no student has it.</param>
    public static IReadOnlyList<ChartBar> Bars(IEnumerable<ClassEntryRow> entries, IEnumerable<ClassCluster> clusters)
    {
        var counts = new Dictionary<string, (ClassCluster Cluster, int Students)>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            counts[cluster.Slug] = (cluster, 0);
        }
        foreach (var cluster in entries.SelectMany(e => e.Top.DistinctBy(c => c.Slug)))
        {
            var (known, students) = counts.GetValueOrDefault(cluster.Slug, (cluster, 0));
            counts[cluster.Slug] = (known, students + 1);
        }
        return counts.Values
            .OrderByDescending(c => c.Students).ThenBy(c => c.Cluster.Order).ThenBy(c => c.Cluster.Slug, StringComparer.Ordinal)
            .Select(c => new ChartBar(c.Cluster, c.Students))
            .ToList();
    }
}
