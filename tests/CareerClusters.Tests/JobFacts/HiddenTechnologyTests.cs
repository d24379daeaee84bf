using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Content.DataFiles;

namespace CareerClusters.Tests.JobFacts;

/// <summary>An editor hides a technology from a job's page in data/technology/hidden.csv; a row that would hide nothing is reported at its line.</summary>
public sealed class HiddenTechnologyTests : IDisposable
{
    private const string Technologies = "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n" +
        "29-1141.00\tRegistered Nurses\tEpic Systems\t43231601\tMedical software\tY\tY\n" +
        "29-1141.00\tRegistered Nurses\tHenry Schein Dentrix\t43231602\tMedical software\tY\tN\n" +
        "15-1254.00\tWeb Developers\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tY\n";

    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    private ContentLoadResult LoadWith(string hiddenRows)
    {
        _content.Write("data/onet/technology_skills.tsv", Technologies);
        _content.Write(HiddenTechnologiesReader.FileName, "code,technology,reason\n" + hiddenRows);
        return ContentLoader.Load(_content.Path);
    }

    [Fact]
    public void AHiddenTechnology_LeavesTheJobsPage_AndGeneralSoftwareStaysForComputerJobs()
    {
        var result = LoadWith("29-1141.00,Henry Schein Dentrix,A dental office program.\n");
        var fit = new TechnologyFit(result.Content.Data);

        Assert.DoesNotContain(result.Problems, p => p.File == HiddenTechnologiesReader.FileName);
        Assert.Equal(["Epic Systems"], fit.For("29-1141.00"));
        Assert.Equal(["Microsoft Excel"], fit.For("15-1254.00"));
    }

    [Fact]
    public void ARowThatHidesNothing_IsReportedAtItsLine()
    {
        var problems = LoadWith(
            "29-9999.00,Epic Systems,No such job.\n" +
            "29-1141.00,Apache Spark,Not listed for nurses.\n" +
            "*,Epic Systems,\n").Problems.Where(p => p.File == HiddenTechnologiesReader.FileName).ToList();

        Assert.Equal([2, 3, 4], problems.Select(p => p.Line));
        Assert.Contains("no occupation file has the code 29-9999.00", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("O*NET lists no technology \"Apache Spark\" for 29-1141.00", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("the column \"reason\" is empty", problems[2].Message, StringComparison.Ordinal);
    }
}
