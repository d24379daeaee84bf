using Deque.AxeCore.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>The real site with the example district folder of docs/example-local (Content:LocalPath).</summary>
public sealed class DistrictBrowserSite() : BrowserSite(Path.Combine(RepositoryRoot, "docs", "example-local"));

/// <summary>
/// "In our district" on cluster, pathway and job pages and in search, on a phone and a laptop: labelled with the
/// district's name, no sideways scrolling, no accessibility violations. Saves screenshots of the pages and of the
/// district's part alone in artifacts/screenshots/ (look at them).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class DistrictPageTests(DistrictBrowserSite site) : IClassFixture<DistrictBrowserSite>
{
    public static TheoryData<string, string, int> DistrictPages()
    {
        var data = new TheoryData<string, string, int>();
        string[][] pages =
        [
            ["cluster", "/clusters/health-science"], ["pathway", "/clusters/health-science/therapeutic-services"],
            ["occupation", "/occupations/registered-nurses"], ["cluster-2024", "/frameworks/2024/healthcare-and-human-services"],
        ];
        foreach (var p in pages)
        {
            foreach (int width in new[] { 390, 1280 })
            {
                data.Add(p[0], p[1], width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DistrictPages))]
    public async Task ThePage_ShowsItsDistrictPart_Labelled_AndFitsTheScreen(string name, string path, int width)
    {
        var page = await site.NewPageAsync(width: width, height: width < 1000 ? 800 : 900);
        await page.GotoAsync(path);

        var part = page.Locator("#in-our-district");
        await part.ScrollIntoViewIfNeededAsync();
        await part.KeepScreenshotAsync($"district-{name}-part-{width}.png");
        await page.KeepScreenshotAsync($"district-{name}-{width}.png", fullPage: true);
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(await part.IsVisibleAsync(), $"{path} has no visible district part");
        Assert.Equal("In our district", (await part.Locator("h2").InnerTextAsync()).Trim());
        Assert.Contains("Example Unified School District", await part.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px screen");
    }

    [Theory]
    [InlineData("/clusters/health-science")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/guides/our-career-center")]
    [InlineData("/search?q=dual+enrollment")]
    public async Task PagesWithTheDistrictsParts_HaveNoAccessibilityViolations(string path)
    {
        var page = await site.NewPageAsync(width: 390, height: 800);
        await page.GotoAsync(path);

        var results = await page.RunAxe();

        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{path}:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Search_FindsTheDistrictsPart_AsAResultOfItsOwn_ThatOpensAtThePart(int width)
    {
        var page = await site.NewPageAsync(width: width, height: width < 1000 ? 800 : 900);
        await page.GotoAsync("/search?q=dual+enrollment");
        await page.KeepScreenshotAsync($"district-search-{width}.png", fullPage: true);

        var result = page.Locator(".result", new() { Has = page.Locator(".kind", new() { HasText = "In our district" }) }).First;
        Assert.True(await result.IsVisibleAsync(), "no result is labelled In our district");
        await result.Locator("a.result-title").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Fragment == "#in-our-district");
        Assert.True(await page.Locator("#in-our-district").IsVisibleAsync());
    }
}
