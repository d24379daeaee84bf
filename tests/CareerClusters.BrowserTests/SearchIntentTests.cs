using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// A student types what they want ("jobs without college", "welding apprenticeship") on a phone or a laptop, with or
/// without JavaScript: the filter their words asked for is on the first screen, and one tap on it takes it away.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class SearchIntentTests(BrowserSite site)
{
    [Theory]
    [InlineData(390, true)]
    [InlineData(390, false)]
    [InlineData(1280, true)]
    public async Task TheFilterFromTheWords_IsOnTheFirstScreen_AndOneTapRemovesIt(int width, bool javaScript)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: width, height: 800);
        await page.GotoAsync("/");
        await page.Locator("#search-q").FillAsync("jobs without college");
        await page.Locator("#search-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=jobs*");

        var chip = page.Locator(".filter-chip");
        Assert.Equal(1, await chip.CountAsync());
        var box = (await chip.BoundingBoxAsync())!;
        var firstJob = (await page.Locator("ol.results a.result-title").First.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 800, $"the filter ends at {box.Y + box.Height}px, below the first screen");
        Assert.True(firstJob.Y < 800, $"the first job starts at {firstJob.Y}px, below the first screen");
        Assert.True(box.Width <= width, $"the filter is {box.Width}px wide");
        if (javaScript)
        {
            // Axe and the page's measurements run as scripts in the page.
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
            var results = await page.RunAxe();
            Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help}")));
        }
        await page.KeepScreenshotAsync($"search-intent-{width}{(javaScript ? "" : "-nojs")}.png");

        await chip.ClickAsync();
        await page.WaitForURLAsync("**education_up_to=any*");
        Assert.Equal(0, await page.Locator(".filter-chip").CountAsync());
        Assert.Equal("jobs without college", await page.Locator("#search-q").InputValueAsync());
    }

    [Fact]
    public async Task TheApprenticeshipFilter_CanBeChosenInTheFormWithoutJavaScript()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false, width: 390, height: 800);
        await page.GotoAsync("/search?q=installer");

        await page.Locator(".filters-disclosure summary").ClickAsync();
        await page.Locator("#filter-apprenticeship").SelectOptionAsync("yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync("**apprenticeship=yes*");

        Assert.Contains("Has an apprenticeship route", await page.Locator(".filter-chip").TextContentAsync(), StringComparison.Ordinal);
        var contexts = await page.Locator("ol.results li .muted").AllInnerTextsAsync();
        Assert.NotEmpty(contexts);
        Assert.All(contexts, c => Assert.Contains("Apprenticeship route", c, StringComparison.Ordinal));
    }
}
