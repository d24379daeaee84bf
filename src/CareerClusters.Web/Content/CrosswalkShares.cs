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

        // Each job's groups, so a group's counts come from its own jobs rather than from comparing it with every other group.
        var groupsOfJob = groups.Select((g, index) => (g, index)).SelectMany(x => x.g.Jobs.Select(job => (job, x.index)))
            .ToLookup(x => x.job, x => x.index, StringComparer.Ordinal);
        var counts = new List<CrosswalkCount>();
        foreach (var from in groups)
        {
            var shared = new SortedDictionary<int, int>();
            foreach (string job in from.Jobs)
            {
                foreach (int to in groupsOfJob[job].Where(i => groups[i].Group.Framework != from.Group.Framework))
                {
                    shared[to] = shared.GetValueOrDefault(to) + 1;
                }
            }
            counts.AddRange(shared.Select(s => new CrosswalkCount(from.Group, groups[s.Key].Group, s.Value, from.Jobs.Count)));
        }
        return counts;
    }
}
