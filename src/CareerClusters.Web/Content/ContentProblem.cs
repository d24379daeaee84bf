namespace CareerClusters.Web.Content;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One thing wrong with the content, pointing at the file and line an admin must fix.</summary>
/// <param name="File">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column, or 1 when only the line is known.</param>
public sealed record ContentProblem(string File, int Line, int Column, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
