using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// How to get in (issue 20, item 2) as a student sees it: the checked routes and the apprenticeship finder fit a phone,
/// the "Apprenticeship" filter of Jobs A–Z works without JavaScript, and the changed pages have no axe violations.
/// Saves screenshots of the "How to get there" part at 390 and 1280 px in artifacts/screenshots/.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class WaysInTests(BrowserSite site)
{
    [Theory]
    [InlineData("electricians", 390)]
    [InlineData("electricians", 1280)]
    [InlineData("registered-nurses", 390)]
    [InlineData("boilermakers", 390)]
    public async Task HowToGetThere_FitsTheScreen_AndIsPhotographed(string slug, int width)
    {
        var page = await site.NewPageAsync(width: width, height: 844);
        await page.GotoAsync("/occupations/" + slug);

        var section = page.Locator("section:has(> #get-there)");
        var box = await section.BoundingBoxAsync();
        int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await section.KeepScreenshotAsync($"ways-in-{slug}-{width}.png");

        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the section runs from {box.X} to {box.X + box.Width} at {width}px");
        Assert.True(scrollWidth <= width, $"the page scrolls sideways: {scrollWidth}px at {width}px");
        var finder = page.Locator(".apprenticeship-route a[href='https://www.apprenticeship.gov/apprenticeship-job-finder']");
        Assert.Equal(slug == "registered-nurses" ? 0 : 1, await finder.CountAsync());
    }

    [Fact]
    public async Task TheApprenticeshipFilter_WorksWithoutJavaScript()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false, width: 390, height: 844);
        await page.GotoAsync("/occupations");
        int all = await page.Locator(".all-jobs li").CountAsync();

        await page.Locator(".job-filters summary").ClickAsync();
        await page.GetByLabel("Apprenticeship: only jobs you can start through an apprenticeship").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show jobs" }).ClickAsync();

        Assert.Contains("training=apprenticeship", page.Url, StringComparison.Ordinal);
        int apprenticeships = await page.Locator(".all-jobs li").CountAsync();
        Assert.InRange(apprenticeships, 10, all / 10);
        Assert.Equal(apprenticeships, await page.Locator(".all-jobs li .tag").CountAsync());
        Assert.True(await page.GetByLabel("Apprenticeship: only jobs you can start through an apprenticeship").IsCheckedAsync());
        await page.KeepScreenshotAsync("occupations-apprenticeship-390.png");
    }

    [Theory]
    [InlineData("/occupations/electricians", 390)]
    [InlineData("/occupations/registered-nurses", 1280)]
    [InlineData("/occupations/boilermakers", 390)]
    [InlineData("/occupations?training=apprenticeship", 390)]
    [InlineData("/clusters/architecture-and-construction", 390)]
    [InlineData("/clusters/architecture-and-construction/construction", 1280)]
    public async Task ChangedPages_HaveNoAccessibilityViolations(string path, int width)
    {
        var page = await site.NewPageAsync(width: width, height: 844);
        await page.GotoAsync(path);
        if (path.Contains("/clusters/", StringComparison.Ordinal))
        {
            // The folded jobs carry tags too: open them so axe checks them.
            await page.EvaluateAsync("() => document.querySelectorAll('details.more-jobs').forEach(d => d.open = true)");
        }

        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
    }
}
