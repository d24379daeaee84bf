namespace CareerClusters.Web.Content.Validation;

/// <summary>Legal but probably wrong: shown by the check command and on /admin, never blocking.</summary>
internal static class WarningRules
{
    public const int SummaryWarningLength = 200;

    public static void Add(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var summaries = content.Clusters.Select(f => (f.File, f.Lines, f.Meta.Summary))
            .Concat(content.Pathways.Select(f => (f.File, f.Lines, f.Meta.Summary)))
            .Concat(content.Guides.Select(f => (f.File, f.Lines, f.Meta.Summary)))
            .Concat(content.Home is null ? [] : [(content.Home.File, content.Home.Lines, content.Home.Meta.Summary)]);
        foreach (var (file, lines, summary) in summaries)
        {
            if (summary is { Length: > SummaryWarningLength })
            {
                problems.Add(new ContentProblem(file, lines.Of("summary"), 1,
                    $"the summary is {summary.Length} characters long; keep it under {SummaryWarningLength} so it fits on cards and in search results", ProblemSeverity.Warning));
            }
        }
        foreach (var cluster in content.Clusters.Where(c => c.Meta.Related.Count == 0))
        {
            problems.Add(new ContentProblem(cluster.File, cluster.Lines.Of("related"), 1,
                "this cluster has no related clusters: students use them to find similar work", ProblemSeverity.Warning));
        }
        foreach (var pathway in content.Pathways)
        {
            for (int i = 0; i < pathway.Meta.Featured.Count; i++)
            {
                if (occupationsByCode.TryGetValue(pathway.Meta.Featured[i], out var occupation) && occupation.Body.IntroText.Trim().Length == 0)
                {
                    problems.Add(new ContentProblem(pathway.File, pathway.Lines.OfItem("featured", i), 1,
                        $"featured occupation {occupation.Meta.Code} ({occupation.File}) has no description", ProblemSeverity.Warning));
                }
            }
        }
    }
}
