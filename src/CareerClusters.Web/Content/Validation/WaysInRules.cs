using System.Globalization;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// An occupation's checked routes in (<c>ways_in:</c>): a real date it was checked (not in the future), at least one
/// step and one source, none of them empty, and a licence that says something when it is there. Unknown keys inside
/// <c>ways_in:</c> are reported by the front matter reader, like any other unknown field.
/// </summary>
internal static class WaysInRules
{
    public const string Key = "ways_in";

    /// <summary>A step longer than this many words is probably two steps, or not plain enough for a 14-year-old.</summary>
    public const int LongStepWords = 30;

    public static void Check(IEnumerable<ContentFile<OccupationFrontMatter>> occupations, List<ContentProblem> problems, DateOnly today)
    {
        foreach (var occupation in occupations)
        {
            if (occupation.Meta.WaysIn is { } waysIn)
            {
                Check(occupation, waysIn, problems, today);
            }
        }
    }

    /// <summary>The date a <c>checked:</c> value names, or null when it is not a real YYYY-MM-DD date.</summary>
    public static DateOnly? DateOf(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void Check(ContentFile<OccupationFrontMatter> occupation, WaysInFrontMatter waysIn, List<ContentProblem> problems, DateOnly today)
    {
        var lines = occupation.Lines;
        void Problem(int line, string message) => FileRules.Add(problems, occupation, line, message);

        int checkedLine = lines.OfEntry(Key, "checked");
        if (string.IsNullOrWhiteSpace(waysIn.Checked))
        {
            Problem(lines.Of(Key), "\"ways_in\" needs \"checked:\", the date you checked the routes against the issuing bodies, like 2026-12-06");
        }
        else if (DateOf(waysIn.Checked) is not { } date)
        {
            Problem(checkedLine, $"\"{waysIn.Checked}\" in \"checked\" is not a date: write it as YYYY-MM-DD, like 2026-12-06");
        }
        else if (date > today.AddDays(1))
        {
            Problem(checkedLine, $"the date {waysIn.Checked} in \"checked\" is in the future: write the day you checked the routes");
        }

        if (waysIn.Steps.Count == 0)
        {
            Problem(lines.OfEntry(Key, "steps"), "\"ways_in\" needs \"steps:\", the routes into the job in order, one short sentence each");
        }
        for (int i = 0; i < waysIn.Steps.Count; i++)
        {
            int line = lines.OfItem(Key + ".steps", i);
            string? step = waysIn.Steps[i];
            if (string.IsNullOrWhiteSpace(step))
            {
                Problem(line, $"step {i + 1} in \"steps\" is empty: write the step, or remove the line");
            }
            else if (step.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > LongStepWords)
            {
                problems.Add(new ContentProblem(occupation.File, line, 1,
                    $"step {i + 1} in \"steps\" has more than {LongStepWords} words: split it, so a student can read it at a glance", ProblemSeverity.Warning));
            }
        }

        if (waysIn.License is not null && string.IsNullOrWhiteSpace(waysIn.License))
        {
            Problem(lines.OfEntry(Key, "license"), "\"license\" is empty: name the licence or exam and who issues it, or remove the line");
        }

        if (waysIn.Sources.Count == 0)
        {
            Problem(lines.OfEntry(Key, "sources"), "\"ways_in\" needs \"sources:\", the issuing bodies you checked the routes against");
        }
        for (int i = 0; i < waysIn.Sources.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(waysIn.Sources[i]))
            {
                Problem(lines.OfItem(Key + ".sources", i), $"source {i + 1} in \"sources\" is empty: name the issuing body, or remove the line");
            }
        }
    }
}
