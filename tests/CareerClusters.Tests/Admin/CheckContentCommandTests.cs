using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Admin;

/// <summary>`check-content`: one line per problem in the path:line:column form, a summary, and the exit code.</summary>
public class CheckContentCommandTests
{
    private static (int ExitCode, string[] Lines) Check(ContentCopy content)
    {
        using var output = new StringWriter();
        int exitCode = ContentCheckCommand.Run(["--content", content.Path], output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ValidContent_ExitsZeroWithASummary()
    {
        using var content = new ContentCopy();

        var (exitCode, lines) = Check(content);

        Assert.Equal(0, exitCode);
        Assert.Equal(2, lines.Length);
        Assert.Equal("nothing to compare with: no content database folder is set (Content:DatabaseDirectory, or --database-directory PATH), " +
            "so pages removed since the site last loaded its content are not checked", lines[0]);
        Assert.Equal($"{content.Path}: no errors, 0 warning(s): 2 clusters, 2 pathways, 3 occupations, 1 guides", lines[1]);
    }

    public static TheoryData<string, string, string, string, int> Errors => new()
    {
        { "pathways/therapeutic-services.md", "order: 1\n", "order: 1\nsumary: x\n", "pathways/therapeutic-services.md:5:1: error: unknown field \"sumary\"", 1 },
        { "pathways/therapeutic-services.md", "cluster: health-science", "cluster: health", "pathways/therapeutic-services.md:3:1: error: the cluster \"health\" does not exist", 1 },
        { "pathways/therapeutic-services.md", "  - 15-1211.01  #", "  - 29-1141.00  #", "pathways/therapeutic-services.md:9:1: error: the occupation 29-1141.00 is listed twice", 1 },
        { "occupations/web-developers.md", "code: 15-1254.00", "code: 15-1254", "occupations/web-developers.md:2:1: error: \"15-1254\" is not an O*NET-SOC 2019 code", 3 },
        { "clusters/health-science.md", "(/clusters/health-science/therapeutic-services)", "(/clusters/health-science/nursing)", "clusters/health-science.md:17:37: error: the link \"/clusters/health-science/nursing\" points to a page that does not exist", 1 },
        { "guides/what-is-a-career-cluster.md", "title: \"What is a career cluster?\"\n", "", "guides/what-is-a-career-cluster.md:1:1: error: missing required field \"title\"", 1 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void EachError_IsPrintedWithPathLineAndColumn_AndExitsOne(string file, string oldText, string newText, string expectedStart, int expectedErrors)
    {
        using var content = new ContentCopy().Edit(file, oldText, newText);

        var (exitCode, lines) = Check(content);

        Assert.Equal(1, exitCode);
        Assert.Contains(lines, line => line.StartsWith($"{content.Path}/{expectedStart}", StringComparison.Ordinal));
        // A broken occupation code also breaks the pathways that list it: those are reported too.
        Assert.Equal($"{content.Path}: {expectedErrors} error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void Warnings_ArePrintedButExitZero()
    {
        using var content = new ContentCopy()
            .Edit("clusters/information-technology.md", "related: [health-science]\n", "")
            .Edit("pathways/therapeutic-services.md", "summary: \"Care for patients directly.\"", $"summary: \"{new string('a', 201)}\"")
            .Edit("pathways/therapeutic-services.md", "featured: [29-1141.00]", "featured: [29-1141.00, 15-1211.01]");

        var (exitCode, lines) = Check(content);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{content.Path}/clusters/information-technology.md:1:1: warning: this cluster has no related clusters: students use them to find similar work", lines);
        Assert.Contains(lines, l => l.StartsWith($"{content.Path}/pathways/therapeutic-services.md:5:1: warning: the summary is 201 characters long", StringComparison.Ordinal));
        Assert.Contains($"{content.Path}/pathways/therapeutic-services.md:6:1: warning: featured occupation 15-1211.01 (occupations/health-informatics-specialists.md) has no description", lines);
        Assert.Equal($"{content.Path}: no errors, 3 warning(s): 2 clusters, 2 pathways, 3 occupations, 1 guides", lines[^1]);
    }

    [Fact]
    public void AMissingFolder_IsAnError()
    {
        using var output = new StringWriter();

        int exitCode = ContentCheckCommand.Run(["--content", "/no/such/folder"], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("the content folder does not exist", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNotSavedAsUtf8_IsPrintedWithItsPathAndLine_AndExitsOne()
    {
        using var content = new ContentCopy().EditAsWindows1252("clusters/health-science.md", "Hospitals and clinics.", "Hospitals and cafés.");

        var (exitCode, lines) = Check(content);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{content.Path}/clusters/health-science.md:20:18: error: the file is not valid UTF-8 (byte 0xE9)", lines[0], StringComparison.Ordinal);
        Assert.Equal("  how to fix: Open the file and save it again as UTF-8: choose Save As (or Save with Encoding) and pick UTF-8 in the Encoding list.", lines[1]);
        Assert.Equal($"{content.Path}: 1 error(s), 0 warning(s)", lines[^1]);
    }
}
