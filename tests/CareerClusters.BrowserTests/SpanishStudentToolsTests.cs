using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// The Spanish student pages in a real browser: no accessibility violation and nothing wider than a 390 px phone, and
/// the words the scripts write (survey progress, copy buttons, shortlist buttons, search suggestions) in Spanish,
/// taken from the page. Screenshots at 390 and 1280 px: artifacts/screenshots/es-*.png.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class SpanishStudentToolsTests(BrowserSite site)
{
    /// <summary>One page of each type whose words are the views' .es.resx files (the home, cluster and error pages are in SpanishSiteTests).</summary>
    private static readonly (string Name, string Path)[] Pages =
    [
        ("es-occupation", "/es/occupations/registered-nurses"),
        ("es-occupations", "/es/occupations?cluster=health-science"),
        ("es-pathway", "/es/clusters/health-science/therapeutic-services"),
        ("es-survey", "/es/survey"),
        ("es-survey-results", "/es/survey/results?s=0&s=3&s=7&s=12&s=40&after=bachelors"),
        ("es-compare", "/es/compare?clusters=health-science,information-technology"),
        ("es-compare-jobs", "/es/compare/jobs?j=registered-nurses,electricians,web-developers"),
        ("es-my-clusters", "/es/my-clusters?c=health-science,information-technology"),
        ("es-state", "/es/state?job=registered-nurses"),
        ("es-crosswalk", "/es/frameworks/crosswalk"),
    ];

    private async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(int width, bool clipboard = false)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            Permissions = clipboard ? ["clipboard-read", "clipboard-write"] : [],
        });
        return (context, await context.NewPageAsync());
    }

    [Fact]
    public async Task SpanishStudentPages_HaveNoAccessibilityViolations_AndFitAPhone()
    {
        var (phone, page) = await NewPageAsync(390);
        var (laptop, wide) = await NewPageAsync(1280);
        var problems = new List<string>();
        foreach (var (name, path) in Pages)
        {
            await page.GotoAsync(path);
            Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
            var results = await page.RunAxe();
            problems.AddRange(results.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
            int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{path} is {overflow}px wider than a 390px phone");
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotDirectory, $"{name}-390.png"), FullPage = true });
            await wide.GotoAsync(path);
            await wide.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotDirectory, $"{name}-1280.png"), FullPage = true });
        }
        await phone.CloseAsync();
        await laptop.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task TheSurvey_GoesPartByPart_InSpanish()
    {
        var (context, page) = await NewPageAsync(390);
        await page.GotoAsync("/es/survey");

        Assert.Matches(@"^Parte 1 de \d+$", await page.Locator(".survey-where").InnerTextAsync());
        Assert.Equal("0 frases marcadas hasta ahora", await page.Locator(".survey-count").InnerTextAsync());
        await page.Locator("fieldset.survey-step:visible input[name=s]").First.CheckAsync();
        await Assertions.Expect(page.Locator(".survey-count")).ToHaveTextAsync("1 frase marcada hasta ahora");
        await page.Locator("fieldset.survey-step:visible input[name=s]").Nth(1).CheckAsync();
        await Assertions.Expect(page.Locator(".survey-count")).ToHaveTextAsync("2 frases marcadas hasta ahora");
        await page.GetByRole(AriaRole.Button, new() { Name = "Siguiente", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".survey-where")).ToHaveTextAsync(new Regex(@"^Parte 2 de \d+$"));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Atrás", Exact = true }).IsVisibleAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task TheScripts_OnASpanishPage_SpeakSpanish()
    {
        var (context, page) = await NewPageAsync(1280, clipboard: true);

        // Copy the link of the share panel.
        await page.GotoAsync("/es/clusters/health-science");
        await ShareButton.OpenAsync(page);
        var panel = page.Locator(".share-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Copiar enlace" }).ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Enlace copiado.");
        Assert.Equal("Copiado ✓", await panel.Locator("[data-share-copy]").InnerTextAsync());
        Assert.EndsWith("/es/clusters/health-science", await page.EvaluateAsync<string>("navigator.clipboard.readText()"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");

        // Shortlist a cluster: the button changes in place and the page says so, in Spanish (the server's answer).
        await page.Locator("form[data-shortlist=health-science] button[data-choice=shortlist]").First.ClickAsync();
        await Assertions.Expect(page.Locator("form[data-shortlist=health-science] button[data-choice=shortlist]").First).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("body > [role=status]")).ToHaveTextAsync("Ciencias de la Salud está en tu lista.");

        // The shortlist's own "Copy link" button.
        await page.GotoAsync("/es/my-clusters");
        var copy = page.Locator("button.copy-button");
        Assert.Equal("Copiar enlace", await copy.InnerTextAsync());
        await copy.ClickAsync();
        await Assertions.Expect(copy).ToHaveTextAsync("Copiado ✓");

        // Search suggestions.
        var search = page.Locator("#site-search");
        await search.FillAsync("nurse");
        await Assertions.Expect(page.Locator(".suggest-list")).ToBeVisibleAsync();
        Assert.Equal("Sugerencias", await page.Locator(".suggest-list").GetAttributeAsync("aria-label"));
        await Assertions.Expect(page.Locator(".suggest [role=status]")).ToHaveTextAsync(new Regex(@"^(1 sugerencia|\d+ sugerencias)\. Usa las flechas del teclado para escoger\.$"));
        await context.CloseAsync();
    }
}
