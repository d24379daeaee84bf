namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's job_zones.tsv: how much preparation each occupation needs, from 1 to 5.</summary>
internal static class OnetJobZonesReader
{
    public const string FileName = "job_zones.tsv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Job Zone"], problems, row =>
        {
            if (row.WholeNumber("Job Zone", 1, 5) is int zone)
            {
                data.JobZones[row.OnetCode(data)] = zone;
            }
        });
}
