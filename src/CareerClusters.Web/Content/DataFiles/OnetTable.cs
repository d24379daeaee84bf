namespace CareerClusters.Web.Content.DataFiles;

/// <summary>An O*NET text file of content/data/onet/, in O*NET's own tab-separated layout (trimmed or whole): every row starts with its code.</summary>
internal static class OnetTable
{
    public const string CodeColumn = "O*NET-SOC Code";

    /// <summary>Reads <paramref name="fileName"/>, which must have the code column and <paramref name="columns"/>.</summary>
    public static void Read(string contentPath, string fileName, string[] columns, List<ContentProblem> problems, Action<DataRow> readRow) =>
        DataTable.Read(contentPath, $"{OccupationDataReader.OnetFolder}/{fileName}", '\t', [CodeColumn, .. columns], problems, readRow);

    /// <summary>The list kept for a code, made empty on its first row (so a code with rows has a list even when none is kept).</summary>
    public static List<string> ListOf(Dictionary<string, List<string>> lists, string code)
    {
        if (!lists.TryGetValue(code, out var list))
        {
            lists[code] = list = [];
        }
        return list;
    }
}
