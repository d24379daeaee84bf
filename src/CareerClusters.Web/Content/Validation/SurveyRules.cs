using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// survey/versions.yml and what an edit of the "Is this you?" statements does to result links. A result link names
/// the survey it was made with; a recorded survey is read with its own statements, so its links keep their result.
/// When the statements differ from every recorded survey, each change is a warning at its file and line (a statement
/// new, removed, reworded or moved to another cluster), with one more saying how to record the survey as it now is.
/// </summary>
internal static class SurveyRules
{
    public const string RecordCommand = "dotnet run --project src/CareerClusters.Web -- record-survey";

    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recorded in content.SurveyVersions)
        {
            if (!seen.Add(recorded.Version))
            {
                problems.Add(new ContentProblem(SurveyArchive.FileName, recorded.Line, 1, $"survey {recorded.Version} is recorded twice"));
            }
            string actual = SurveyDefinition.Build(recorded.Clusters).Version;
            if (actual != recorded.Version)
            {
                problems.Add(new ContentProblem(SurveyArchive.FileName, recorded.Line, 1,
                    $"the statements recorded for survey {recorded.Version} make survey {actual}: record-survey writes this file; put back what it wrote"));
            }
        }

        var clusters = ContentSurvey.ClustersOf(content);
        if (clusters.All(c => c.Statements.Count == 0))
        {
            return;
        }
        var current = SurveyDefinition.Build(clusters);
        if (seen.Contains(current.Version))
        {
            return;
        }
        var last = content.SurveyVersions.Count == 0 ? null : content.SurveyVersions[^1];
        if (last is null)
        {
            problems.Add(new ContentProblem(SurveyArchive.FileName, 1, 1,
                $"no survey is recorded: result links stop working when a statement changes unless the survey they were made with is recorded; run `{RecordCommand}`",
                ProblemSeverity.Warning));
            return;
        }
        ReportChanges(content, last, problems);
        problems.Add(new ContentProblem(SurveyArchive.FileName, last.Line, 1,
            $"the \"Is this you?\" statements have changed since survey {last.Version}, the last one recorded: result links made before keep their result, " +
            $"but links made from now on stop working at the next change unless this survey ({current.Version}) is recorded too; run `{RecordCommand}`",
            ProblemSeverity.Warning));
    }

    /// <summary>One warning per statement that is new, removed, reworded or moved, and per list in a new order, at the cluster file.</summary>
    private static void ReportChanges(ContentSet content, RecordedSurvey last, List<ContentProblem> problems)
    {
        var files = content.Clusters.Where(c => c.Framework == Frameworks.Sixteen).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var before = Statements(last.Clusters);
        var now = Statements(ContentSurvey.ClustersOf(content));
        var beforeKeys = before.Select(s => s.Key).ToHashSet();
        var nowKeys = now.Select(s => s.Key).ToHashSet();
        string v = last.Version;

        var added = now.Where(s => !beforeKeys.Contains(s.Key)).ToList();
        var removed = before.Where(s => !nowKeys.Contains(s.Key)).ToList();
        foreach (var statement in added.ToList())
        {
            var movedFrom = removed.Where(b => b.Kind == statement.Kind && b.Same(statement)).ToList();
            if (movedFrom.Count > 0)
            {
                added.Remove(statement);
                removed.RemoveAll(movedFrom.Contains);
                Warn(problems, files, statement,
                    $"\"{statement.Text}\" moved here from {string.Join(" and ", movedFrom.Select(m => m.Cluster))} since survey {v}: result links made before still count it there");
            }
        }
        // What is left of a list on both sides, in order, is taken as reworded.
        foreach (var list in added.GroupBy(s => (s.Cluster, s.Kind)).ToList())
        {
            var gone = removed.Where(b => b.Cluster == list.Key.Cluster && b.Kind == list.Key.Kind).ToList();
            foreach (var (statement, old) in list.Zip(gone))
            {
                added.Remove(statement);
                removed.Remove(old);
                Warn(problems, files, statement, $"\"{statement.Text}\" was \"{old.Text}\" in survey {v}: result links made before keep their result and show the old words");
            }
        }
        foreach (var statement in added)
        {
            Warn(problems, files, statement, $"\"{statement.Text}\" is new since survey {v}: it changes this cluster's scores; result links made before keep the result they showed");
        }
        foreach (var statement in removed)
        {
            var (file, line) = files.ContainsKey(statement.Cluster) ? Where(files, statement) : (SurveyArchive.FileName, last.Line);
            problems.Add(new ContentProblem(file, line, 1,
                $"\"{statement.Text}\" ({statement.Cluster}) was removed since survey {v}: result links made before still count it", ProblemSeverity.Warning));
        }
        foreach (var list in now.GroupBy(s => (s.Cluster, s.Kind)))
        {
            var old = before.Where(b => b.Cluster == list.Key.Cluster && b.Kind == list.Key.Kind && nowKeys.Contains(b.Key)).Select(b => b.Key);
            if (!old.SequenceEqual(list.Where(s => beforeKeys.Contains(s.Key)).Select(s => s.Key)))
            {
                var (file, line) = Where(files, list.First());
                problems.Add(new ContentProblem(file, line, 1,
                    $"these statements are in a new order since survey {v}: result links made before keep their result", ProblemSeverity.Warning));
            }
        }
    }

    private static void Warn(List<ContentProblem> problems, Dictionary<string, ContentFile<ClusterFrontMatter>> files, Statement statement, string message)
    {
        var (file, line) = Where(files, statement);
        problems.Add(new ContentProblem(file, line, 1, message, ProblemSeverity.Warning));
    }

    /// <summary>A cluster file and the line of the list a statement is in.</summary>
    private static (string File, int Line) Where(Dictionary<string, ContentFile<ClusterFrontMatter>> files, Statement statement)
    {
        var file = files[statement.Cluster];
        string field = SurveyArchiveReader.Kinds.First(k => k.Value == statement.Kind).Key;
        return (file.File, file.Lines.OfEntry("is_this_you", field));
    }

    private static List<Statement> Statements(IReadOnlyList<ClusterStatements> clusters) =>
        clusters.SelectMany(c => c.Statements.GroupBy(s => s.Kind)
                .SelectMany(kind => kind.Select(s => new Statement(c.Slug, s.Kind, SurveyDefinition.Tidy(s.Text)))))
            .Where(s => s.Text.Length > 0)
            .ToList();

    /// <summary>A statement where it stands: its cluster, kind and words.</summary>
    private sealed record Statement(string Cluster, string Kind, string Text)
    {
        public (string, string, string) Key => (Cluster, Kind, Text.ToLowerInvariant());

        public bool Same(Statement other) => string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);
    }
}
