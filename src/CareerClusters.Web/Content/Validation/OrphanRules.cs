using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Every occupation stays in at least one pathway of the 16 clusters: a job in none has no pathway page listing it,
/// and its own page would say it belongs to 0 pathways.
/// </summary>
internal static class OrphanRules
{
    public static void Check(ContentSet content, PublishedPages? lastGood, List<ContentProblem> problems)
    {
        // A pathway file that could not be read may list the job: its own problem comes first.
        if (content.UnreadFiles.Any(f => ContentLoader.FrameworkOfFile(f, cluster: false) == Frameworks.Sixteen))
        {
            return;
        }
        var listed = content.Pathways.Where(p => p.Framework == Frameworks.Sixteen)
            .SelectMany(p => p.Meta.Occupations).ToHashSet(StringComparer.Ordinal);
        foreach (var occupation in content.Occupations)
        {
            if (occupation.Meta.Code is not { } code || !OccupationCode.Pattern().IsMatch(code) || listed.Contains(code))
            {
                continue;
            }
            var before = lastGood?.Pages.Where(p => p.Kind == PageKinds.Pathway && p.Framework == Frameworks.Sixteen && p.Members.Contains(code))
                .Select(p => p.File).ToList() ?? [];
            problems.Add(new ContentProblem(occupation.File, occupation.Lines.Of("code"), 1,
                $"this job is in no career pathway: no pathway file lists its code {code}, so no pathway page shows it and its page would say it belongs to 0 pathways")
            {
                Fix = before.Count > 0
                    ? $"Add \"  - {code}\" to the occupations list of the pathway it belongs in; it was in {string.Join(", ", before)}."
                    : $"Add \"  - {code}\" to the occupations list of the pathway file (in {ContentLoader.PathwaysFolder}/) it belongs in.",
            });
        }
    }
}
