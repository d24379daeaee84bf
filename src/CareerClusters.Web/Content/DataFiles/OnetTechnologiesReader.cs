namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// O*NET's technology_skills.tsv: each occupation's distinct "hot" technologies with their kind (the commodity title),
/// in O*NET's order. <see cref="TechnologyFit"/> chooses the few a job page shows.
/// </summary>
internal static class OnetTechnologiesReader
{
    public const string FileName = "technology_skills.tsv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        OnetTable.Read(contentPath, FileName, ["Example", "Commodity Title", "Hot Technology"], problems, row =>
        {
            string code = row.OnetCode(data);
            OnetTable.ListOf(data.HotTechnologies, code);
            if (row["Hot Technology"] == "Y" && !data.HotTechnologies[code].Contains(row["Example"]))
            {
                data.HotTechnologies[code].Add(row["Example"]);
                data.TechnologyKinds.TryAdd(row["Example"], row["Commodity Title"]);
            }
        });
}
