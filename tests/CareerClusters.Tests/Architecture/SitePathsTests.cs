using System.Text.RegularExpressions;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Architecture;

/// <summary>
/// Page addresses are a contract with everyone who printed one, so only Features/Shared/SitePaths.cs (and its partial
/// files, SitePaths.*.cs) spells them out:
/// no other source file, view or script writes a quoted address that starts with one of the site's sections.
/// </summary>
public sealed partial class SitePathsTests
{
    private static readonly string[] SourcePatterns = ["*.cs", "*.cshtml", "*.js"];

    [Fact]
    public void OnlySitePaths_WritesTheSitesAddresses()
    {
        string source = Path.Combine(TestPaths.RepositoryRoot, "src", "CareerClusters.Web");
        var files = SourcePatterns
            .SelectMany(pattern => Directory.EnumerateFiles(source, pattern, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !IsSitePaths(Path.GetFileName(f)))
            .ToList();

        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(source, f), Line: i + 1, Text: line)))
            .Where(l => QuotedAddress().IsMatch(l.Text) && !IsComment(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(files.Count > 50, $"only {files.Count} files read from {source}");
        Assert.True(found.Count == 0, "addresses written outside SitePaths:\n" + string.Join("\n", found));
    }

    /// <summary>SitePaths.cs and its partial files (SitePaths.Languages.cs, SitePaths.Api.cs): the one class, in a few files.</summary>
    private static bool IsSitePaths(string fileName) =>
        fileName == "SitePaths.cs" || fileName.StartsWith("SitePaths.", StringComparison.Ordinal) && fileName.EndsWith(".cs", StringComparison.Ordinal);

    /// <summary>A comment may give an example address.</summary>
    private static bool IsComment(string line) =>
        line.TrimStart() is var text && (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("@*", StringComparison.Ordinal) || text.StartsWith('*'));

    [GeneratedRegex("""["'`]/(clusters|occupations|guides|search|survey|my-clusters|compare|lists|admin|api|state)\b""")]
    private static partial Regex QuotedAddress();
}
