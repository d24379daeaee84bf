using System.Globalization;
using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using CsvHelper;
using CsvHelper.Configuration;

namespace CareerClusters.Web.Content;

/// <summary>One occupation's row of BLS Employment Projections (Table 1.2): employment, outlook, pay and training.</summary>
public sealed record Projection(
    string SocCode,
    string Title,
    bool IsBroad,
    int EmploymentBase,
    int EmploymentTarget,
    double ChangePercent,
    int AnnualOpenings,
    int? MedianWage,
    int? MedianWageAtLeast,
    string Education,
    string WorkExperience,
    string OnTheJobTraining,
    string? OohUrl);

/// <summary>The years of a BLS projections release, read from its column names (employment_2024, employment_2034, median_annual_wage_2024).</summary>
public sealed record ProjectionYears(int From, int To, int WageYear)
{
    /// <summary>"BLS Employment Projections, 2024–34".</summary>
    public string Source => $"BLS Employment Projections, {From}–{To % 100:00}";

    /// <summary>"BLS, May 2024": the pay is the OEWS May estimate of the base year.</summary>
    public string WageSource => $"BLS, May {WageYear}";

    public string Span => $"{From}–{To % 100:00}";
}

/// <summary>A code named in a data file, and where, so the validator can say which file and line names an unknown one.</summary>
public sealed record CodeReference(string File, int Line, string Code);

/// <summary>The O*NET and BLS data files of content/data/, read into lookups by code.</summary>
public sealed class OccupationData
{
    public Dictionary<string, string> Descriptions { get; } = [];
    public Dictionary<string, List<string>> Tasks { get; } = [];
    /// <summary>O*NET's alternate titles and the titles workers reported: searched, not all shown.</summary>
    public Dictionary<string, List<string>> Titles { get; } = [];
    /// <summary>Reported titles that My Next Move shows: the short "also called" list on a page.</summary>
    public Dictionary<string, List<string>> ShownTitles { get; } = [];
    public Dictionary<string, int> JobZones { get; } = [];
    /// <summary>RIASEC high points, first to third, as letters ("ISC").</summary>
    public Dictionary<string, string> Interests { get; } = [];
    public Dictionary<string, List<string>> HotTechnologies { get; } = [];
    public Dictionary<string, Projection> Projections { get; } = [];
    /// <summary>When the newest data file was written, or null when there is none.</summary>
    public DateTimeOffset? LastModified { get; set; }
    /// <summary>The years of the projections file, or null when there is none.</summary>
    public ProjectionYears? Years { get; set; }
    /// <summary>O*NET-SOC codes that BLS projects only inside a wider group, and that group's SOC code.</summary>
    public Dictionary<string, string> WiderGroups { get; } = [];
    public List<CodeReference> OnetCodes { get; } = [];
    public List<CodeReference> WiderGroupTargets { get; } = [];

    /// <summary>The change in all jobs over the projection, from the same table (the sum of every occupation's employment).</summary>
    public double? AllOccupationsChangePercent
    {
        get
        {
            long before = Projections.Values.Sum(p => (long)p.EmploymentBase), after = Projections.Values.Sum(p => (long)p.EmploymentTarget);
            return before == 0 ? null : Math.Round(100.0 * (after - before) / before, 1);
        }
    }

    /// <summary>
    /// The typical education to enter a job, as a key of <see cref="EducationLevels.Labels"/>: BLS's category is the
    /// source of record; a content file's own value covers the jobs BLS does not project.
    /// </summary>
    public string? EducationKeyOf(string onetCode, string? fileValue) =>
        (ProjectionFor(onetCode) is { } projection ? EducationLevels.KeyOf(projection.Education) : null) ?? fileValue;

    /// <summary>
    /// The BLS row for an O*NET-SOC code: its own SOC code (29-1141.00 -> 29-1141), the wider group it is projected in,
    /// or the broad code (NN-NNN0) BLS uses for a few groups. Null when BLS publishes no national figures for it.
    /// </summary>
    public Projection? ProjectionFor(string onetCode)
    {
        string soc = onetCode[..7];
        if (Projections.TryGetValue(soc, out var own))
        {
            return own;
        }
        if (WiderGroups.TryGetValue(onetCode, out string? group) && Projections.TryGetValue(group, out var wider))
        {
            return wider;
        }
        return Projections.TryGetValue(soc[..6] + "0", out var broad) && broad.IsBroad ? broad : null;
    }
}

/// <summary>
/// Reads content/data/: O*NET files in O*NET's own tab-separated layout (trimmed or whole), the BLS projections CSV
/// and the list of codes BLS projects in wider groups. Every file is optional; each problem names its file and line.
/// </summary>
public static partial class OccupationDataReader
{
    public const string Folder = "data";
    public const string OnetFolder = "data/onet";
    public const string BlsFolder = "data/bls";
    /// <summary>The BLS file is found by this pattern, so next year's release (employment-projections-2025-35.csv) is a drop-in.</summary>
    public const string ProjectionsPattern = "employment-projections-*.csv";
    public const string WiderGroupsFile = "data/bls/onet-codes-in-wider-groups.csv";
    private const string Code = "O*NET-SOC Code";
    private const int MostTasks = 8;
    private const int MostTechnologies = 10;
    private static readonly string[] RiasecLetters = ["", "R", "I", "A", "S", "E", "C"];

    public static OccupationData Read(string contentPath, List<ContentProblem> problems)
    {
        var data = new OccupationData();
        string dataFolder = Path.Combine(contentPath, "data");
        if (Directory.Exists(dataFolder))
        {
            var newest = new DirectoryInfo(dataFolder).EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.LastWriteTimeUtc).DefaultIfEmpty().Max();
            data.LastModified = newest == default ? null : new DateTimeOffset(newest, TimeSpan.Zero);
        }
        ReadTable(contentPath, $"{OnetFolder}/occupation_data.tsv", '\t', [Code, "Title", "Description"], problems, row =>
            data.Descriptions[row.OnetCode(data)] = row["Description"]);
        ReadTable(contentPath, $"{OnetFolder}/task_statements.tsv", '\t', [Code, "Task", "Task Type"], problems, row =>
        {
            var tasks = ListOf(data.Tasks, row.OnetCode(data));
            if (row["Task Type"] == "Core" && tasks.Count < MostTasks)
            {
                tasks.Add(row["Task"]);
            }
        });
        ReadTable(contentPath, $"{OnetFolder}/alternate_titles.tsv", '\t', [Code, "Alternate Title", "Short Title"], problems, row =>
        {
            var titles = ListOf(data.Titles, row.OnetCode(data));
            titles.Add(row["Alternate Title"]);
            if (row["Short Title"].Length > 0)
            {
                titles.Add(row["Short Title"]);
            }
        });
        ReadTable(contentPath, $"{OnetFolder}/sample_of_reported_titles.tsv", '\t', [Code, "Reported Job Title", "Shown in My Next Move"], problems, row =>
        {
            string code = row.OnetCode(data);
            ListOf(data.Titles, code).Add(row["Reported Job Title"]);
            if (row["Shown in My Next Move"] == "Y")
            {
                ListOf(data.ShownTitles, code).Add(row["Reported Job Title"]);
            }
        });
        ReadTable(contentPath, $"{OnetFolder}/job_zones.tsv", '\t', [Code, "Job Zone"], problems, row =>
        {
            if (row.WholeNumber("Job Zone", 1, 5) is int zone)
            {
                data.JobZones[row.OnetCode(data)] = zone;
            }
        });
        var highPoints = new Dictionary<string, SortedDictionary<string, string>>();
        ReadTable(contentPath, $"{OnetFolder}/interests.tsv", '\t', [Code, "Element Name", "Scale ID", "Data Value"], problems, row =>
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
        ReadTable(contentPath, $"{OnetFolder}/technology_skills.tsv", '\t', [Code, "Example", "Hot Technology", "In Demand"], problems, row =>
        {
            var technologies = ListOf(data.HotTechnologies, row.OnetCode(data));
            if (row["Hot Technology"] == "Y" && technologies.Count < MostTechnologies && !technologies.Contains(row["Example"]))
            {
                technologies.Add(row["Example"]);
            }
        });
        ReadProjections(contentPath, data, problems);
        ReadTable(contentPath, WiderGroupsFile, ',', ["onet_code", "soc_code"], problems, row =>
        {
            string code = row.OnetCode(data, "onet_code");
            if (row.SocCode("soc_code") is { } soc)
            {
                data.WiderGroups[code] = soc;
                data.WiderGroupTargets.Add(new CodeReference(row.File, row.Line, soc));
            }
        });
        return data;
    }

    /// <summary>The BLS projections file; its years come from its column names, so a new release needs no code change.</summary>
    private static void ReadProjections(string contentPath, OccupationData data, List<ContentProblem> problems)
    {
        string folder = Path.Combine(contentPath, BlsFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, ProjectionsPattern).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            return;
        }
        string relativePath = $"{BlsFolder}/{Path.GetFileName(files[0])}";
        if (files.Count > 1)
        {
            problems.Add(new ContentProblem($"{BlsFolder}/{Path.GetFileName(files[1])}", 1, 1,
                $"there are two projection files; keep only the newest release in {BlsFolder}/ ({relativePath} is another)"));
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
        ReadTable(contentPath, relativePath, ',', columns, problems, row => ReadProjection(row, columns, data));
    }

    private static void ReadProjection(Row row, string[] columns, OccupationData data)
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

    private static List<string> ListOf(Dictionary<string, List<string>> lists, string code)
    {
        if (!lists.TryGetValue(code, out var list))
        {
            lists[code] = list = [];
        }
        return list;
    }

    private static void ReadTable(string contentPath, string relativePath, char delimiter, string[] columns, List<ContentProblem> problems, Action<Row> readRow)
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
                readRow(new Row(csv, relativePath, csv.Parser.RawRow, problems));
            }
        }
        catch (IOException ex)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the file could not be read: {ex.Message}"));
        }
    }

    /// <summary>One data row: its fields by column name, with checks that report the file and line.</summary>
    private sealed class Row(CsvReader csv, string file, int line, List<ContentProblem> problems)
    {
        public string File => file;

        public int Line => line;

        public string this[string column] => csv.GetField(column)?.Trim() ?? "";

        public string OnetCode(OccupationData data, string column = Code)
        {
            string code = this[column];
            if (!OnetCodePattern().IsMatch(code))
            {
                Problem($"\"{code}\" in column \"{column}\" is not an O*NET-SOC code like 29-1141.00");
            }
            else if (data.OnetCodes.Count == 0 || data.OnetCodes[^1].Line != line || data.OnetCodes[^1].File != file)
            {
                data.OnetCodes.Add(new CodeReference(file, line, code));
            }
            return code;
        }

        public string? SocCode(string column)
        {
            string code = this[column];
            if (SocCodePattern().IsMatch(code))
            {
                return code;
            }
            Problem($"\"{code}\" in column \"{column}\" is not a SOC code like 29-1141");
            return null;
        }

        public int? WholeNumber(string column, int lowest, int highest)
        {
            string text = this[column];
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= lowest && value <= highest)
            {
                return value;
            }
            Problem($"\"{text}\" in column \"{column}\" is not a whole number{(highest < 1000 ? $" from {lowest} to {highest}" : "")}");
            return null;
        }

        public double? Number(string column)
        {
            string text = this[column];
            if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return value;
            }
            Problem($"\"{text}\" in column \"{column}\" is not a number");
            return null;
        }

        private void Problem(string message) => problems.Add(new ContentProblem(file, line, 1, message));
    }

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex OnetCodePattern();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocCodePattern();

    [GeneratedRegex(@"^employment_(\d{4})$")]
    private static partial Regex EmploymentYearPattern();

    [GeneratedRegex(@"^median_annual_wage_(\d{4})$")]
    private static partial Regex WageYearPattern();

    [GeneratedRegex(@"at least (\d+)")]
    private static partial Regex AtLeastPattern();
}
