namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// A translation's lists (a cluster's "is_this_you", a job's "ways_in") translate the English lists item by item: the
/// survey counts ticks by place and the steps keep the English sources, so a list of another shape is not used (the
/// page shows the English list) and the writer is told what to match.
/// </summary>
internal static class TranslatedListRules
{
    /// <summary>What a translated "ways_in" must not hold: these come from the English file.</summary>
    private static readonly string[] EnglishOnly = ["checked", "sources", "apprenticeship"];

    public static void Check(ContentTranslation translation, string twinFile, IsThisYouFrontMatter? isThisYou, WaysInFrontMatter? waysIn, List<ContentProblem> problems)
    {
        string language = TranslationRules.LanguageName(translation.Language);
        if (translation.Words.IsThisYou is { } ours && TranslatedLists.IsThisYou(isThisYou, ours) is null)
        {
            var theirs = isThisYou ?? new IsThisYouFrontMatter();
            problems.Add(Warning(translation, translation.Lines.Of("is_this_you"),
                $"\"is_this_you\" does not match {twinFile}: it has {Counts(theirs)}, this file {Counts(ours)}, so the cluster page and the survey show the English statements",
                $"Translate each English statement at its place: the same number under \"activities\", \"qualities\" and \"subjects\" as {twinFile}, none empty."));
        }
        if (translation.Words.WaysIn is not { } steps)
        {
            return;
        }
        if (waysIn is null || !TranslatedLists.SameShape(waysIn, steps))
        {
            problems.Add(Warning(translation, translation.Lines.Of("ways_in"),
                waysIn is null
                    ? $"\"ways_in\" is not used: {twinFile} has no checked steps in to translate"
                    : $"\"ways_in\" does not match {twinFile}: it has {waysIn.Steps.Count} step(s){(string.IsNullOrWhiteSpace(waysIn.License) ? "" : " and a license")}, this file {steps.Steps.Count}{(string.IsNullOrWhiteSpace(steps.License) ? "" : " and a license")}, so the page shows the English steps",
                $"Translate each step of {twinFile} at its place, and its \"license\" if it has one."));
        }
        foreach (string field in EnglishOnly.Where(f => translation.Lines.HasEntry("ways_in", f)))
        {
            problems.Add(Warning(translation, translation.Lines.OfEntry("ways_in", field), $"\"ways_in: {field}\" is not read from a {language} file: it comes from {twinFile}",
                $"Remove the \"{field}:\" line (and the lines under it) from this file."));
        }
    }

    private static string Counts(IsThisYouFrontMatter list) =>
        $"{list.Activities.Count} activities, {list.Qualities.Count} qualities and {list.Subjects.Count} subjects";

    private static ContentProblem Warning(ContentTranslation translation, int line, string message, string fix) =>
        new(translation.File, line, 1, message, ProblemSeverity.Warning) { Fix = fix };
}
