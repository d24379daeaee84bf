namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's occupation_data.tsv: each occupation's description.</summary>
internal static class OnetDescriptionsReader
{
    public const string FileName = "occupation_data.tsv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Title", "Description"], problems, row =>
            data.Descriptions[row.OnetCode(data)] = row["Description"]);
}
