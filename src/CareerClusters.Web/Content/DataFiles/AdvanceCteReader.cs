namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// Advance CTE's crosswalk from SOC 2018 occupations to the 2024 framework's clusters and sub-clusters, and the two
/// small files that complete it for the site's O*NET-SOC 2019 codes: codes the crosswalk knows only inside a wider
/// SOC occupation, and places chosen by judgement where the crosswalk has none (with the reason).
/// </summary>
internal static class AdvanceCteReader
{
    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        var placements = data.Placements2024;
        DataTable.Read(contentPath, OccupationDataReader.Crosswalk2024File, ',', ["SOC Code", "Career Cluster", "Sub-Cluster"], problems, row =>
        {
            if (row.SocCode("SOC Code") is { } soc && Place(row, "Career Cluster", "Sub-Cluster") is { } place)
            {
                placements.BySoc.TryAdd(soc, []);
                placements.BySoc[soc].Add(place);
                placements.SocRows.Add(new CodeReference(row.File, row.Line, soc));
            }
        });
        DataTable.Read(contentPath, OccupationDataReader.Crosswalk2024WiderGroupsFile, ',', ["onet_code", "soc_code"], problems, row =>
        {
            string code = row.OnetCode(data, "onet_code");
            if (row.SocCode("soc_code") is { } soc)
            {
                placements.WiderGroups[code] = soc;
            }
        });
        DataTable.Read(contentPath, OccupationDataReader.PlacedByJudgementFile, ',', ["onet_code", "career_cluster", "sub_cluster", "why"], problems, row =>
        {
            string code = row.OnetCode(data, "onet_code");
            if (Place(row, "career_cluster", "sub_cluster") is { } place)
            {
                placements.ByJudgement.Add((code, place));
            }
        });
        DataTable.Read(contentPath, OccupationDataReader.Unplaced2024File, ',', ["onet_code", "why"], problems, row =>
            placements.Unplaced.Add(row.OnetCode(data, "onet_code")));
    }

    private static FrameworkPlace? Place(DataRow row, string clusterColumn, string subClusterColumn)
    {
        string cluster = row[clusterColumn], subCluster = row[subClusterColumn];
        return cluster.Length == 0 || subCluster.Length == 0 ? null : new FrameworkPlace(cluster, subCluster, row.File, row.Line);
    }
}
