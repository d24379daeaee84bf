namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// data/states/states.csv: the states (and DC and territories) a student can pick, with each one's address word and
/// its own career-information site. Read as written; <c>Validation/StateRules</c> checks every row at its line.
/// </summary>
internal static class StatesReader
{
    public const string FileName = "data/states/states.csv";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems) =>
        DataTable.Read(contentPath, FileName, ',', ["code", "name", "slug", "career_site"], problems, row =>
            data.States.Add(new StateRow(row["code"], row["name"], row["slug"], row["career_site"], row.File, row.Line)));
}

/// <summary>One row of data/states/states.csv, with where it was written; <see cref="CareerSite"/> is empty when the state has none listed.</summary>
public sealed record StateRow(string Code, string Name, string Slug, string CareerSite, string File, int Line);
