using System.Diagnostics;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Admin;

/// <summary>
/// The command line as an admin types it: relative paths from the folder they are in, --help that prints and exits,
/// the comparison with the content the site serves, and nothing on standard output but the check's own report.
/// </summary>
public class CheckContentCommandLineTests
{
    private static (int ExitCode, string[] Lines) Check(string[] args, CheckDefaults defaults)
    {
        using var output = new StringWriter();
        int exitCode = ContentCheckCommand.Run(args, output, defaults);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("./copy")]
    [InlineData("copy")]
    [InlineData("../here/copy")]
    public void ARelativeContentPath_IsTakenFromTheFolderTheCommandIsRunIn(string relative)
    {
        using var content = new ContentCopy();
        string here = Path.Combine(Path.GetDirectoryName(content.Path)!, "cc-here-" + Guid.NewGuid().ToString("N"), "here");
        Directory.CreateDirectory(here);
        try
        {
            Directory.Move(content.Path, Path.Combine(here, "copy"));

            var (exitCode, lines) = Check(["--content", relative], new CheckDefaults(here));

            Directory.Move(Path.Combine(here, "copy"), content.Path);
            Assert.Equal(0, exitCode);
            Assert.Equal($"{relative}: no errors, 0 warning(s): 2 clusters, 2 pathways, 3 occupations, 1 guides", lines[^1]);
        }
        finally
        {
            TestPaths.DeleteDirectory(Path.GetDirectoryName(here)!);
        }
    }

    [Fact]
    public void AMissingRelativeFolder_IsNamedOnce_WithWhereItWasLookedFor()
    {
        string here = Path.GetTempPath();

        var (exitCode, lines) = Check(["--content", "./no-such-copy"], new CheckDefaults(here));

        Assert.Equal(1, exitCode);
        Assert.Equal($"./no-such-copy: error: the content folder does not exist (looked for {Path.Combine(here, "no-such-copy")})", lines[0]);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsTheOptions_AndExitsZero(string flag)
    {
        var (exitCode, lines) = Check([flag], new CheckDefaults(Path.GetTempPath()));

        Assert.Equal(0, exitCode);
        Assert.Equal("Usage: check-content [--content PATH] [--local PATH] [--database-directory PATH]", lines[0]);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("--content PATH", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("--local PATH", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("-h, --help", StringComparison.Ordinal));
    }

    [Fact]
    public void WithTheSitesDatabaseFolder_ADeletedPathwayIsAnError_ThatSaysWhatToAdd()
    {
        using var content = new ContentCopy();
        using var site = new SiteFactory(content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        _ = site.Services;
        content.Write("pathways/patient-care.md", "---\ntitle: \"Patient Care\"\ncluster: health-science\norder: 2\nsummary: \"Look after patients.\"\n" +
            "featured: [29-1141.00]\noccupations:\n  - 29-1141.00\n---\nCare for patients.\n");
        File.Delete(Path.Combine(content.Path, "pathways/therapeutic-services.md"));
        content.Edit("clusters/health-science.md", "(/clusters/health-science/therapeutic-services)", "(/clusters/health-science/patient-care)");

        var (exitCode, lines) = Check(["--content", content.Path, "--database-directory", site.DatabaseDirectory], new CheckDefaults(Path.GetTempPath()));

        Assert.Equal(1, exitCode);
        Assert.Equal($"{content.Path}/pathways/therapeutic-services.md:1:1: error: the page /clusters/health-science/therapeutic-services (\"Therapeutic Services\") " +
            "is on the site now, but no file makes it any more and no redirect_from leads from it: links to it that counselors printed or bookmarked would break", lines[0]);
        Assert.StartsWith("  how to fix: Add the line \"redirect_from: [therapeutic-services]\" to the front matter of pathways/patient-care.md", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"compared with the content the site serves now ({site.DatabaseDirectory}/content-", lines[^2], StringComparison.Ordinal);
        Assert.Equal($"{content.Path}: 1 error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void ABadYamlLine_IsPrintedWithTheLineAndAMarker()
    {
        using var content = new ContentCopy().Edit("guides/what-is-a-career-cluster.md", "order: 1\n", "order: 1\nnote: Nurses: they care\n");

        var (exitCode, lines) = Check(["--content", content.Path], new CheckDefaults(Path.GetTempPath()));

        Assert.Equal(1, exitCode);
        Assert.Equal([
            $"{content.Path}/guides/what-is-a-career-cluster.md:4:13: error: the value has a colon followed by a space (\": \") in it, which starts a new field in YAML",
            "    note: Nurses: they care",
            "                ^",
            "  how to fix: Put the whole value in double quotes, like: note: \"Nurses: they care\""], lines[..4]);
    }

    /// <summary>The built program, run as an admin runs the published one: `dotnet CareerClusters.Web.dll ...`.</summary>
    private static (int ExitCode, string Output, string Errors) RunProgram(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerClusters.Web.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PWD"] = workingDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet CareerClusters.Web.dll {string.Join(' ', args)} did not exit: it started the web server");
        }
        return (process.ExitCode, output.Result, errors.Result);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void TheProgramsHelp_ListsTheCommands_AndExitsWithoutStartingTheServer(string flag)
    {
        var (exitCode, output, errors) = RunProgram(Path.GetTempPath(), flag);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("CareerClusters: the site, and the commands its admins use.", output, StringComparison.Ordinal);
        Assert.Contains("  check-content ", output, StringComparison.Ordinal);
        Assert.Contains("  hash-password ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", output + errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThePublishedCommand_WithARelativePath_WritesOnlyTheReportToStandardOutput()
    {
        using var content = new ContentCopy();

        var (exitCode, output, errors) = RunProgram(Path.GetDirectoryName(content.Path)!, "check-content", "--content", "./" + Path.GetFileName(content.Path));

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("nothing to compare with: no content database in ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"./{Path.GetFileName(content.Path)}: no errors, 0 warning(s): 2 clusters, 2 pathways, 3 occupations, 1 guides", lines[1]);
    }
}
