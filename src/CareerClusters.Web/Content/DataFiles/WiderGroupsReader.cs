namespace CareerClusters.Web.Content.DataFiles;

/// <summary>The list of O*NET-SOC codes that BLS projects only inside a wider group, with that group's SOC code.</summary>
internal static class WiderGroupsReader
{
    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        DataTable.Read(contentPath, OccupationDataReader.WiderGroupsFile, ',', ["onet_code", "soc_code"], problems, row =>
        {
            string code = row.OnetCode(data, "onet_code");
            if (row.SocCode("soc_code") is { } soc)
            {
                data.WiderGroups[code] = soc;
                data.WiderGroupTargets.Add(new CodeReference(row.File, row.Line, soc));
            }
        });
}
