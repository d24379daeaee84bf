using System.Globalization;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Integrity;

/// <summary>Every one of the real occupation pages is complete, and its figures are the data file's.</summary>
public class RealOccupationDataTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.Load(TestPaths.RealContent));

    [Fact]
    public void TheDataFiles_CoverEveryOccupation()
    {
        var content = Loaded.Value.Content;
        var data = content.Data;

        Assert.Empty(Loaded.Value.Errors);
        Assert.Equal(content.Occupations.Count, data.Descriptions.Count);
        Assert.True(data.Projections.Count >= 800, $"{data.Projections.Count} BLS rows");
        // BLS: all jobs grew 3.1% in the 2024-34 projections (the sum of every line of Table 1.2).
        Assert.Equal(3.1, data.AllOccupationsChangePercent);
        int withFigures = content.Occupations.Count(o => data.ProjectionFor(o.Meta.Code!) is not null);
        Assert.True(withFigures >= 980, $"only {withFigures} occupations have BLS figures");
    }

    [Fact]
    public async Task EveryOccupationPage_HasASummaryAnEducationLevel_AndPayAndOutlookWhereBlsPublishesThem()
    {
        var content = Loaded.Value.Content;
        using var client = site.CreatePlainClient();
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var occupation in content.Occupations)
        {
            string path = $"/occupations/{occupation.Slug}";
            string html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            var page = parser.ParseDocument(html);
            var glance = page.QuerySelectorAll(".glance > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent);
            string summary = page.QuerySelector("#about-job")!.ParentElement!.TextContent;
            var projection = content.Data.ProjectionFor(occupation.Meta.Code!);

            if (summary.Trim().Length < 80)
            {
                problems.Add($"{path}: no summary of the work");
            }
            if (glance["Typical education to start"].Contains("Not published", StringComparison.Ordinal))
            {
                problems.Add($"{path}: no education level");
            }
            if (html.Contains("not listed here yet", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{path}: says \"not listed here yet\"");
            }
            if (projection is null)
            {
                if (!glance["Median pay"].Contains("No national figure", StringComparison.Ordinal))
                {
                    problems.Add($"{path}: no BLS row, but the page does not say so");
                }
                continue;
            }
            string? pay = projection.MedianWage is int wage ? $"${wage.ToString("N0", CultureInfo.InvariantCulture)} a year"
                : projection.MedianWageAtLeast is int least ? $"at least ${least.ToString("N0", CultureInfo.InvariantCulture)} a year" : null;
            if (pay is not null && !glance["Median pay"].Contains(pay, StringComparison.Ordinal))
            {
                problems.Add($"{path}: pay is not the data file's {pay}");
            }
            string change = (projection.ChangePercent > 0 ? "+" : "") + projection.ChangePercent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
            string openings = projection.AnnualOpenings.ToString("N0", CultureInfo.InvariantCulture);
            string outlook = glance["Job outlook, 2024–34"];
            if (!outlook.Contains(change, StringComparison.Ordinal) || !outlook.Contains(openings, StringComparison.Ordinal) || !outlook.Contains("BLS Employment Projections, 2024–34", StringComparison.Ordinal))
            {
                problems.Add($"{path}: outlook \"{outlook.Trim()}\" is not the data file's {change}, {openings} openings, with its source");
            }
            if (!glance["Typical education to start"].Contains(projection.Education, StringComparison.Ordinal))
            {
                problems.Add($"{path}: education is not the data file's {projection.Education}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Theory]
    [InlineData("veterinarians", "$125,510 a year", "Doctoral or professional degree")]
    [InlineData("pharmacists", "$137,480 a year", "Doctoral or professional degree")]
    [InlineData("electricians", "$62,350 a year", "High school diploma or equivalent")]
    public async Task AStudentOpeningAJob_SeesWorkTasksEducationPayOutlookAndWhereToLearnMore(string slug, string pay, string education)
    {
        var page = await site.GetDocumentAsync($"/occupations/{slug}");
        string glance = page.QuerySelector(".at-a-glance")!.TextContent;

        Assert.Contains(pay, glance, StringComparison.Ordinal);
        Assert.Contains(education, glance, StringComparison.Ordinal);
        Assert.Contains("BLS, May 2024", glance, StringComparison.Ordinal);
        Assert.InRange(page.QuerySelectorAll("ul.tasks li").Length, 5, 8);
        Assert.NotEmpty(page.QuerySelectorAll("ul.route li"));
        var links = page.QuerySelectorAll("#learn-more ~ ul a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("https://www.mynextmove.org/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://www.onetonline.org/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://www.bls.gov/ooh/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://www.careeronestop.org/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JobsAToZ_CountsEveryJob_WithAThousandsSeparator()
    {
        var page = await site.GetDocumentAsync("/occupations");
        string count = Loaded.Value.Content.Occupations.Count.ToString("N0", CultureInfo.InvariantCulture);

        Assert.Contains($"All {count} jobs", page.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Showing all {count} jobs.", page.QuerySelector("p[role=status]")!.TextContent);
        Assert.Equal(Loaded.Value.Content.Occupations.Count, page.QuerySelectorAll("ul.all-jobs > li").Length);
        // Every letter's list ends with a way back to the letters at the top.
        Assert.NotNull(page.GetElementById("letters"));
        Assert.All(page.QuerySelectorAll("section[aria-labelledby^='letter-']"), letter => Assert.NotNull(letter.QuerySelector("a[href='#letters']")));
    }
}
