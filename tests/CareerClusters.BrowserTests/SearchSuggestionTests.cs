using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public class SearchSuggestionTests(BrowserSite site)
{
    [Fact]
    public async Task TypingShowsSuggestions_AndTheKeyboardOpensOne()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.Locator("#search-q");

        await box.PressSequentiallyAsync("veterin", new() { Delay = 30 });
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await list.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.True(await list.GetByRole(AriaRole.Option).CountAsync() > 0);

        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.KeepScreenshotAsync("search-suggestions.png");

        await box.PressAsync("ArrowDown");
        string? chosen = await box.GetAttributeAsync("aria-activedescendant");
        Assert.False(string.IsNullOrEmpty(chosen));
        Assert.Equal("true", await page.Locator($"#{chosen}").GetAttributeAsync("aria-selected"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.EndsWith('/'));
        Assert.StartsWith("/occupations/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>
    /// A title the API marks as English (a page not translated yet, on the Spanish site) is marked lang="en" in the list.
    /// Every job of the real content is translated, so the answer is given here; the API's side is SpanishSearchPagesTests.
    /// </summary>
    [Fact]
    public async Task AnEnglishTitle_InTheSpanishList_IsMarkedAsEnglish()
    {
        var page = await site.NewPageAsync();
        await page.RouteAsync("**/es/api/search/suggest?*", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = """[{"title":"Registered Nurses","kind":"Trabajo","url":"/es/occupations/registered-nurses","lang":"en"},""" +
                """{"title":"Ciencias de la Salud","kind":"Grupo","url":"/es/clusters/health-science"}]""",
        }));
        await page.GotoAsync("/es");

        await page.Locator("#search-q").PressSequentiallyAsync("nur", new() { Delay = 30 });
        var titles = page.Locator(".suggest-list [role=option] .suggest-title");
        await Assertions.Expect(titles).ToHaveCountAsync(2);

        Assert.Equal("en", await titles.Nth(0).GetAttributeAsync("lang"));
        Assert.Null(await titles.Nth(1).GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task EscapeClosesTheSuggestions_AndEnterStillSearches()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/clusters");
        var box = page.Locator("#site-search");

        await box.PressSequentiallyAsync("nurse", new() { Delay = 30 });
        await page.GetByRole(AriaRole.Listbox).WaitForAsync();
        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=nurse");
        Assert.Equal("Registered Nurses", await page.Locator("ol.results a.result-title").First.InnerTextAsync());
    }
}
