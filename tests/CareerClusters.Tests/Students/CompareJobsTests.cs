using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>
/// Comparing over the real content (issue 20): jobs side by side with their BLS and O*NET figures, clusters with their
/// jobs' pay range and outlook, every figure checked against the data files read separately; bad addresses answer 4xx
/// with a page that helps.
/// </summary>
public sealed class CompareJobsTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private const string Nurses = "/compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses";

    private static readonly string[] ComparedClusters = ["health-science", "manufacturing"];

    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    private static string CodeOf(string slug) => Content.Value.Occupations.Single(o => o.Slug == slug).Meta.Code!;

    private static Projection Bls(string slug) => Content.Value.Data.ProjectionFor(CodeOf(slug))!;

    /// <summary>The text of a column's row, found by its heading.</summary>
    private static string Row(IElement column, string heading) =>
        Squeeze(column.QuerySelectorAll(".compare-row").Single(row => row.QuerySelector("h3")!.TextContent.StartsWith(heading, StringComparison.Ordinal)).TextContent);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task TwoNurses_SideBySide_ShowTheFiguresOfTheBlsAndOnetFiles()
    {
        var page = await site.GetDocumentAsync(Nurses);

        Assert.Equal("Compare Registered Nurses and Licensed Practical and Licensed Vocational Nurses | CareerClusters", page.Title);
        Assert.Equal(Nurses, new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).PathAndQuery);
        var columns = page.QuerySelectorAll(".compare-scroll > .compare-grid.compare-2 > article");
        Assert.Equal(["Registered Nurses", "Licensed Practical and Licensed Vocational Nurses"], columns.Select(c => c.QuerySelector("h2")!.TextContent));
        // BLS, May 2024: $93,600 for registered nurses.
        Assert.Equal("$93,600 a year", columns[0].QuerySelector(".compare-figure")!.TextContent);

        string[] slugs = ["registered-nurses", "licensed-practical-and-licensed-vocational-nurses"];
        string[] education = ["Bachelor's degree", "Certificate from a training program"];
        for (int i = 0; i < 2; i++)
        {
            var (column, slug, bls, code) = (columns[i], slugs[i], Bls(slugs[i]), CodeOf(slugs[i]));
            Assert.Equal($"{OccupationFacts.Dollars(bls.MedianWage!.Value)} a year", column.QuerySelector(".compare-figure")!.TextContent);
            Assert.Contains("(BLS, May 2024)", Row(column, "Median pay"), StringComparison.Ordinal);
            string outlook = Row(column, "Job outlook, 2024–34");
            Assert.Contains($"{OccupationFacts.Percent(bls.ChangePercent)} in 10 years, about {OccupationFacts.Count(bls.AnnualOpenings)} openings a year", outlook, StringComparison.Ordinal);
            Assert.Contains("“about as fast as average”", outlook, StringComparison.Ordinal);
            Assert.Equal(education[i], Row(column, "Typical education to start")[("Typical education to start".Length + 1)..]);
            Assert.Equal(i == 0 ? "Bachelor's degree" : "Postsecondary nondegree award", bls.Education);
            Assert.Equal("Work experience None needed", Row(column, "Work experience"));
            Assert.Equal("Training on the job None beyond the education", Row(column, "Training on the job"));
            Assert.Contains($"(O*NET job zone {Content.Value.Data.JobZones[code]})", Row(column, "Preparation"), StringComparison.Ordinal);
            Assert.StartsWith("Who it suits Social (helping and teaching people)", Row(column, "Who it suits"), StringComparison.Ordinal);
            var tasks = column.QuerySelectorAll(".compact-list")[^1].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
            Assert.Equal(Content.Value.Data.Tasks[code].Take(4), tasks);
            Assert.True(column.QuerySelectorAll($"a[href='/occupations/{slug}']").Length >= 2, "the title and the last row link to the job's page");
        }
        // Each column can be taken out, leaving the other.
        Assert.Equal("/compare/jobs?j=licensed-practical-and-licensed-vocational-nurses", columns[0].QuerySelector(".compare-remove a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ASpecialty_SaysItsFiguresAreItsGroups_AndATradeNamesItsApprenticeship()
    {
        var page = await site.GetDocumentAsync("/compare/jobs?j=supply-chain-managers,electricians,registered-nurses");

        var columns = page.QuerySelectorAll(".compare-grid.compare-3 > article");
        Assert.Contains("BLS counts this job with Transportation, storage, and distribution managers", columns[0].TextContent, StringComparison.Ordinal);
        Assert.Null(columns[2].QuerySelector(".note"));
        Assert.Equal("Apprenticeship", Bls("electricians").OnTheJobTraining);
        Assert.Equal("Training on the job An apprenticeship: paid work and classes together, often for several years", Row(columns[1], "Training on the job"));
    }

    [Fact]
    public async Task ClustersCompared_ShowTheirJobsPayRangeMiddleAndOutlook_AsTheBlsFileGivesThem()
    {
        var page = await site.GetDocumentAsync("/compare?clusters=health-science,manufacturing");
        var columns = page.QuerySelectorAll(".compare-grid > article");
        var data = Content.Value.Data;
        double allJobs = data.AllOccupationsChangePercent!.Value;

        foreach (var (column, cluster) in columns.Zip(ComparedClusters))
        {
            var codes = Content.Value.Pathways.Where(p => p.Framework == Frameworks.Sixteen && p.Meta.Cluster == cluster)
                .SelectMany(p => p.Meta.Occupations).Distinct().ToList();
            var figures = codes.Select(data.ProjectionFor).OfType<Projection>().ToList();
            var wages = figures.Where(p => p.MedianWage is not null || p.MedianWageAtLeast is not null)
                .Select(p => (Dollars: p.MedianWage ?? p.MedianWageAtLeast!.Value, AtLeast: p.MedianWage is null))
                .OrderBy(w => w.Dollars).ThenBy(w => w.AtLeast).ToList();
            int n = wages.Count;
            int middle = n % 2 == 1 ? wages[n / 2].Dollars : (int)Math.Round((wages[n / 2 - 1].Dollars + wages[n / 2].Dollars) / 2.0, MidpointRounding.AwayFromZero);
            string Words((int Dollars, bool AtLeast) w) => (w.AtLeast ? "at least " : "") + OccupationFacts.Dollars(w.Dollars);

            string pay = Row(column, "Pay");
            Assert.Contains($"{OccupationFacts.Dollars(middle)} a year: half of its jobs pay more, half less", pay, StringComparison.Ordinal);
            Assert.Contains($"Lowest to highest: {Words(wages[0])} to {Words(wages[^1])} a year", pay, StringComparison.Ordinal);
            Assert.Contains($"Each job's median pay, {n} jobs (BLS, May 2024).", pay, StringComparison.Ordinal);

            int faster = figures.Count(p => OccupationFacts.OutlookOf(new OccupationOutlook
            {
                SocCode = p.SocCode, SocTitle = p.Title, Education = p.Education, WorkExperience = p.WorkExperience, OnTheJobTraining = p.OnTheJobTraining,
                ChangePercent = p.ChangePercent, AllJobsChangePercent = allJobs,
            }) is OutlookCategory.MuchFaster or OutlookCategory.Faster);
            string outlook = Row(column, "Job outlook, 2024–34");
            Assert.Contains($"{faster} of {codes.Count} jobs are growing faster than average.", outlook, StringComparison.Ordinal);
            Assert.Contains($"Faster than average: 2 points or more above the {OccupationFacts.Percent(allJobs)} for all jobs (BLS Employment Projections, 2024–34).", outlook, StringComparison.Ordinal);
        }
        // The best-paid health jobs have only BLS's floor: the range says so.
        Assert.Contains("to at least $239,200 a year", Row(columns[0], "Pay"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/jobs?j=no-such-job")]
    [InlineData("/compare/jobs?j=no-such-job,,another-one,")]
    [InlineData("/compare/jobs?j=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/compare/jobs?j=REGISTERED-NURSES%20X")]
    public async Task JobsWeDoNotHave_Answer404_WithAPageToFindThem(string path)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Compare jobs", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("We could not find the jobs in that address. Look for them below.", page.QuerySelector("main .notice")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/compare/jobs'] input#find-job[name=q]"));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Split(',')[0]);
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourJobs_AreTooManyToFitSideBySide_SoTheStudentChoosesThree()
    {
        var page = await site.GetDocumentAsync("/compare/jobs?j=registered-nurses,electricians,carpenters,welders-cutters-solderers-and-brazers");

        Assert.Null(page.QuerySelector(".compare-grid"));
        Assert.Equal("You chose 4 jobs. Choose up to three, so they fit side by side.", page.QuerySelector("main .notice")!.TextContent);
        Assert.Equal(["registered-nurses", "electricians", "carpenters", "welders-cutters-solderers-and-brazers"],
            page.QuerySelectorAll("form.compare-form input[name=j][checked]").Select(box => box.GetAttribute("value")));
    }

    [Fact]
    public async Task AJobWeDoNotHave_IsLeftOutWithANote_WhenTwoOthersAreFound()
    {
        var page = await site.GetDocumentAsync("/compare/jobs?j=registered-nurses,no-such-job,electricians");

        Assert.Equal(2, page.QuerySelectorAll(".compare-grid.compare-2 > article").Length);
        Assert.Equal("We could not find no-such-job, so it is left out.", page.QuerySelector("main .notice")!.TextContent);
        Assert.EndsWith("/compare/jobs?j=registered-nurses,electricians", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAJobPage_CompareOpensWithThatJob_AndOffersSimilarJobsAndASearch()
    {
        var job = await site.GetDocumentAsync("/occupations/registered-nurses");
        string start = job.QuerySelector("main a[href^='/compare/jobs']")!.GetAttribute("href")!;
        Assert.Equal("/compare/jobs?j=registered-nurses", start);

        var picker = await site.GetDocumentAsync(start);
        Assert.Equal("Choose one or two more jobs to compare with Registered Nurses.", picker.QuerySelector("main .notice")!.TextContent);
        Assert.Equal(["registered-nurses"], picker.QuerySelectorAll("form.compare-form input[name=j][checked]").Select(b => b.GetAttribute("value")));
        var similar = picker.QuerySelectorAll("form.compare-form input[name=j]:not([checked])").Select(b => b.GetAttribute("value")).ToList();
        Assert.Contains("licensed-practical-and-licensed-vocational-nurses", similar);
        Assert.Contains("nursing-assistants", similar);
        // Critical care nurses share the registered nurses' BLS figures: a comparison of the two would show nothing new.
        Assert.True(similar.IndexOf("critical-care-nurses") is -1 or >= 6, string.Join(", ", similar));
        Assert.Equal("registered-nurses", picker.QuerySelector("form.job-search input[type=hidden][name=j]")!.GetAttribute("value"));

        var searched = await site.GetDocumentAsync("/compare/jobs?j=registered-nurses&q=electrician");
        Assert.Equal("Jobs found for “electrician”", searched.QuerySelectorAll("form.compare-form legend")[1].TextContent);
        Assert.Equal("electrician", searched.QuerySelector("#find-job")!.GetAttribute("value"));
        Assert.NotNull(searched.QuerySelector("form.compare-form input#pick-electricians[name=j]:not([checked])"));
        Assert.NotNull(searched.QuerySelector("form.compare-form input#pick-registered-nurses[checked]"));

        // Ticking Electricians and pressing Compare sends both names, which move to the comparison's one address, in the order ticked.
        using var client = site.CreatePlainClient();
        using var ticked = await client.GetAsync(new Uri("/compare/jobs?j=registered-nurses&j=electricians", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal("/compare/jobs?j=registered-nurses,electricians", ticked.Headers.Location!.OriginalString);
        var compared = await site.GetDocumentAsync(ticked.Headers.Location.OriginalString);
        Assert.Equal(["Registered Nurses", "Electricians"], compared.QuerySelectorAll(".compare-grid > article h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task TheBarePage_AsksForAJob_AndIsTheOneForSearchEngines()
    {
        IHtmlDocument page = await site.GetDocumentAsync("/compare/jobs");

        Assert.Equal("Find a job to compare", page.QuerySelector("label[for=find-job]")!.TextContent);
        Assert.Null(page.QuerySelector("form.compare-form"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }
}
