using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// The 2024 framework's files against Advance CTE's crosswalk: official names on both sides, every SOC code known,
/// every sub-cluster with a job, every job placed somewhere (or listed as left out on purpose).
/// </summary>
internal static class FrameworkRules
{
    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        var clusters = content.Clusters.Where(c => c.Framework == Frameworks.Modern2024).ToList();
        var data = content.Data.Placements2024;
        if (clusters.Count == 0 || data.IsEmpty)
        {
            return;
        }
        var places = data.BySoc.Values.SelectMany(p => p).Concat(data.ByJudgement.Select(j => j.Place)).ToList();
        var clusterNames = places.Select(p => p.Cluster).ToHashSet(StringComparer.Ordinal);
        var subClusterNames = places.Select(p => (p.Cluster, p.SubCluster)).ToHashSet();
        var titleOfCluster = clusters.ToDictionary(c => c.Slug, c => c.Meta.Title ?? "");
        var subClusters = content.Pathways.Where(p => p.Framework == Frameworks.Modern2024).ToList();

        foreach (var cluster in clusters.Where(c => c.Meta.Title is not null && !clusterNames.Contains(c.Meta.Title)))
        {
            FileRules.Add(problems, cluster, cluster.Lines.Of("title"),
                $"\"{cluster.Meta.Title}\" is not a Career Cluster in {OccupationDataReader.Crosswalk2024File}: use the official name, exactly as Advance CTE writes it");
        }
        foreach (var subCluster in subClusters.Where(s => s.Meta.Title is not null && titleOfCluster.ContainsKey(s.Meta.Cluster ?? "")))
        {
            string clusterTitle = titleOfCluster[subCluster.Meta.Cluster!];
            if (!subClusterNames.Contains((clusterTitle, subCluster.Meta.Title!)))
            {
                FileRules.Add(problems, subCluster, subCluster.Lines.Of("title"),
                    $"\"{subCluster.Meta.Title}\" is not a sub-cluster of {clusterTitle} in {OccupationDataReader.Crosswalk2024File} or {OccupationDataReader.PlacedByJudgementFile}: " +
                    "use the official name, exactly as Advance CTE writes it (a sub-cluster the crosswalk gives no job needs at least one placed by judgement)");
            }
            else if (subCluster.Meta.Occupations.Count == 0)
            {
                FileRules.Add(problems, subCluster, subCluster.Lines.Of("title"),
                    $"no job sits in this sub-cluster: place at least one in {OccupationDataReader.PlacedByJudgementFile}, with the reason");
            }
        }

        // Each name the data uses needs a page, reported once, at the first row that uses it.
        var fileClusters = titleOfCluster.Values.ToHashSet(StringComparer.Ordinal);
        var fileSubClusters = subClusters.Select(s => (titleOfCluster.GetValueOrDefault(s.Meta.Cluster ?? "", ""), s.Meta.Title ?? "")).ToHashSet();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in places.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            var (missing, name) = !fileClusters.Contains(place.Cluster)
                ? ($"no file in {ContentLoader.FrameworkFolders[1].Clusters}/ has the title \"{place.Cluster}\"", place.Cluster)
                : !fileSubClusters.Contains((place.Cluster, place.SubCluster))
                    ? ($"no sub-cluster of {place.Cluster} in {ContentLoader.FrameworkFolders[1].Pathways}/ has the title \"{place.SubCluster}\"", $"{place.Cluster} > {place.SubCluster}")
                    : (null, "");
            if (missing is not null && reported.Add(name))
            {
                problems.Add(new ContentProblem(place.File, place.Line, 1, missing));
            }
        }

        var socOfOccupations = content.Occupations.Select(o => o.Meta.Code).OfType<string>().Where(c => c.Length == 10)
            .SelectMany(c => new[] { c[..7], c[..6] + "0", data.WiderGroups.GetValueOrDefault(c, "") })
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in data.SocRows.Where(r => !socOfOccupations.Contains(r.Code)).DistinctBy(r => r.Code))
        {
            problems.Add(new ContentProblem(row.File, row.Line, 1,
                $"no occupation of the site falls under the SOC code {row.Code}: check the code, or map an O*NET code to it in {OccupationDataReader.Crosswalk2024WiderGroupsFile}"));
        }
        foreach (var occupation in FrameworkPlacements.Compute(content).NotPlaced)
        {
            problems.Add(new ContentProblem(occupation.File, occupation.Lines.Of("code"), 1,
                $"the occupation {occupation.Meta.Code} sits in no 2024 sub-cluster: map it to a SOC code of the crosswalk in {OccupationDataReader.Crosswalk2024WiderGroupsFile}, " +
                $"place it in {OccupationDataReader.PlacedByJudgementFile}, or list it in {OccupationDataReader.Unplaced2024File} with the reason"));
        }
    }
}
