using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerClusters.Web.Content.DataFiles;

/// <summary>
/// The BLS projections CSV of content/data/bls/ (the one file matching <see cref="OccupationDataReader.ProjectionsPattern"/>);
/// its years come from its column names, so a new release needs no code change.
/// </summary>
internal static partial class BlsProjectionsReader
{
    public static void Read(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        string folder = Path.Combine(contentPath, OccupationDataReader.BlsFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, OccupationDataReader.ProjectionsPattern).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            return;
        }
        string relativePath = $"{OccupationDataReader.BlsFolder}/{Path.GetFileName(files[0])}";
        if (files.Count > 1)
        {
            problems.Add(new ContentProblem($"{OccupationDataReader.BlsFolder}/{Path.GetFileName(files[1])}", 1, 1,
                $"there are two projection files; keep only the newest release in {OccupationDataReader.BlsFolder}/ ({relativePath} is another)"));
            return;
        }
        string header;
        using (var reader = new StreamReader(files[0]))
        {
            header = reader.ReadLine() ?? "";
        }
        var years = header.Split(',').Select(c => EmploymentYearPattern().Match(c.Trim())).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList();
        var wageYear = header.Split(',').Select(c => WageYearPattern().Match(c.Trim())).FirstOrDefault(m => m.Success);
        if (years.Count != 2 || wageYear is null)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1,
                "the header must have two employment columns and a wage column named with their years, like employment_2024, employment_2034 and median_annual_wage_2024"));
            return;
        }
        var (from, to) = (years[0], years[1]);
        string span = $"{from}_{to % 100:00}";
        data.Years = new ProjectionYears(from, to, int.Parse(wageYear.Groups[1].Value, CultureInfo.InvariantCulture));
        string[] columns =
            ["soc_code", "occupation_title", "soc_code_level", $"employment_{from}", $"employment_{to}", $"employment_change_pct_{span}",
             $"annual_openings_{span}", $"median_annual_wage_{data.Years.WageYear}", "typical_education_needed_for_entry", "work_experience_in_related_occupation",
             "typical_on_the_job_training", "ooh_url", "wage_note"];
        DataTable.Read(contentPath, relativePath, ',', columns, problems, row => ReadProjection(row, columns, data));
    }

    private static void ReadProjection(DataRow row, string[] columns, OccupationData data)
    {
        string? soc = row.SocCode("soc_code");
        int? before = row.WholeNumber(columns[3], 0, int.MaxValue);
        int? after = row.WholeNumber(columns[4], 0, int.MaxValue);
        double? change = row.Number(columns[5]);
        int? openings = row.WholeNumber(columns[6], 0, int.MaxValue);
        int? wage = row[columns[7]].Length == 0 ? null : row.WholeNumber(columns[7], 0, 10_000_000);
        // BLS prints ">=$239,200" for the best-paid doctors: the cleaned file keeps the figure in a note.
        int? atLeast = AtLeastPattern().Match(row["wage_note"]) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        if (soc is null || before is null || after is null || change is null || openings is null)
        {
            return;
        }
        data.Projections[soc] = new Projection(soc, row["occupation_title"], row["soc_code_level"] == "broad", before.Value, after.Value, change.Value,
            openings.Value, wage, atLeast, row["typical_education_needed_for_entry"], row["work_experience_in_related_occupation"],
            row["typical_on_the_job_training"], row["ooh_url"].Length > 0 ? row["ooh_url"] : null);
    }

    [GeneratedRegex(@"^employment_(\d{4})$")]
    private static partial Regex EmploymentYearPattern();

    [GeneratedRegex(@"^median_annual_wage_(\d{4})$")]
    private static partial Regex WageYearPattern();

    [GeneratedRegex(@"at least (\d+)")]
    private static partial Regex AtLeastPattern();
}
