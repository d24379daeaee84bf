using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// The Spanish site in a real browser: no accessibility violation in Spanish on a phone and a laptop, the header's
/// language switch beside the brand on a phone, and the offer to a Spanish-first browser working without JavaScript.
/// Screenshots: artifacts/screenshots/es-*.png.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class SpanishSiteTests(BrowserSite site)
{
    private async Task<IPage> NewPageAsync(int width, string? locale = null, bool javaScriptEnabled = true)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    public static TheoryData<string, string, int> SpanishPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (int width in new[] { 390, 1280 })
        {
            data.Add("es-home", "/es", width);
            data.Add("es-cluster", "/es/clusters/health-science", width);
            data.Add("es-cluster-2024", "/es/frameworks/2024/healthcare-and-human-services", width);
            data.Add("es-occupation-untranslated", "/es/occupations/registered-nurses", width);
            data.Add("es-not-found", "/es/no-such-page", width);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpanishPages))]
    public async Task SpanishPages_HaveNoAccessibilityViolations_AndFitAPhone(string name, string path, int width)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync(path);

        var results = await page.RunAxe();
        await page.KeepScreenshotAsync($"{name}-{width}.png", fullPage: true);

        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {width}px screen");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task TheLanguageSwitch_SitsOnTheBrandsLine_AndTheMenuOnOneLine(int width)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/es/clusters/health-science");

        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        var language = (await page.Locator(".language-switch").BoundingBoxAsync())!;
        var menu = page.Locator(".main-nav a");
        var first = (await menu.First.BoundingBoxAsync())!;
        var last = (await menu.Last.BoundingBoxAsync())!;

        Assert.True(Math.Abs(language.Y + language.Height / 2 - (brand.Y + brand.Height / 2)) < 12, $"the switch is at y={language.Y}, the brand at y={brand.Y}");
        Assert.True(language.X + language.Width <= width, "the switch leaves the screen");
        Assert.True(Math.Abs(first.Y - last.Y) < 4, $"the menu wraps at {width}px: first link at y={first.Y}, last at y={last.Y}");
    }

    [Fact]
    public async Task ASpanishFirstBrowser_WithoutJavaScript_AcceptsTheOffer_AndIsNotAskedAgain()
    {
        var page = await NewPageAsync(390, "es-MX", javaScriptEnabled: false);
        await page.GotoAsync("/clusters/health-science");
        var offer = page.Locator("aside.language-offer");
        await offer.KeepScreenshotAsync("en-offer-390.png");
        await page.KeepScreenshotAsync("en-cluster-offer-390.png");

        await offer.GetByRole(AriaRole.Button, new() { Name = "Sí, en español" }).ClickAsync();

        await page.WaitForURLAsync("**/es/clusters/health-science");
        Assert.StartsWith("Ciencias de la Salud", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/clusters/information-technology");
        Assert.Equal(0, await page.Locator("aside.language-offer").CountAsync());
    }

    [Fact]
    public async Task ASpanishFirstBrowser_CanSayNoThanks_AndStaysOnTheEnglishPage()
    {
        var page = await NewPageAsync(1280, "es-MX", javaScriptEnabled: false);
        await page.GotoAsync("/clusters");
        Assert.Equal(1, await page.Locator("aside.language-offer").CountAsync());
        await page.KeepScreenshotAsync("en-clusters-offer-1280.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "No, gracias" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/clusters");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(0, await page.Locator("aside.language-offer").CountAsync());
    }

    [Fact]
    public async Task TheSwitch_KeepsTheSearch_WithoutJavaScript()
    {
        var page = await NewPageAsync(1280, javaScriptEnabled: false);
        await page.GotoAsync("/search?q=nurse");

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();

        await page.WaitForURLAsync("**/es/search?q=nurse");
        Assert.Equal("nurse", await page.Locator("#search-q").InputValueAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/search?q=nurse");
    }
}
