using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>
/// Placements against O*NET's 16-cluster crosswalk (data/onet/): a job a pathway lists outside O*NET's places needs a
/// written reason in its occupation file, and a reason must name a pathway that lists the job.
/// </summary>
public class PlacementReasonTests
{
    private const string Occupation = "occupations/health-informatics-specialists.md";

    /// <summary>
    /// The test content with O*NET's files: nurses in Therapeutic Services; Web Developers under their 2010 code, which
    /// the taxonomy crosswalk carries to two 2019 codes. Health informatics specialists, listed by both test pathways,
    /// sit outside the crosswalk in both.
    /// </summary>
    private static ContentCopy WithCrosswalk() => new ContentCopy()
        .Write("data/onet/career-clusters-16.csv",
            "Career Cluster,Career Pathway,Code,Occupation\n" +
            "Health Science,Therapeutic Services,29-1141.00,Registered Nurses\n" +
            "Information Technology,Web and Digital Communications,15-1134.00,Web Developers\n")
        .Write("data/onet/2010_to_2019_Crosswalk.csv",
            "O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title\n" +
            "15-1134.00,Web Developers,15-1254.00,Web Developers\n" +
            "15-1134.00,Web Developers,15-1255.00,Web and Digital Interface Designers\n" +
            "29-1141.00,Registered Nurses,29-1141.00,Registered Nurses\n");

    private static ContentCopy WithReasons(string reasons) =>
        WithCrosswalk().Edit(Occupation, "title: \"Health Informatics Specialists\"\n", $"title: \"Health Informatics Specialists\"\nplacement_reasons:\n{reasons}");

    private const string BothReasons =
        "  therapeutic-services: \"They keep the records nurses use.\"\n  web-and-digital-communications: \"They build patient portals.\"\n";

    [Fact]
    public void PlacementOutsideTheCrosswalk_WithoutAReason_IsAnErrorAtThePathwayLine()
    {
        using var content = WithCrosswalk();

        var problems = ContentLoader.Load(content.Path).Problems;

        Assert.Equal(
            [("pathways/therapeutic-services.md", 9), ("pathways/web-and-digital-communications.md", 10)],
            problems.Select(p => (p.File, p.Line)));
        Assert.StartsWith("O*NET's crosswalk (data/onet/career-clusters-16.csv) does not place 15-1211.01 in Therapeutic Services: say why it belongs here in " + Occupation,
            problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReasonForEachPlacement_SettlesThem_AndCodesFrom2010AreMappedTo2019()
    {
        using var content = WithReasons(BothReasons);

        var result = ContentLoader.Load(content.Path);

        Assert.Empty(result.Problems);
        Assert.Equal("They build patient portals.",
            result.Content.Occupations.Single(o => o.File == Occupation).Meta.PlacementReasons["web-and-digital-communications"]);
    }

    [Fact]
    public void RemovingOneReason_BringsItsErrorBack()
    {
        using var content = WithReasons("  therapeutic-services: \"They keep the records nurses use.\"\n");

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal(("pathways/web-and-digital-communications.md", 10), (problem.File, problem.Line));
    }

    [Fact]
    public void AReasonForAPathwayThatDoesNotListTheJob_IsAnErrorAtItsLine()
    {
        using var content = WithReasons(BothReasons)
            .Edit("pathways/therapeutic-services.md", "  - 15-1211.01  # Health Informatics Specialists\n", "");

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal((Occupation, 5), (problem.File, problem.Line));
        Assert.Equal("pathways/therapeutic-services.md does not list 15-1211.01 in \"occupations\": remove this reason, or add the job to the pathway", problem.Message);
    }

    [Fact]
    public void AReasonMustNameAPathway_AndSaySomething()
    {
        using var content = WithReasons(BothReasons + "  nursing: \"Typo.\"\n  therapeutic-services-x:\n");

        var problems = ContentLoader.Load(content.Path).Problems;

        Assert.Equal([(Occupation, 7), (Occupation, 8), (Occupation, 8)], problems.Select(p => (p.File, p.Line)));
        Assert.StartsWith("\"nursing\" in \"placement_reasons\" is not a pathway", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Message.StartsWith("the reason for \"therapeutic-services-x\" is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheCrosswalk_ReasonsAreStillChecked_ButNoPlacementNeedsOne()
    {
        using var content = new ContentCopy().Edit(Occupation, "title: \"Health Informatics Specialists\"\n",
            "title: \"Health Informatics Specialists\"\nplacement_reasons:\n  web-and-digital-communications: \"They build patient portals.\"\n");
        Assert.Empty(ContentLoader.Load(content.Path).Problems);

        content.Edit("pathways/web-and-digital-communications.md", "  - 15-1211.01  # Health Informatics Specialists\n", "");
        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);
        Assert.Equal((Occupation, 5), (problem.File, problem.Line));
    }

    [Fact]
    public void ACrosswalkPathwayNoFileIsTitled_IsReportedAtItsFirstRow()
    {
        using var content = WithReasons(BothReasons)
            .Edit("data/onet/career-clusters-16.csv", "Registered Nurses\n", "Registered Nurses\nHealth Science,Theraputic Services,29-1141.00,Registered Nurses\n");

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal(("data/onet/career-clusters-16.csv", 3), (problem.File, problem.Line));
        Assert.StartsWith("no pathway in pathways/ has the title \"Theraputic Services\"", problem.Message, StringComparison.Ordinal);
    }
}
