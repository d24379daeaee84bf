using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerClusters.BrowserTests;

/// <summary>A counselor builds a list in a real browser, with and without JavaScript, and every page passes axe.</summary>
[Collection(BrowserTestGroup.Name)]
public class CounselorListTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>Saves a screenshot, and runs axe-core where it can run: axe is a script, so not in a page without JavaScript.</summary>
    private static async Task AssertAccessibleAsync(IPage page, string screenshot, bool javaScript)
    {
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        if (javaScript)
        {
            var results = await page.RunAxe();
            Assert.True(results.Violations.Length == 0, $"{screenshot}: " + string.Join("; ", results.Violations.Select(v => $"{v.Id}: {v.Help}")));
        }
    }

    [Theory]
    [InlineData(true, 1280)]
    [InlineData(true, 390)]
    [InlineData(false, 390)]
    public async Task ACounselor_MakesAListOfPagesWithNotes_AndAStudentOpensItsShortLink(bool javaScript, int width)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: width);
        string suffix = (width > 800 ? "desktop" : "phone") + (javaScript ? "" : "-no-js");

        // From a cluster page: "Add to a list" starts a new list.
        await page.GotoAsync("/clusters/health-science");
        await ShareButton.OpenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add to a list" }).ClickAsync();
        await page.WaitForURLAsync("**/lists/add?page=*");
        await AssertAccessibleAsync(page, $"{suffix}-list-add", javaScript);
        await page.GetByLabel("Your note for students").FillAsync("Start with the overview.");
        await page.GetByLabel("Title of the new list").FillAsync("Health careers for grade 9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to a new list" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/**");
        await AssertAccessibleAsync(page, $"{suffix}-list-editor", javaScript);

        output.WriteLine("list started");
        // From a job page: the same list is offered.
        await page.GotoAsync("/occupations/registered-nurses");
        await ShareButton.OpenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add to a list" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to \u201cHealth careers for grade 9\u201d" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/**");

        output.WriteLine("second page added");
        // The editor's own search adds a third page.
        await page.GetByLabel("Search clusters, pathways and jobs").FillAsync("pharmacist");
        await page.GetByLabel("Search clusters, pathways and jobs").PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Pharmacists to the list" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/**");
        string publicLink = new Uri(await page.Locator("#public-link").InputValueAsync()).AbsolutePath;

        output.WriteLine($"third page added; public link {publicLink}");
        // A student in another browser opens the short link.
        var student = await site.NewPageAsync(javaScriptEnabled: javaScript, width: width);
        await student.GotoAsync(publicLink);
        Assert.Equal("Health careers for grade 9", await student.Locator("h1").InnerTextAsync());
        Assert.Equal(["Health Science", "Registered Nurses", "Pharmacists"], await student.Locator(".list-items .card-title").AllInnerTextsAsync());
        Assert.Contains("Start with the overview.", await student.Locator(".list-items").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(student, $"{suffix}-list", javaScript);
        if (javaScript)
        {
            Assert.Equal(0, await student.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        }
    }
}
