using Microsoft.Extensions.DependencyInjection;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>The O*NET and BLS data files: read into each occupation, and every problem reported with its file and line.</summary>
public sealed class OccupationDataTests : IDisposable
{
    private const string OnetHeader = "O*NET-SOC Code\tTitle\tDescription";
    private const string TasksHeader = "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source";
    private const string BlsHeader = "soc_code,occupation_title,soc_code_level,major_group_code,major_group_title,employment_2024,employment_2034,employment_change_2024_34,employment_change_pct_2024_34,annual_openings_2024_34,median_annual_wage_2024,typical_education_needed_for_entry,work_experience_in_related_occupation,typical_on_the_job_training,ooh_url,wage_note";

    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    private ContentCopy WithData()
    {
        _content.Write("data/onet/occupation_data.tsv", $"{OnetHeader}\n29-1141.00\tRegistered Nurses\tAssess patient health problems and needs.\n15-1254.00\tWeb Developers\tDevelop and design web sites.\n");
        _content.Write("data/onet/task_statements.tsv", $"{TasksHeader}\n" +
            "29-1141.00\tRegistered Nurses\t1\tRecord patients' medical information and vital signs.\tCore\t90\t08/2024\tIncumbent\n" +
            "29-1141.00\tRegistered Nurses\t2\tOrder supplies for the unit.\tSupplemental\t90\t08/2024\tIncumbent\n" +
            "29-1141.00\tRegistered Nurses\t3\tMonitor patients for changes in \"status\".\tCore\t90\t08/2024\tIncumbent\n");
        _content.Write("data/bls/employment-projections-2024-34.csv", $"{BlsHeader}\n" +
            "29-1141,Registered nurses,detailed,29-0000,\"Healthcare practitioners and technical occupations\",1000,1050,50,5.0,100,93600,Bachelor's degree,None,None,https://www.bls.gov/ooh/rn.htm,\n" +
            "15-1250,\"Software developers, testers and web\",broad,15-0000,Computer,2000,2000,0,0.0,30,,Bachelor's degree,None,None,,median is at least 239200 (source shows >=$239,200)\n");
        return _content;
    }

    [Fact]
    public void DataFiles_AreReadIntoLookupsByCode()
    {
        var result = ContentLoader.Load(WithData().Path);
        var data = result.Content.Data;

        Assert.Empty(result.Problems);
        Assert.Equal("Assess patient health problems and needs.", data.Descriptions["29-1141.00"]);
        // Only core tasks, in O*NET's order; a quote mark in a tab-separated O*NET file is just a character.
        Assert.Equal(["Record patients' medical information and vital signs.", "Monitor patients for changes in \"status\"."], data.Tasks["29-1141.00"]);
        var nurses = data.ProjectionFor("29-1141.00")!;
        Assert.Equal((1000, 1050, 5.0, 100, 93600), (nurses.EmploymentBase, nurses.EmploymentTarget, nurses.ChangePercent, nurses.AnnualOpenings, nurses.MedianWage));
        Assert.Equal(1.7, data.AllOccupationsChangePercent); // (1050 + 2000) / (1000 + 2000) - 1
    }

    [Fact]
    public void ABroadBlsRow_CoversTheDetailedJobsUnderIt_AndAJobWithNoRowHasNoFigures()
    {
        var data = ContentLoader.Load(WithData().Path).Content.Data;

        var web = data.ProjectionFor("15-1254.00")!;
        Assert.Equal("15-1250", web.SocCode);
        Assert.Null(web.MedianWage);
        Assert.Equal(239200, web.MedianWageAtLeast);
        Assert.Null(data.ProjectionFor("15-1211.01"));
    }

    [Fact]
    public async Task AnOccupationPage_ShowsTheFiguresWithTheirSource_OrSaysPlainlyThatThereAreNone()
    {
        using var site = new SiteFactory(WithData().Path);

        var nurses = await site.GetDocumentAsync("/occupations/registered-nurses");
        var informatics = await site.GetDocumentAsync("/occupations/health-informatics-specialists");

        string glance = nurses.QuerySelector(".at-a-glance")!.TextContent;
        Assert.Contains("$93,600 a year", glance, StringComparison.Ordinal);
        Assert.Contains("+5% in 10 years (all jobs: +1.7%), about 100 openings a year", glance, StringComparison.Ordinal);
        Assert.Contains("BLS Employment Projections, 2024–34", glance, StringComparison.Ordinal);
        Assert.Equal(2, nurses.QuerySelectorAll("ul.tasks li").Length);
        Assert.Contains("https://www.bls.gov/ooh/rn.htm", nurses.QuerySelectorAll("#learn-more ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains("No national figure is published for this job", informatics.QuerySelector(".at-a-glance")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchResults_ShowAJobsPay_AlsoAfterARestartThatReusesTheDatabase()
    {
        string contentPath = WithData().Path;
        string databases = Path.Combine(Path.GetTempPath(), "cc-db-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string> { ["Content:DatabaseDirectory"] = databases, ["Content:WatchForChanges"] = "false" };
        try
        {
            foreach (bool restart in new[] { false, true })
            {
                using var site = new SiteFactory(contentPath, settings);
                var nurses = await site.GetDocumentAsync("/search?q=registered+nurses");
                var web = await site.GetDocumentAsync("/search?q=web+developers");

                Assert.Equal("in Health Science · Bachelor's degree · $93,600 a year", ContextOf(nurses, "/occupations/registered-nurses"));
                // BLS publishes only a floor for the highest wages.
                Assert.EndsWith("· at least $239,200 a year", ContextOf(web, "/occupations/web-developers"), StringComparison.Ordinal);
                Assert.Contains("(BLS Employment Projections, 2024–34)", nurses.QuerySelector(".search-results p.source")!.TextContent, StringComparison.Ordinal);
                // The restart read the search data back from the first start's database instead of importing again.
                Assert.Equal(restart, site.Services.GetRequiredService<ContentStore>().History.Recent[0].Trigger.Contains("database reused", StringComparison.Ordinal));
            }
        }
        finally
        {
            TestPaths.DeleteDirectory(databases);
        }

        static string ContextOf(AngleSharp.Html.Dom.IHtmlDocument page, string path) =>
            page.QuerySelectorAll("ol.results li").Single(li => li.QuerySelector($"a[href='{path}']") is not null).QuerySelector(".muted")!.TextContent;
    }

    [Fact]
    public void AWrongHeader_IsReportedOnLineOne()
    {
        WithData().Write("data/onet/task_statements.tsv", "Code\tTask\n29-1141.00\tDo things.\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Path).Problems);

        Assert.Equal(("data/onet/task_statements.tsv", 1), (problem.File, problem.Line));
        Assert.Contains("no column \"O*NET-SOC Code\", \"Task Type\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCode_IsReportedWithItsLine()
    {
        WithData().Write("data/onet/occupation_data.tsv", $"{OnetHeader}\n29-1141.00\tRegistered Nurses\tCare.\n99-9999.00\tNo Such Job\tNothing.\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Path).Problems);

        Assert.Equal(("data/onet/occupation_data.tsv", 3, ProblemSeverity.Error), (problem.File, problem.Line, problem.Severity));
        Assert.Contains("no occupation file has the code 99-9999.00", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberThatDoesNotParse_IsReportedWithItsLine()
    {
        WithData().Edit("data/bls/employment-projections-2024-34.csv", ",1000,1050,50,5.0,", ",1000,1 050,50,five,");

        var problems = ContentLoader.Load(_content.Path).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(("data/bls/employment-projections-2024-34.csv", 2), (p.File, p.Line)));
        Assert.Contains(problems, p => p.Message == "\"1 050\" in column \"employment_2034\" is not a whole number");
        Assert.Contains(problems, p => p.Message == "\"five\" in column \"employment_change_pct_2024_34\" is not a number");
    }

    [Fact]
    public void CheckContent_ReportsADataProblemLikeAnyOther()
    {
        WithData().Edit("data/bls/employment-projections-2024-34.csv", "93600", "9e3");
        using var output = new StringWriter();

        int exit = ContentCheckCommand.Run(["--content", _content.Path], output);

        Assert.Equal(1, exit);
        Assert.Contains($"{_content.Path}/data/bls/employment-projections-2024-34.csv:2:1: error:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextYearsRelease_IsADropInReplacement_AndThePagesNameItsYears()
    {
        WithData();
        string file = Path.Combine(_content.Path, "data/bls/employment-projections-2024-34.csv");
        string next = File.ReadAllText(file).Replace("2024", "2025", StringComparison.Ordinal).Replace("2034", "2035", StringComparison.Ordinal).Replace("_34", "_35", StringComparison.Ordinal);
        File.Delete(file);
        _content.Write("data/bls/employment-projections-2025-35.csv", next);
        using var site = new SiteFactory(_content.Path);

        var nurses = await site.GetDocumentAsync("/occupations/registered-nurses");

        string glance = nurses.QuerySelector(".at-a-glance")!.TextContent;
        Assert.Contains("Job outlook, 2025–35", glance, StringComparison.Ordinal);
        Assert.Contains("BLS Employment Projections, 2025–35", glance, StringComparison.Ordinal);
        Assert.Contains("BLS, May 2025", glance, StringComparison.Ordinal);
        Assert.Contains("Employment Projections program, 2025–35", nurses.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoProjectionFiles_AreAnError_SoOnlyOneReleaseIsUsed()
    {
        WithData().Write("data/bls/employment-projections-2025-35.csv", "soc_code\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Path).Problems);

        Assert.Equal(("data/bls/employment-projections-2025-35.csv", 1), (problem.File, problem.Line));
        Assert.Contains("two projection files", problem.Message, StringComparison.Ordinal);
    }
}
