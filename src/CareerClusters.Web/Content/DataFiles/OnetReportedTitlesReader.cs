namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's sample_of_reported_titles.tsv: titles workers reported, searched, and shown when My Next Move shows them.</summary>
internal static class OnetReportedTitlesReader
{
    public const string FileName = "sample_of_reported_titles.tsv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Reported Job Title", "Shown in My Next Move"], problems, row =>
        {
            string code = row.OnetCode(data);
            OnetTable.ListOf(data.Titles, code).Add(row["Reported Job Title"]);
            if (row["Shown in My Next Move"] == "Y")
            {
                OnetTable.ListOf(data.ShownTitles, code).Add(row["Reported Job Title"]);
            }
        });
}
