namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's alternate_titles.tsv: other names of each occupation, and their short forms, for search.</summary>
internal static class OnetAlternateTitlesReader
{
    public const string FileName = "alternate_titles.tsv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Alternate Title", "Short Title"], problems, row =>
        {
            var titles = OnetTable.ListOf(data.Titles, row.OnetCode(data));
            titles.Add(row["Alternate Title"]);
            if (row["Short Title"].Length > 0)
            {
                titles.Add(row["Short Title"]);
            }
        });
}
