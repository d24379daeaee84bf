using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// The lists a translation may hold besides its text: a cluster's "Is this you?" statements and a job's steps in.
/// Each item translates the English item at the same place (the survey counts a student's ticks by place), so a list
/// is used only when it has the English list's shape; otherwise the page shows the English list (the validator warns).
/// </summary>
public static class TranslatedLists
{
    /// <summary>The translated statements, in the English statements' order and kinds; null when the shapes differ or there are none.</summary>
    public static List<InterestStatement>? IsThisYou(IsThisYouFrontMatter? english, IsThisYouFrontMatter? translated)
    {
        var theirs = ContentSurvey.Statements(english);
        var ours = ContentSurvey.Statements(translated);
        return ours.Count > 0 && ours.Select(s => s.Kind).SequenceEqual(theirs.Select(s => s.Kind), StringComparer.Ordinal)
            && ours.All(s => !string.IsNullOrWhiteSpace(s.Text)) ? ours : null;
    }

    /// <summary>Whether translated steps in can stand for the English ones: as many steps, and a licence exactly when English names one.</summary>
    public static bool SameShape(WaysInFrontMatter english, WaysInFrontMatter translated) =>
        Steps(translated).Count == Steps(english).Count && Steps(translated).Count > 0
        && string.IsNullOrWhiteSpace(english.License) == string.IsNullOrWhiteSpace(translated.License);

    /// <summary>The English routes in (checked date, sources) with the translated steps and licence; null when there is nothing to use.</summary>
    public static JobWaysIn? WaysIn(JobWaysIn? english, WaysInFrontMatter? englishMeta, WaysInFrontMatter? translated) =>
        english is null || englishMeta is null || translated is null || !SameShape(englishMeta, translated) ? null : new JobWaysIn
        {
            Checked = english.Checked,
            Sources = english.Sources,
            Steps = Steps(translated),
            License = string.IsNullOrWhiteSpace(translated.License) ? null : translated.License.Trim(),
        };

    private static List<string> Steps(WaysInFrontMatter waysIn) => [.. waysIn.Steps.OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0)];
}
