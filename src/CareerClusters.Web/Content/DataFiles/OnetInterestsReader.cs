namespace CareerClusters.Web.Content.DataFiles;

/// <summary>O*NET's interests.tsv: each occupation's RIASEC high points, kept as letters in order ("ISC").</summary>
internal static class OnetInterestsReader
{
    public const string FileName = "interests.tsv";
    private static readonly string[] RiasecLetters = ["", "R", "I", "A", "S", "E", "C"];

    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        var highPoints = new Dictionary<string, SortedDictionary<string, string>>();
        OnetTable.Read(contentPath, FileName, ["Element Name", "Scale ID", "Data Value"], problems, row =>
        {
            if (row["Scale ID"] == "IH" && row.Number("Data Value") is double value && value is >= 1 and <= 6)
            {
                if (!highPoints.TryGetValue(row.OnetCode(data), out var points))
                {
                    highPoints[row.OnetCode(data)] = points = [];
                }
                points[row["Element Name"]] = RiasecLetters[(int)value];
            }
        });
        foreach (var (code, points) in highPoints)
        {
            // "First Interest High-Point" sorts before "Second" and "Third".
            data.Interests[code] = string.Concat(points.OrderBy(p => Array.IndexOf(["First", "Second", "Third"], p.Key.Split(' ')[0])).Select(p => p.Value));
        }
    }
}
