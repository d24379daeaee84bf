using System.Text.Json.Serialization;

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
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ContentProblem(string File, int Line, int Column, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>What to do about it, in a short sentence an editor can follow; empty when the message says it already.</summary>
    public string Fix { get; init; } = "";

    /// <summary>The line of the file the problem is on, as written (shown with a "^" under the column); empty when not shown.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>
    /// The fix to show: the problem's own, or the general one for its kind of file (every problem shows one).
    /// </summary>
    [JsonIgnore]
    public string HowToFix => Fix.Length > 0 ? Fix : File switch
    {
        _ when File.EndsWith(".csv", StringComparison.Ordinal) =>
            $"Open {File}, correct line {Line} as the message says, and save it again as CSV (UTF-8).",
        _ when File.EndsWith('/') => "Put the folder back, or point the site at the right content folder.",
        _ => $"Open {File}, correct line {Line} as the message says, and save; the site loads the fix by itself.",
    };

    /// <summary>Spaces (and the excerpt's own tabs, so it lines up) up to the column, then "^"; empty without an excerpt.</summary>
    [JsonIgnore]
    public string Marker
    {
        get
        {
            if (Excerpt.Length == 0)
            {
                return "";
            }
            int before = Math.Clamp(Column - 1, 0, Excerpt.Length);
            return string.Concat(Excerpt[..before].Select(c => c == '\t' ? '\t' : ' ')) + "^";
        }
    }

    /// <summary>This problem with its fix.</summary>
    public ContentProblem WithFix(string fix) => this with { Fix = fix };

    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
