namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's technology_skills.tsv: the first distinct "hot" technologies of each occupation.</summary>
internal static class OnetTechnologiesReader
{
    public const string FileName = "technology_skills.tsv";
    private const int MostTechnologies = 10;

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Example", "Hot Technology", "In Demand"], problems, row =>
        {
            var technologies = OnetTable.ListOf(data.HotTechnologies, row.OnetCode(data));
            if (row["Hot Technology"] == "Y" && technologies.Count < MostTechnologies && !technologies.Contains(row["Example"]))
            {
                technologies.Add(row["Example"]);
            }
        });
}
