using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>Each kind of content problem, reported with the file and line an admin must fix.</summary>
public class ContentValidatorTests
{
    private static ContentProblem SingleProblem(ContentCopy content)
    {
        var result = ContentLoader.Load(content.Path);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void InvalidYaml_ReportsFileAndLine()
    {
        using var content = new ContentCopy().Edit("guides/what-is-a-career-cluster.md", "order: 1\n", "order: 1\nnote: Nurses: they care\n");

        var problem = SingleProblem(content);

        Assert.Equal("guides/what-is-a-career-cluster.md", problem.File);
        Assert.Equal((4, 13), (problem.Line, problem.Column));
        Assert.Equal("the value has a colon followed by a space (\": \") in it, which starts a new field in YAML", problem.Message);
        Assert.Equal("note: Nurses: they care", problem.Excerpt);
        Assert.Equal("            ^", problem.Marker);
        Assert.Equal("Put the whole value in double quotes, like: note: \"Nurses: they care\"", problem.Fix);
    }

    [Fact]
    public void UnclosedBracketInYaml_IsReportedAtItsLine()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "featured: [29-1141.00]", "featured: [29-1141.00");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Equal("a list in square brackets [ ] is not closed, or a comma is missing between its items", problem.Message);
        Assert.InRange(problem.Line, 6, 7);
    }

    [Fact]
    public void MissingRequiredField_IsReported()
    {
        using var content = new ContentCopy().Edit("guides/what-is-a-career-cluster.md", "summary: \"A family of jobs.\"\n", "");

        var problem = SingleProblem(content);

        Assert.Equal("guides/what-is-a-career-cluster.md", problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Equal("missing required field \"summary\"", problem.Message);
    }

    [Fact]
    public void UnknownField_IsAnErrorOnItsLine()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "order: 1\n", "order: 1\nsumary: \"typo\"\n");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("unknown field \"sumary\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("icon: stethoscope\n", "", 1, "missing required field \"icon\" (one of: atom, book-open,")]
    [InlineData("icon: stethoscope", "icon: doctor", 13, "unknown icon \"doctor\" (use one of: atom, book-open,")]
    [InlineData("colour: red\n", "", 1, "missing required field \"colour\" (one of: blue, cyan,")]
    [InlineData("colour: red", "colour: rose", 14, "unknown colour: \"rose\" (use one of: blue, cyan,")]
    [InlineData("colour: red", "colour: \"#ff0000\"", 14, "colours are names from the site's palette, each checked for contrast, not codes like #1d4ed8: \"#ff0000\"")]
    public void ClusterIconAndColour_AreCheckedAgainstTheSpriteAndThePalette(string find, string replace, int line, string message)
    {
        using var content = new ContentCopy().Edit("clusters/health-science.md", find, replace);

        var problem = SingleProblem(content);

        Assert.Equal("clusters/health-science.md", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectToAnotherPagesAddress_IsReportedAtItsLine()
    {
        using var content = new ContentCopy().Edit("clusters/information-technology.md", "redirect_from: [info-tech]", "redirect_from:\n  - health-science");

        var problem = SingleProblem(content);

        Assert.Equal("clusters/information-technology.md", problem.File);
        Assert.Equal(7, problem.Line);
        Assert.Equal("redirect_from: /clusters/health-science is the address of another page; an old address must be one that no page uses now", problem.Message);
    }

    [Fact]
    public void RedirectFromThePagesOwnAddress_IsReported()
    {
        using var content = new ContentCopy().Edit("clusters/information-technology.md", "redirect_from: [info-tech]", "redirect_from: [info-tech, information-technology]");

        var problem = SingleProblem(content);

        Assert.Equal("clusters/information-technology.md:6:1: error: redirect_from: /clusters/information-technology is this page's own address; " +
            "an old address must be one that no page uses now", problem.ToString());
    }

    [Fact]
    public void OldAddressClaimedByTwoClusters_IsReportedWhereTheSecondClaimsIt()
    {
        using var content = new ContentCopy().Edit("clusters/health-science.md", "order: 1\n", "order: 1\nredirect_from: [info-tech]\n");

        var problem = SingleProblem(content);

        Assert.Equal("clusters/information-technology.md", problem.File);
        Assert.Equal(6, problem.Line);
        Assert.Equal("redirect_from: /clusters/info-tech already redirects to /clusters/health-science (clusters/health-science.md:4); " +
            "one old address can lead to one page only", problem.Message);
    }

    [Fact]
    public void PathwayOldNameThatIsASiblingPathwaysAddress_IsReported()
    {
        using var content = new ContentCopy().Write("pathways/patient-care.md",
            "---\ntitle: \"Patient Care\"\ncluster: health-science\norder: 2\nsummary: \"Care.\"\nredirect_from: [therapeutic-services]\n---\n## Overview\nText.\n");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/patient-care.md", problem.File);
        Assert.Equal(6, problem.Line);
        Assert.StartsWith("redirect_from: /clusters/health-science/therapeutic-services is the address of another page", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathwayNamingUnknownCluster_IsReported()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "cluster: health-science", "cluster: health-sciences");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Contains("the cluster \"health-sciences\" does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedOccupationCode_InAPathwayList_IsReportedOnItsLine()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "  - 15-1211.01  #", "  - 15-1211  #");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Equal(9, problem.Line);
        Assert.Contains("\"15-1211\" is not an O*NET-SOC 2019 code", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedOccupationCode_InAnOccupationFile_IsReported()
    {
        using var content = new ContentCopy().Edit("occupations/web-developers.md", "code: 15-1254.00", "code: 151254");
        var problems = ContentLoader.Load(content.Path).Problems;

        var problem = problems.First(p => p.File == "occupations/web-developers.md");

        Assert.Equal(2, problem.Line);
        Assert.Contains("not an O*NET-SOC 2019 code", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OccupationListedTwiceInOnePathway_IsReportedOnTheSecondLine()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "  - 15-1211.01  # Health Informatics Specialists\n",
            "  - 15-1211.01  # Health Informatics Specialists\n  - 29-1141.00\n");

        var problem = SingleProblem(content);

        Assert.Equal("pathways/therapeutic-services.md", problem.File);
        Assert.Equal(10, problem.Line);
        Assert.Contains("29-1141.00 is listed twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InternalLinkToMissingPage_IsReportedWithLineAndColumn()
    {
        using var content = new ContentCopy().Edit("clusters/health-science.md", "See [nursing](/clusters/health-science/therapeutic-services).",
            "See [nursing](/clusters/health-science/nursing).");

        var problem = SingleProblem(content);

        Assert.Equal("clusters/health-science.md", problem.File);
        Assert.Equal(17, problem.Line);
        Assert.Equal(37, problem.Column);
        Assert.Contains("\"/clusters/health-science/nursing\" points to a page that does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyBody_IsReported()
    {
        using var content = new ContentCopy().Write("guides/faq.md", "---\ntitle: \"FAQ\"\norder: 2\nsummary: \"Questions.\"\n---\n\n");

        var problem = SingleProblem(content);

        Assert.Equal("guides/faq.md", problem.File);
        Assert.Contains("the page has no text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptLinks_AreRejected()
    {
        using var content = new ContentCopy().Edit("occupations/web-developers.md", "Web developers build websites.", "Web developers build [websites](javascript:alert(1)).");

        var problem = SingleProblem(content);

        Assert.Equal("occupations/web-developers.md", problem.File);
        Assert.Contains("must start with /", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOccupationCode_IsReported()
    {
        using var content = new ContentCopy().Edit("pathways/web-and-digital-communications.md", "  - 15-1254.00  # Web Developers", "  - 15-1254.00\n  - 15-1255.00");

        var problem = SingleProblem(content);

        Assert.Equal(10, problem.Line);
        Assert.Contains("no occupation file has the code 15-1255.00", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_SortedByFileAndLine()
    {
        using var content = new ContentCopy()
            .Edit("pathways/therapeutic-services.md", "cluster: health-science", "cluster: nowhere")
            .Edit("guides/what-is-a-career-cluster.md", "order: 1", "order: 1\ncolour: blue")
            .Write("occupations/empty-title.md", "---\ncode: 11-1011.00\n---\n");

        var problems = ContentLoader.Load(content.Path).Problems;

        // The new job is in no pathway, too.
        Assert.Equal(["guides/what-is-a-career-cluster.md", "occupations/empty-title.md", "occupations/empty-title.md", "pathways/therapeutic-services.md"],
            problems.Select(p => p.File));
        Assert.All(problems, p => Assert.Matches(@"^[a-z/.-]+:\d+:\d+: error: .+", p.ToString()));
    }
}
