using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>A counselor in a state that adopted the 2024 framework shows where a cluster's jobs went: on a phone, and on paper.</summary>
[Collection(BrowserTestGroup.Name)]
public partial class CrosswalkTests(BrowserSite site)
{
    [Fact]
    public async Task HealthScience_ShowsWithNumbers_WhereItsJobsSitIn2024_AndLinksThere()
    {
        var page = await site.NewPageAsync(width: 390, height: 800);
        await page.GotoAsync("/clusters/health-science");

        var panel = page.Locator("#other-framework ~ .crosswalk-list li").First;
        Assert.Matches(@"^\d+ of the \d+ jobs in Health Science sit in Healthcare & Human Services → Physical Health \(\d+\)", Squeeze(await panel.InnerTextAsync()));
        await panel.GetByRole(AriaRole.Link, new() { Name = "Healthcare & Human Services" }).ClickAsync();
        await page.WaitForURLAsync("**/frameworks/2024/healthcare-and-human-services");
        Assert.Contains("Health Science", Squeeze(await page.Locator("#other-framework ~ .crosswalk-list").InnerTextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrosswalkPage_OnAPhone_ReadsAsCards_WithoutScrollingSideways_AndPassesAxe()
    {
        var page = await site.NewPageAsync(width: 390, height: 800);
        await page.GotoAsync("/frameworks/crosswalk");

        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the crosswalk page is {overflow}px wider than a 390px phone");
        // On a phone each row is a card: the column names are hidden and each cell says what it is.
        var row = page.Locator("#summary ~ .table-wrap tbody tr").First;
        Assert.Equal("block", await row.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("\"Jobs: \"", await row.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        Assert.Equal(16, await page.Locator("#summary ~ .table-wrap tbody tr").CountAsync());
        var results = await page.RunAxe();
        await page.KeepScreenshotAsync("phone-crosswalk.png");
        Assert.Empty(results.Violations);
    }

    [Fact]
    public async Task CrosswalkPage_Printed_IsAHandout_WithoutNavigationIconsOrLinkAddresses()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/frameworks/crosswalk");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (string hidden in new[] { ".site-header", ".breadcrumbs", ".toc", ".crosswalk-cluster .cluster-icon" })
        {
            Assert.Equal("none", await page.Locator(hidden).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }
        string linkAfter = await page.Locator(".crosswalk-table a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal("none", linkAfter);
        Assert.Equal("table-row", await page.Locator("#summary ~ .table-wrap tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await page.KeepScreenshotAsync("print-crosswalk.png", fullPage: true);

        byte[] pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = false });
        File.WriteAllBytes(Path.Combine(BrowserSite.ScreenshotDirectory, "crosswalk.pdf"), pdf);
        int pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 2, 30);
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPage();
}
