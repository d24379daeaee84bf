using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// "My state" in a real browser: a student picks a state from a job page without JavaScript, the job page then links to
/// that state's pay, licenses and apprenticeships, "forget" brings the prompt back, and the pages pass axe at 390 and
/// 1280 px without sideways scrolling.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class MyStateTests(BrowserSite site)
{
    private const string Job = "/occupations/registered-nurses";

    private static async Task SaveAndCheckAsync(IPage page, string screenshot, bool axe = true)
    {
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
        if (axe)
        {
            var results = await page.RunAxe();
            var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
            Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
        }
    }

    [Fact]
    public async Task WithoutJavaScript_PickingTexasFromAJobPage_ShowsItsLinks_AndForgettingBringsThePromptBack()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false, width: 390, height: 844);
        await page.GotoAsync(Job);
        Assert.Equal(0, await page.Locator(".in-your-state").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "See this job in your state" }).ClickAsync();
        await page.WaitForURLAsync("**/state?job=registered-nurses");
        await page.GetByRole(AriaRole.Button, new() { Name = "Texas", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/occupations/registered-nurses#in-your-state$"));
        var section = page.Locator("#in-your-state");
        Assert.Equal("Registered Nurses in Texas", await section.Locator("h2").InnerTextAsync());
        var pay = section.GetByRole(AriaRole.Link, new() { Name = "Pay in Texas" });
        Assert.Equal("https://www.careeronestop.org/Toolkit/Wages/find-salary.aspx?keyword=Registered%20Nurses&soccode=291141&location=Texas", await pay.GetAttributeAsync("href"));
        Assert.Equal(4, await section.Locator(".state-links a").CountAsync());
        Assert.True(await section.IsVisibleAsync());
        await SaveAndCheckAsync(page, "phone-job-in-your-state-no-js", axe: false);

        await section.GetByRole(AriaRole.Link, new() { Name = "Change or forget it" }).ClickAsync();
        await page.WaitForURLAsync("**/state?job=registered-nurses");
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Texas (your state)" }).GetAttributeAsync("aria-current"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget my state" }).ClickAsync();
        await page.WaitForURLAsync("**/state?job=registered-nurses");
        Assert.Equal(0, await page.Locator(".state-current").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Registered Nurses" }).ClickAsync();
        await page.WaitForURLAsync("**" + Job);
        Assert.Equal(0, await page.Locator(".in-your-state").CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "See this job in your state" }).CountAsync());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task ThePickerTheStatesPageAndAJobPageWithAState_PassAxe_WithoutSidewaysScrolling(int width)
    {
        var page = await site.NewPageAsync(width: width, height: width > 800 ? 900 : 844);
        string screen = width > 800 ? "desktop" : "phone";

        await page.GotoAsync("/state?job=registered-nurses");
        await SaveAndCheckAsync(page, $"{screen}-state-picker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ohio", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**" + Job + "#in-your-state");
        Assert.Equal("Registered Nurses in Ohio", await page.Locator("#in-your-state h2").InnerTextAsync());
        await SaveAndCheckAsync(page, $"{screen}-job-in-your-state");

        await page.GotoAsync("/state/texas?job=registered-nurses");
        Assert.Equal("Your state is Ohio. Switch to Texas, and every job page shows its links for Texas.", await page.Locator(".state-current p").InnerTextAsync());
        await SaveAndCheckAsync(page, $"{screen}-state-page");
        await page.GotoAsync("/state");
        await SaveAndCheckAsync(page, $"{screen}-state-picker-with-choice");
        await page.GotoAsync("/state/atlantis");
        await SaveAndCheckAsync(page, $"{screen}-state-unknown");
    }
}
