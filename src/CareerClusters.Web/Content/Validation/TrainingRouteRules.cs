using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// The military counterparts pair a military job (code 55-) with a civilian job of the site, by code and title, once,
/// with a reason; each paying-for-training sentence belongs to one known education level and is one paragraph. The
/// sentences' links are checked with every other link (<see cref="LinkRules"/>).
/// </summary>
internal static class TrainingRouteRules
{
    public static void Check(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        if (content.Occupations.Count > 0)
        {
            CheckCounterparts(content.Data.MilitaryCounterparts, occupationsByCode, problems);
        }
        var levels = new Dictionary<string, int>();
        foreach (var row in content.Data.TrainingCosts)
        {
            void Problem(string message) => problems.Add(new ContentProblem(row.File, row.Line, 1, message));
            if (!EducationLevels.IsKnown(row.Education))
            {
                Problem($"unknown education \"{row.Education}\" in column \"education\"; use one of: {string.Join(", ", EducationLevels.Keys)}");
            }
            else if (!levels.TryAdd(row.Education, row.Line))
            {
                Problem($"the education {row.Education} already has a sentence on line {levels[row.Education]}");
            }
            if (row.Text.BodyIsEmpty)
            {
                Problem("the column \"text\" is empty: write the sentence the job pages show for this education level");
            }
            else if (!IsOneParagraph(row.Text))
            {
                Problem("the column \"text\" must be one paragraph (no headings, lists or blank lines)");
            }
            if (row.SpanishText is { } spanish && !IsOneParagraph(spanish))
            {
                Problem($"the column \"{TrainingRouteFiles.SpanishTextColumn}\" must be one paragraph (no headings, lists or blank lines), like the English sentence");
            }
        }
    }

    private static bool IsOneParagraph(ParsedMarkdown text) =>
        text.Sections is [{ Heading: null } only] && only.Html.StartsWith("<p>", StringComparison.Ordinal) && only.Html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0;

    private static void CheckCounterparts(IEnumerable<MilitaryCounterpartRow> rows, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            void Problem(string message) => problems.Add(new ContentProblem(row.File, row.Line, 1, message));
            if (IsJob(row.MilitaryCode, row.MilitaryTitle, "military_code", occupationsByCode, Problem)
                && !row.MilitaryCode.StartsWith(TrainingRouteFiles.MilitaryCodePrefix, StringComparison.Ordinal))
            {
                Problem($"{row.MilitaryCode} in column \"military_code\" is not a military job: O*NET's military jobs have codes that start with {TrainingRouteFiles.MilitaryCodePrefix}");
            }
            if (IsJob(row.CivilianCode, row.CivilianTitle, "civilian_code", occupationsByCode, Problem)
                && row.CivilianCode.StartsWith(TrainingRouteFiles.MilitaryCodePrefix, StringComparison.Ordinal))
            {
                Problem($"{row.CivilianCode} in column \"civilian_code\" is a military job: name the civilian job the military one trains people for");
            }
            if (row.Why.Length == 0)
            {
                Problem("the column \"why\" is empty: say what the two jobs have in common");
            }
            if (!pairs.TryAdd((row.MilitaryCode, row.CivilianCode), row.Line))
            {
                Problem($"{row.MilitaryCode} and {row.CivilianCode} are already paired on line {pairs[(row.MilitaryCode, row.CivilianCode)]}");
            }
        }
    }

    /// <summary>Whether the code is an occupation of the site (reporting a malformed or unknown code, or a title that is not the file's).</summary>
    private static bool IsJob(string code, string title, string column, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, Action<string> problem)
    {
        if (!OccupationCode.Pattern().IsMatch(code))
        {
            problem($"\"{code}\" in column \"{column}\" is not an O*NET-SOC code like 29-1141.00");
            return false;
        }
        if (!occupationsByCode.TryGetValue(code, out var occupation))
        {
            problem($"no occupation file has the code {code} (column \"{column}\"): add one in occupations/, or fix the code");
            return false;
        }
        if (!string.Equals(title, occupation.Meta.Title, StringComparison.Ordinal))
        {
            problem($"the title \"{title}\" is not the title of {code} in {occupation.File} (\"{occupation.Meta.Title}\")");
        }
        return true;
    }
}
