using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// Every word a student or a family reads has its Spanish: each key a student-facing view asks its localizer for
/// (<c>@Localizer["..."]</c>, <c>Localizer.GetString("...")</c>) is in that view's .es.resx, each key it asks the
/// catalogue for (<c>Text["..."]</c>) and each key C# words a page with (<c>text["..."]</c>) is in SiteText.es.resx,
/// and so are the labels the catalogue shows from tables (filters, search labels, education plans, BLS's categories,
/// months). Views and C# files read from source, so a new sentence without its Spanish fails here, naming the file.
/// </summary>
public sealed partial class SpanishWordsTests
{
    /// <summary>Views with no Spanish address (counselors' lists, class boards, /admin): they stay English, on purpose.</summary>
    private static readonly string[] EnglishOnlyViews =
    [
        "Features/Admin/",                 // the content status page and its sign-in
        "Features/Lists/",                 // counselors' lists: making, editing, recovering (and the list's page, under /lists only)
        "Features/Classes/Board.cshtml",   // a counselor's class board
        "Features/Classes/New.cshtml",
        "Features/Classes/Delete.cshtml",
        "Features/Classes/Recover.cshtml",
        "Features/Classes/NoBoard.cshtml",
        "Features/ApiReference/",          // the open data API's reference page, for districts' developers (/api, English only)
    ];

    /// <summary>C# files that word only English-only pages (the same pages as <see cref="EnglishOnlyViews"/>).</summary>
    private static readonly string[] EnglishOnlyCode =
    [
        "Features/Admin/",
        "Features/Lists/",
        "Features/Classes/ClassBoardController.cs",
        "Features/Classes/ClassCsv.cs",    // a counselor's download, with English column names
        "Features/ApiReference/",          // the open data API's reference page
    ];

    private static string Web => Path.Combine(TestPaths.RepositoryRoot, "src", "CareerClusters.Web");

    private static string Relative(string path) => Path.GetRelativePath(Web, path).Replace('\\', '/');

    [GeneratedRegex("""\b(?<who>Localizer|Text)(?:\[|\.GetString\()\s*(?<verbatim>@?)"(?<key>(?:[^"\\]|\\.|"")*)"(?!")""")]
    private static partial Regex ViewKey();

    [GeneratedRegex("""\b(?:text|Text)\[\s*(?<verbatim>@?)"(?<key>(?:[^"\\]|\\.|"")*)"(?!")""")]
    private static partial Regex CodeKey();

    /// <summary>The keys a view asks for: (true, key) from the view's own localizer, (false, key) from the catalogue.</summary>
    public static IEnumerable<(bool OwnResource, string Key)> KeysOfView(string razor) =>
        ViewKey().Matches(razor).Select(m => (m.Groups["who"].Value == "Localizer", Unescape(m.Groups["key"].Value, m.Groups["verbatim"].Value == "@")));

    private static string Unescape(string literal, bool verbatim) => verbatim ? literal.Replace("\"\"", "\"", StringComparison.Ordinal) : Regex.Unescape(literal);

    /// <summary>A resource file's names, which ignore case as the site's lookups do; none for a missing file.</summary>
    private static HashSet<string> Names(string resx) => File.Exists(resx)
        ? XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.OrdinalIgnoreCase)
        : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> Catalogue => Names(Path.Combine(Web, "Resources", "Features", "Shared", "SiteText.es.resx"));

    private static string SpanishResourceOf(string view) =>
        Path.Combine(Web, "Resources", Path.ChangeExtension(Relative(view), null) + ".es.resx");

    /// <summary>The keys a view uses that have no Spanish in the file the site would read them from.</summary>
    public static IEnumerable<string> MissingInView(string razor, ISet<string> own, ISet<string> catalogue) =>
        KeysOfView(razor).Where(k => !(k.OwnResource ? own : catalogue).Contains(k.Key)).Select(k => (k.OwnResource ? "" : "Text: ") + k.Key).Distinct();

    [Fact]
    public void EveryKey_OfAStudentFacingView_HasItsSpanish()
    {
        var catalogue = Catalogue;
        var views = Directory.EnumerateFiles(Path.Combine(Web, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .Where(v => !Path.GetFileName(v).StartsWith("_View", StringComparison.Ordinal))
            .Where(v => !EnglishOnlyViews.Any(Relative(v).StartsWith))
            .ToList();

        var missing = views
            .SelectMany(view => MissingInView(File.ReadAllText(view), Names(SpanishResourceOf(view)), catalogue).Select(key => $"{Relative(view)}: {key}"))
            .ToList();

        Assert.True(views.Count >= 50, $"only {views.Count} student views found");
        Assert.True(missing.Count == 0, $"{missing.Count} keys have no Spanish (add them to the view's .es.resx, or SiteText.es.resx for Text[...]):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryKey_CSharpWordsAStudentPageWith_IsInTheSpanishCatalogue()
    {
        var catalogue = Catalogue;
        var files = Directory.EnumerateFiles(Path.Combine(Web, "Features"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !EnglishOnlyCode.Any(Relative(f).StartsWith))
            .ToList();

        var missing = files
            .SelectMany(file => CodeKey().Matches(File.ReadAllText(file))
                .Select(m => Unescape(m.Groups["key"].Value, m.Groups["verbatim"].Value == "@"))
                .Where(key => !catalogue.Contains(key))
                .Distinct()
                .Select(key => $"{Relative(file)}: {key}"))
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} catalogue keys have no Spanish in SiteText.es.resx:\n" + string.Join("\n", missing));
    }

    /// <summary>Labels kept in C# tables and shown through the catalogue (docs/architecture.md, "One text catalogue").</summary>
    public static TheoryData<string, string> TableLabels()
    {
        var data = new TheoryData<string, string>();
        foreach (string label in JobFilters.Outlooks.Values.Concat(JobFilters.Sorts.Values))
        {
            data.Add("JobFilters", label);
        }
        foreach (string label in SearchLabels.Kinds.Values.Concat(SearchLabels.KindTabs.Values).Concat(SearchLabels.EducationUpTo.Values)
            .Concat([SearchLabels.Apprenticeship, SearchLabels.ByPay, "2024 cluster", "Sub-cluster"]))
        {
            data.Add("SearchLabels", label);
        }
        foreach (var plan in EducationPlans.All)
        {
            data.Add("EducationPlans", plan.Label);
            data.Add("EducationPlans", plan.ShortLabel);
        }
        foreach (string heading in new[] { new CrosswalkPanel(Frameworks.Sixteen, "", []).Heading, new CrosswalkPanel(Frameworks.Modern2024, "", []).Heading })
        {
            data.Add("CrosswalkPanel", heading);
        }
        for (int month = 1; month <= 12; month++)
        {
            data.Add("JobWords.Date", CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TableLabels))]
    public void EveryLabel_ATableShowsThroughTheCatalogue_HasItsSpanish(string table, string label) =>
        Assert.True(Catalogue.Contains(label), $"{table}: \"{label}\" has no Spanish in SiteText.es.resx");

    [Fact]
    public void EveryLabel_ACatalogueLabelPairUses_DiffersInMoreThanCapitals()
    {
        // Resource names ignore case: a plan's label and its short label must be two keys, each with its own Spanish.
        Assert.All(EducationPlans.All, plan => Assert.False(string.Equals(plan.Label, plan.ShortLabel, StringComparison.OrdinalIgnoreCase), plan.Key));
    }

    [Fact]
    public void EveryCategory_BlsUsesInTheDataFile_IsWordedInSpanish()
    {
        string file = Directory.EnumerateFiles(Path.Combine(TestPaths.RealContent, "data", "bls"), "employment-projections-*.csv").Single();
        var rows = File.ReadAllLines(file);
        var header = SplitCsv(rows[0]);
        int education = Array.IndexOf(header, "typical_education_needed_for_entry"), experience = Array.IndexOf(header, "work_experience_in_related_occupation"),
            training = Array.IndexOf(header, "typical_on_the_job_training");
        Assert.True(education >= 0 && experience >= 0 && training >= 0, "columns: " + string.Join(", ", header));
        var data = rows.Skip(1).Where(r => r.Length > 0).Select(SplitCsv).ToList();
        var catalogue = Catalogue;

        // The job page shows BLS's education and training categories through the catalogue (JobWords.BlsCategory).
        var unworded = data.SelectMany(r => new[] { r[education], r[training] }).Where(c => c.Length > 0 && c != "None").Distinct()
            .Where(category => !catalogue.Contains(category)).ToList();
        Assert.True(unworded.Count == 0, "BLS categories without Spanish: " + string.Join("; ", unworded));
        // Work experience is worded whole per category (JobWords.WorkExperience): a new category would show in English.
        Assert.All(data.Select(r => r[experience]).Distinct(), category => Assert.Contains(category, WorkExperienceWorded));
    }

    private static readonly string[] WorkExperienceWorded = ["None", "Less than 5 years", "5 years or more"];

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>A Spanish value may use only the arguments its English key is given (else the Spanish page fails with a FormatException).</summary>
    [Fact]
    public void EverySpanishValue_UsesOnlyTheArgumentsItsKeyIsGiven()
    {
        // Keys given more arguments than their English wording uses: the Spanish writes the full year ("2024–2034") or the month's name.
        var extraArguments = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["BLS Employment Projections, {0}–{1:00}"] = 3,
            ["{0}–{1:00}"] = 3,
            ["{0:MMMM d, yyyy}"] = 2,
        };
        var wrong = new List<string>();
        foreach (string resx in Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.es.resx", SearchOption.AllDirectories))
        {
            foreach (var data in XDocument.Load(resx).Root!.Elements("data"))
            {
                string key = (string)data.Attribute("name")!, value = (string)data.Element("value")!;
                int given = extraArguments.TryGetValue(key, out int count) ? count : Indexes(key).DefaultIfEmpty(-1).Max() + 1;
                if (Indexes(value).Any(i => i >= given))
                {
                    wrong.Add($"{Relative(resx)}: \"{key}\" -> \"{value}\"");
                }
                try
                {
                    _ = string.Format(CultureInfo.InvariantCulture, value, Enumerable.Range(0, Math.Max(given, 1)).Select(_ => (object)DateTime.UnixEpoch).ToArray());
                }
                catch (FormatException)
                {
                    wrong.Add($"{Relative(resx)}: \"{value}\" is not a valid format");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<int> Indexes(string format) =>
        Regex.Matches(format, @"(?<!\{)\{(\d+)[^}]*\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [Fact]
    public void TheCheck_FindsAKeyWithoutSpanish_InEachWayAViewAsks()
    {
        const string razor = """
            <h1>@Localizer["Known"]</h1>
            <p>@Localizer["Not written yet <a href=\"{0}\">here</a>", SitePaths.Home]</p>
            <p data-x="@Localizer.GetString("Not written either")">@Text["Also unknown"] @Text["Known in the catalogue"]</p>
            """;
        var own = new HashSet<string>(["known"], StringComparer.OrdinalIgnoreCase);
        var catalogue = new HashSet<string>(["Known in the catalogue"], StringComparer.OrdinalIgnoreCase);

        var missing = MissingInView(razor, own, catalogue).ToList();

        Assert.Equal(["Not written yet <a href=\"{0}\">here</a>", "Not written either", "Text: Also unknown"], missing);
    }
}
