using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerClusters.BrowserTests;

/// <summary>
/// Comparisons stay side by side (issue 20): on a 390 px phone the columns sit next to each other and, where they do
/// not fit, slide sideways inside their own box (never the page), which a keyboard can reach and scroll; on a laptop
/// the rows line up across the columns. Axe on each, and screenshots at 390 and 1280 px.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CompareLayoutTests(BrowserSite site, ITestOutputHelper output)
{
    private const string TwoJobs = "/compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses";
    private const string ThreeJobs = "/compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses,nursing-assistants";
    private const string ThreeClusters = "/compare?clusters=health-science,information-technology,manufacturing";

    private sealed record Box(double X, double Y, double Width, double Height);

    /// <summary>Each column's bounding box (read as plain numbers: Playwright hands back arrays of doubles reliably).</summary>
    private static async Task<Box[]> ColumnsAsync(IPage page)
    {
        var boxes = await page.Locator(".compare-grid > article").EvaluateAllAsync<double[][]>(
            "items => items.map(i => { const r = i.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })");
        return boxes.Select(b => new Box(b[0], b[1], b[2], b[3])).ToArray();
    }

    private static async Task AssertTheComparisonAloneSlidesAsync(IPage page)
    {
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url}: the page itself is {overflow}px wider than the screen");
    }

    private static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        var results = await page.RunAxe();
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("compare-two-jobs", TwoJobs)]
    [InlineData("compare-three-jobs", ThreeJobs)]
    [InlineData("compare-three-clusters", ThreeClusters)]
    public async Task OnA390pxPhone_TheColumnsStaySideBySide(string name, string path)
    {
        var phone = await site.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync(path);

        var columns = await ColumnsAsync(phone);
        Assert.True(columns.Length >= 2);
        for (int i = 1; i < columns.Length; i++)
        {
            Assert.Equal(columns[0].Y, columns[i].Y, 0.5);
            Assert.True(columns[i].X >= columns[i - 1].X + columns[i - 1].Width, $"column {i + 1} starts at x={columns[i].X}, inside column {i}");
            Assert.Equal(columns[0].Height, columns[i].Height, 0.5);
        }
        // Never one long column: each is at least 150 px wide and the first two start on the first screen.
        Assert.All(columns, c => Assert.True(c.Width >= 150, $"a column is {c.Width}px wide"));
        Assert.True(columns[1].X < 390, $"the second column starts at x={columns[1].X}, off the screen");
        Assert.True(columns[0].Y < 844, $"the columns start at y={columns[0].Y}, below the first screen");
        await AssertTheComparisonAloneSlidesAsync(phone);
        await AssertAccessibleAsync(phone, $"phone-{name}");

        var laptop = await site.NewPageAsync(width: 1280, height: 1000);
        await laptop.GotoAsync(path);
        var wide = await ColumnsAsync(laptop);
        Assert.All(wide, c => Assert.True(c.X + c.Width <= 1280, "on a laptop every column fits the screen"));
        // The rows line up across the columns (the third row: the outlook).
        var rowTops = await laptop.Locator(".compare-grid > article").EvaluateAllAsync<double[]>("items => items.map(i => i.querySelectorAll('.compare-row')[1].getBoundingClientRect().top)");
        Assert.All(rowTops, top => Assert.Equal(rowTops[0], top, 0.5));
        Assert.False(await laptop.Locator(".scroll-hint").IsVisibleAsync());
        await AssertAccessibleAsync(laptop, $"desktop-{name}");
    }

    [Fact]
    public async Task TheIssuesComparison_OnA390pxPhone_IsShorterThanItsOldSingleColumn()
    {
        // Issue 20 measured Health Science and Human Services stacked in one column: 4,682 px at 390 px.
        var phone = await site.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync("/compare?clusters=health-science,human-services");

        int height = await phone.EvaluateAsync<int>("document.documentElement.scrollHeight");
        double payTop = await phone.Locator(".compare-pay").First.EvaluateAsync<double>("row => row.getBoundingClientRect().top");
        output.WriteLine($"/compare?clusters=health-science,human-services at 390 px: {height} px tall (was 4,682), pay row at y={payTop:0}");
        Assert.True(height < 4682, $"the page is {height}px tall");
        Assert.True(payTop < 2 * 844, $"the pay row starts at y={payTop}, beyond the second screen");
    }

    [Fact]
    public async Task OnAPhone_ThreeColumnsSlideSideways_WithAHint_AndTheKeyboardCanSlideThem()
    {
        var phone = await site.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync(ThreeJobs);
        var box = phone.Locator(".compare-scroll");

        Assert.True(await phone.Locator(".scroll-hint").IsVisibleAsync(), "the hint says the comparison slides sideways");
        Assert.True(await box.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth"), "the third column is beyond the box");
        await Assertions.Expect(box).ToHaveAttributeAsync("role", "region");
        await Assertions.Expect(box).ToHaveAccessibleNameAsync("The jobs side by side");

        // A keyboard user tabs to the box and slides it with the arrow keys.
        await box.FocusAsync();
        Assert.True(await box.EvaluateAsync<bool>("b => b === document.activeElement && b.matches(':focus-visible, :focus')"));
        for (int press = 0; press < 20 && await box.EvaluateAsync<bool>("b => b.scrollLeft < b.scrollWidth - b.clientWidth - 1"); press++)
        {
            await phone.Keyboard.PressAsync("ArrowRight");
            await phone.WaitForTimeoutAsync(100);
        }
        var third = (await ColumnsAsync(phone))[2];
        Assert.True(third.X + third.Width <= 390 + 1, $"after sliding, the third column ends at x={third.X + third.Width}");
        await AssertTheComparisonAloneSlidesAsync(phone);
    }

    [Fact]
    public async Task TwoJobsFitA390pxPhone_SoNothingSlides_AndThePickerPassesAxe()
    {
        var phone = await site.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync(TwoJobs);
        Assert.False(await phone.Locator(".scroll-hint").IsVisibleAsync());
        Assert.False(await phone.Locator(".compare-scroll").EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth"));

        // Without JavaScript, a job page's Compare link leads to the picker, which works as plain forms.
        var noScript = await site.NewPageAsync(javaScriptEnabled: false, width: 390, height: 844);
        await noScript.GotoAsync("/occupations/registered-nurses");
        await noScript.GetByRole(AriaRole.Link, new() { Name = "Compare with other jobs" }).ClickAsync();
        await noScript.WaitForURLAsync("**/compare/jobs?j=registered-nurses");
        await noScript.GetByLabel("Find another job to add").FillAsync("electrician");
        await noScript.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).Last.ClickAsync();
        await noScript.WaitForURLAsync("**/compare/jobs?j=registered-nurses&q=electrician");
        // Axe is a script: it checks the same page in a browser with JavaScript on.
        var picker = await site.NewPageAsync(width: 390, height: 844);
        await picker.GotoAsync(noScript.Url);
        await AssertTheComparisonAloneSlidesAsync(picker);
        await AssertAccessibleAsync(picker, "phone-compare-jobs-picker");
        await noScript.Locator("#pick-electricians").CheckAsync();
        await noScript.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await noScript.WaitForURLAsync("**/compare/jobs?j=registered-nurses,electricians");
        Assert.Equal(["Registered Nurses", "Electricians"], await noScript.Locator(".compare-grid > article h2").AllInnerTextsAsync());

        var laptop = await site.NewPageAsync(width: 1280, height: 1000);
        await laptop.GotoAsync("/compare/jobs?j=registered-nurses");
        await AssertAccessibleAsync(laptop, "desktop-compare-jobs-picker");
    }
}
