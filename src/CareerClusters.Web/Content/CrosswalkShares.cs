namespace CareerClusters.Web.Content;

/// <summary>A cluster, or one of its pathways (sub-clusters), in one framework: the unit the crosswalk counts jobs in.</summary>
public sealed record CrosswalkGroup(string Framework, string ClusterSlug, string? PathwaySlug);

/// <summary>How many of a group's jobs sit in a group of another framework.</summary>
public sealed record CrosswalkCount(CrosswalkGroup From, CrosswalkGroup To, int Shared, int Total);

/// <summary>
/// The crosswalk between frameworks, computed from the occupations each one places: nothing in it is typed by hand.
/// A job counts once per group, however many of the group's pathways hold it.
/// </summary>
public static class CrosswalkShares
{
    public static List<CrosswalkCount> Compute(ContentSet content)
    {
        var pathways = content.Pathways.Where(p => p.Meta.Cluster is not null)
            .Select(p => (Group: new CrosswalkGroup(p.Framework, p.Meta.Cluster!, p.Slug), Jobs: p.Meta.Occupations.ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var clusters = pathways.GroupBy(p => (p.Group.Framework, p.Group.ClusterSlug))
            .Select(g => (Group: new CrosswalkGroup(g.Key.Framework, g.Key.ClusterSlug, null), Jobs: g.SelectMany(p => p.Jobs).ToHashSet(StringComparer.Ordinal)));
        var groups = clusters.Concat(pathways).Where(g => g.Jobs.Count > 0).ToList();

        var counts = new List<CrosswalkCount>();
        foreach (var from in groups)
        {
            foreach (var to in groups.Where(to => to.Group.Framework != from.Group.Framework))
            {
                int shared = from.Jobs.Count(to.Jobs.Contains);
                if (shared > 0)
                {
                    counts.Add(new CrosswalkCount(from.Group, to.Group, shared, from.Jobs.Count));
                }
            }
        }
        return counts;
    }
}
