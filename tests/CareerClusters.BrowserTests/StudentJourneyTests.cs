using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public class StudentJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task Student_ClicksFromHomeToClusterPathwayAndOccupation_AndBackByBreadcrumbs()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Health Science", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/clusters/health-science");
        Assert.Equal("Health Science", await page.Locator("h1").InnerTextAsync());

        await page.Locator("#pathways").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "Therapeutic Services" }).ClickAsync();
        await page.WaitForURLAsync("**/clusters/health-science/therapeutic-services");
        Assert.Equal("Therapeutic Services", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Registered Nurses", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/occupations/registered-nurses");
        Assert.Equal("Registered Nurses", await page.Locator("h1").InnerTextAsync());

        var breadcrumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Health Science" }).ClickAsync();
        await page.WaitForURLAsync("**/clusters/health-science");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Equal(16, await page.Locator("#clusters-title ~ ul > li").CountAsync());
    }

    [Fact]
    public async Task WithoutJavaScript_TheSameJourneyWorks()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/clusters");

        await page.GetByRole(AriaRole.Link, new() { Name = "Information Technology", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/clusters/information-technology");
        await page.GetByRole(AriaRole.Link, new() { Name = "Network Systems" }).First.ClickAsync();
        await page.WaitForURLAsync("**/clusters/information-technology/network-systems");

        await page.Locator("#site-search").FillAsync("software");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=software");
        Assert.True(await page.Locator("ol.results li").CountAsync() > 0);
    }

    [Fact]
    public async Task KeyboardUser_CanSkipToMainContent()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/clusters/finance");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task OnAPhone_PagesDoNotScrollSideways()
    {
        var page = await site.NewPageAsync(width: 360, height: 740);
        foreach (string path in new[] { "/", "/clusters/health-science", "/clusters/health-science/therapeutic-services", "/occupations/registered-nurses" })
        {
            await page.GotoAsync(path);
            int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px phone screen");
        }
        await page.GotoAsync("/clusters/health-science");
        await page.KeepScreenshotAsync("phone-cluster.png");
    }

    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "/" },
        { "clusters", "/clusters" },
        { "cluster", "/clusters/information-technology" },
        { "pathway", "/clusters/information-technology/programming-and-software-development" },
        { "occupation", "/occupations/software-developers" },
        { "occupations", "/occupations" },
        { "guides", "/guides" },
        { "guide", "/guides/faq" },
        { "search", "/search?q=nurse" },
        { "not-found", "/no-such-page" },
        { "clusters-2024", "/frameworks/2024" },
        { "cluster-2024", "/frameworks/2024/digital-technology" },
        { "sub-cluster-2024", "/frameworks/2024/digital-technology/unmanned-vehicle-technology" },
        { "crosswalk", "/frameworks/crosswalk" },
        { "state", "/state" },
        { "state-page", "/state/texas?job=registered-nurses" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPageType_HasNoAccessibilityViolations(string name, string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);

        var results = await page.RunAxe();
        await page.KeepScreenshotAsync($"{name}.png", fullPage: true);

        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{path}:\n" + string.Join("\n", violations));
    }
}
