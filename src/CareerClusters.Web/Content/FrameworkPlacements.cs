using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// The jobs of each 2024 sub-cluster, from the crosswalk data rather than typed into the files: an occupation sits in
/// every sub-cluster its SOC code is placed in. Sub-clusters are matched by their official names (the cluster file's
/// and the sub-cluster file's titles).
/// </summary>
public sealed class FrameworkPlacements
{
    /// <summary>(cluster title, sub-cluster title) to the O*NET codes placed there, in code order.</summary>
    public Dictionary<(string Cluster, string SubCluster), List<string>> Members { get; } = [];

    /// <summary>Occupations placed in no sub-cluster.</summary>
    public List<ContentFile<OccupationFrontMatter>> NotPlaced { get; } = [];

    public static FrameworkPlacements Compute(ContentSet content)
    {
        var result = new FrameworkPlacements();
        var data = content.Data.Placements2024;
        if (data.IsEmpty)
        {
            return result;
        }
        foreach (var occupation in content.Occupations.Where(o => o.Meta.Code is { Length: 10 }).OrderBy(o => o.Meta.Code, StringComparer.Ordinal))
        {
            var places = data.PlacesOf(occupation.Meta.Code!).Select(p => (p.Cluster, p.SubCluster)).Distinct().ToList();
            foreach (var place in places)
            {
                result.Members.TryAdd(place, []);
                result.Members[place].Add(occupation.Meta.Code!);
            }
            if (places.Count == 0 && !data.Unplaced.Contains(occupation.Meta.Code!))
            {
                result.NotPlaced.Add(occupation);
            }
        }
        return result;
    }

    /// <summary>Gives each 2024 sub-cluster file its jobs (a list typed in the file is reported by the validator and replaced).</summary>
    public static void Apply(ContentSet content)
    {
        var placements = Compute(content);
        var clusterTitles = content.Clusters.Where(c => c.Framework == Frameworks.Modern2024).ToDictionary(c => c.Slug, c => c.Meta.Title ?? "");
        foreach (var subCluster in content.Pathways.Where(p => p.Framework == Frameworks.Modern2024))
        {
            var key = (clusterTitles.GetValueOrDefault(subCluster.Meta.Cluster ?? "", ""), subCluster.Meta.Title ?? "");
            subCluster.Meta.TypedOccupations = subCluster.Meta.Occupations;
            subCluster.Meta.Occupations = placements.Members.GetValueOrDefault(key, []);
        }
    }
}
