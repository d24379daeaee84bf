using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// Reads one optional table of content/data/ (tab- or comma-separated, first line the column names) row by row.
/// A missing file is no problem; an empty file or a missing column is reported on line 1.
/// </summary>
internal static class DataTable
{
    public static void Read(string contentPath, string relativePath, char delimiter, string[] columns, List<ContentProblem> problems, Action<DataRow> readRow)
    {
        string path = Path.Combine(contentPath, relativePath);
        if (!File.Exists(path))
        {
            return;
        }
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            // O*NET's text files never quote, and a few values hold a literal quote mark.
            Mode = delimiter == '\t' ? CsvMode.NoEscape : CsvMode.RFC4180,
            BadDataFound = null,
        };
        if (ContentText.Read(path, relativePath, problems) is not { } text)
        {
            return;
        }
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader())
            {
                problems.Add(new ContentProblem(relativePath, 1, 1, $"the file is empty: its first line must name the columns {string.Join(", ", columns)}"));
                return;
            }
            var header = csv.HeaderRecord ?? [];
            var missing = columns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new ContentProblem(relativePath, 1, 1,
                    $"the header has no column {string.Join(", ", missing.Select(c => $"\"{c}\""))}: is this the right file? (it needs {string.Join(", ", columns)})"));
                return;
            }
            while (csv.Read())
            {
                readRow(new DataRow(csv, relativePath, csv.Parser.RawRow, problems));
            }
        }
        catch (IOException ex)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the file could not be read: {ex.Message}"));
        }
    }
}
