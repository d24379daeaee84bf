using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Modern2024;

/// <summary>The validator checks the 2024 framework's files against Advance CTE's crosswalk, with the file and line to fix.</summary>
public class Framework2024RulesTests
{
    private const string Crosswalk = "data/advance-cte/soc-clusters-2024.csv";

    private static List<ContentProblem> ErrorsOf(ContentCopy content) => ContentLoader.Load(content.Path).Errors.ToList();

    private static string Read(ContentCopy content, string relativePath) => File.ReadAllText(Path.Combine(content.Path, relativePath));

    [Fact]
    public void TheRealContent_HasNoErrors() =>
        Assert.Empty(ContentLoader.Load(TestPaths.RealContent).Errors.Select(p => p.ToString()));

    [Fact]
    public void AClusterNameThatIsNotOfficial_IsReportedInItsFile_AndTheOfficialNameAsMissing()
    {
        using var content = new ContentCopy(TestPaths.RealContent)
            .Edit("frameworks/2024/clusters/digital-technology.md", "title: \"Digital Technology\"", "title: \"Digital Tech\"");

        var errors = ErrorsOf(content);

        Assert.Contains(errors, e => e.File == "frameworks/2024/clusters/digital-technology.md" && e.Line == 2 && e.Message.Contains("\"Digital Tech\" is not a Career Cluster", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File.StartsWith("data/advance-cte/", StringComparison.Ordinal) && e.Message == "no file in frameworks/2024/clusters/ has the title \"Digital Technology\"");
    }

    [Fact]
    public void ASocCodeNoJobFallsUnder_IsReportedAtItsRow()
    {
        using var content = new ContentCopy(TestPaths.RealContent);
        int lines = Read(content, Crosswalk).TrimEnd('\n').Split('\n').Length;
        content.Write(Crosswalk, Read(content, Crosswalk).TrimEnd('\n') + "\n99-9999,Nothing at all,Digital Technology,Web & Cloud\n");

        var error = Assert.Single(ErrorsOf(content));

        Assert.Equal(Crosswalk, error.File);
        Assert.Equal(lines + 1, error.Line);
        Assert.StartsWith("no occupation of the site falls under the SOC code 99-9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AJobTheCrosswalkNoLongerPlaces_IsReportedInItsOwnFile()
    {
        using var content = new ContentCopy(TestPaths.RealContent);
        content.Write(Crosswalk, string.Join('\n', Read(content, Crosswalk).Split('\n').Where(line => !line.StartsWith("29-1141,", StringComparison.Ordinal))));

        var errors = ErrorsOf(content);

        Assert.Contains(errors, e => e.File == "occupations/registered-nurses.md" && e.Message.StartsWith("the occupation 29-1141.00 sits in no 2024 sub-cluster", StringComparison.Ordinal));
        // Nothing else is wrong, but a featured nurse is now not one of Physical Health's jobs.
        Assert.All(errors, e => Assert.True(e.Message.Contains("sits in no 2024 sub-cluster", StringComparison.Ordinal)
            || e.Message.StartsWith("featured occupation 29-1141.", StringComparison.Ordinal), e.ToString()));
    }

    [Fact]
    public void ASubClusterTheDataDoesNotName_AndOneThatListsItsOwnJobs_AreReported()
    {
        using var content = new ContentCopy(TestPaths.RealContent)
            .Write("data/advance-cte/placed-by-judgement.csv", "onet_code,career_cluster,sub_cluster,why\n")
            .Edit("frameworks/2024/sub-clusters/web-and-cloud.md", "cluster: digital-technology\n", "cluster: digital-technology\noccupations: [15-1254.00]\n");

        var errors = ErrorsOf(content);

        // Advance CTE's crosswalk places no job in Unmanned Vehicle Technology: without the site's own placements, no data names it.
        Assert.Contains(errors, e => e.File == "frameworks/2024/sub-clusters/unmanned-vehicle-technology.md" && e.Line == 2
            && e.Message.StartsWith("\"Unmanned Vehicle Technology\" is not a sub-cluster of Digital Technology in data/advance-cte/soc-clusters-2024.csv or data/advance-cte/placed-by-judgement.csv", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "frameworks/2024/sub-clusters/web-and-cloud.md" && e.Line == 4 && e.Message.StartsWith("a sub-cluster's jobs come from Advance CTE's crosswalk", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoFrameworks_MayUseTheSameSlug_ButRelatedClustersStayInTheirOwnFramework()
    {
        // "accounting" and "insurance" are pathways of the 16 and sub-clusters of 2024: no problem. A 2024 cluster
        // that names a 16-cluster as related is one.
        using var content = new ContentCopy(TestPaths.RealContent)
            .Edit("frameworks/2024/clusters/financial-services.md", "related: [", "related: [finance, ");

        var error = Assert.Single(ErrorsOf(content));

        Assert.Equal("frameworks/2024/clusters/financial-services.md", error.File);
        Assert.Equal("related cluster \"finance\" does not exist (use the file name of a cluster of the same framework, without .md)", error.Message);
    }
}
