using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// O*NET's 16-cluster crosswalk and its 2010-to-2019 taxonomy crosswalk, both as O*NET publishes them. Their codes are
/// partly from the older taxonomy, so they are checked for form only, never recorded as codes the site must have.
/// </summary>
internal static class OnetClustersReader
{
    private const string Code2010 = "O*NET-SOC 2010 Code", Code2019 = "O*NET-SOC 2019 Code";

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        var placements = data.Clusters16;
        DataTable.Read(contentPath, OccupationDataReader.TaxonomyCrosswalkFile, ',', [Code2010, Code2019], problems, row =>
        {
            if (Code(row, Code2010, problems) is { } from && Code(row, Code2019, problems) is { } to)
            {
                placements.To2019.TryAdd(from, []);
                placements.To2019[from].Add(to);
            }
        });
        DataTable.Read(contentPath, OccupationDataReader.Clusters16File, ',', ["Career Pathway", "Code"], problems, row =>
        {
            string pathway = row["Career Pathway"];
            if (Code(row, "Code", problems) is { } code && pathway.Length > 0)
            {
                placements.Add(pathway, code, row.File, row.Line);
            }
        });
    }

    private static string? Code(DataRow row, string column, List<ContentProblem> problems)
    {
        string code = row[column];
        if (OccupationCode.Pattern().IsMatch(code))
        {
            return code;
        }
        problems.Add(new ContentProblem(row.File, row.Line, 1, $"\"{code}\" in column \"{column}\" is not an O*NET-SOC code like 29-1141.00"));
        return null;
    }
}
