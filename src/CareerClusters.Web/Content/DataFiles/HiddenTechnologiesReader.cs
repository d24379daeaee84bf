namespace CareerClusters.Web.Content.DataFiles;

/// <summary>data/technology/hidden.csv: technologies an editor hides from one job's page (or from every page, code "*").</summary>
internal static class HiddenTechnologiesReader
{
    public const string FileName = "data/technology/hidden.csv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        DataTable.Read(contentPath, FileName, ',', ["code", "technology", "reason"], problems, row =>
            data.HiddenTechnologies.Add(new HiddenTechnologyRow(row["code"], row["technology"], row["reason"], row.File, row.Line)));
}

/// <summary>One row of data/technology/hidden.csv, with where it was written.</summary>
public sealed record HiddenTechnologyRow(string Code, string Technology, string Reason, string File, int Line)
{
    /// <summary>The code that hides a technology from every job.</summary>
    public const string EveryJob = "*";
}
