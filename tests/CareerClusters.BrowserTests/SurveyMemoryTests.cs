using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// Issue 20: the survey remembers the latest result in the student's own browser, starts over (by default when a
/// result exists), asks for ticks before sending an empty survey, and offers "Not for me" on every cluster of a result.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public partial class SurveyMemoryTests(BrowserSite site)
{
    private static readonly string[] TechStatements =
    [
        "I like figuring out why a computer or phone is acting up.",
        "I like building or upgrading computers.",
        "I like logic puzzles and step-by-step thinking.",
    ];

    private static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        var results = await page.RunAxe();
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    private static Task<int> TickedAsync(IPage page) => page.Locator("input[name=s]:checked").CountAsync();

    /// <summary>Goes through the survey part by part with JavaScript, ticking these statements, and sends it.</summary>
    private static async Task TakeSurveyAsync(IPage page, IReadOnlyList<string> statements, string plan)
    {
        var see = page.GetByRole(AriaRole.Button, new() { Name = "See my results" });
        while (true)
        {
            foreach (string statement in statements)
            {
                var box = page.GetByLabel(statement, new() { Exact = true });
                if (await box.IsVisibleAsync())
                {
                    await box.CheckAsync();
                }
            }
            if (await see.IsVisibleAsync())
            {
                break;
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }
        await page.GetByLabel(plan, new() { Exact = false }).CheckAsync();
        await see.ClickAsync();
        await page.WaitForURLAsync(ResultAddress());
    }

    [Fact]
    public async Task AResult_IsRemembered_AndARetakenSurveyStartsEmpty()
    {
        var page = await site.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/survey");
        Assert.Equal(0, await page.Locator(".last-result").CountAsync());
        await TakeSurveyAsync(page, TechStatements, "A bachelor's degree");
        string result = new Uri(page.Url).PathAndQuery;

        // "Start over" from the result: the survey shows the last result and starts with no ticks, at part 1.
        await page.GetByRole(AriaRole.Link, new() { Name = "Start over: take the survey again" }).ClickAsync();
        await page.WaitForURLAsync("**/survey");
        Assert.Equal(0, await TickedAsync(page));
        Assert.Matches(@"^Part 1 of \d+$", await page.Locator(".survey-where").InnerTextAsync());
        var last = page.Locator(".last-result");
        Assert.Equal("Information Technology", await last.Locator("ol.last-top li").First.InnerTextAsync());
        Assert.Equal(result, await last.GetByRole(AriaRole.Link, new() { Name = "See it again" }).GetAttributeAsync("href"));
        // Nothing to clear yet: "Start over" shows once something is ticked.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start over" })).ToBeHiddenAsync();
        await AssertAccessibleAsync(page, "phone-survey-remembered");

        // A reload during the new survey keeps its answers (they are the new ones, not the ones that made the result).
        await page.Locator("fieldset.survey-step:visible input[name=s]").First.CheckAsync();
        await page.ReloadAsync();
        Assert.Equal(1, await TickedAsync(page));

        // "Start over" clears them.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        Assert.Equal(0, await TickedAsync(page));
        // The count follows the form's reset event: waited for, not read at once.
        await Assertions.Expect(page.Locator(".survey-count")).ToHaveTextAsync("0 statements ticked so far");
        await Assertions.Expect(page.Locator("body > [role=status]")).ToHaveTextAsync("Every tick is cleared: the survey starts again from the first part.");

        // The next day (a new tab of the same browser), the result is still there, on the survey page and "My clusters".
        var nextDay = await page.Context.NewPageAsync();
        await nextDay.GotoAsync("/survey");
        Assert.Equal(0, await TickedAsync(nextDay));
        await nextDay.GetByRole(AriaRole.Link, new() { Name = "See it again" }).ClickAsync();
        await nextDay.WaitForURLAsync(ResultAddress());
        Assert.Equal(result, new Uri(nextDay.Url).PathAndQuery);
        await nextDay.GotoAsync("/my-clusters");
        Assert.Equal("Information Technology", await nextDay.Locator(".last-result ol.last-top a").First.InnerTextAsync());
        Assert.Equal(result, await nextDay.Locator(".last-result").GetByRole(AriaRole.Link, new() { Name = "See it again" }).GetAttributeAsync("href"));
        await AssertAccessibleAsync(nextDay, "phone-my-clusters-remembered");

        var laptop = await site.NewPageAsync();
        var remembered = (await page.Context.CookiesAsync()).Single(c => c.Name == "cc_survey");
        await laptop.Context.AddCookiesAsync([new Cookie { Name = remembered.Name, Value = remembered.Value, Domain = remembered.Domain, Path = remembered.Path }]);
        await laptop.GotoAsync("/survey");
        await AssertAccessibleAsync(laptop, "desktop-survey-remembered");
        await laptop.GotoAsync("/my-clusters");
        await AssertAccessibleAsync(laptop, "desktop-my-clusters-remembered");

        // "Forget it": the browser no longer remembers it.
        await nextDay.GetByRole(AriaRole.Button, new() { Name = "Forget it" }).ClickAsync();
        await nextDay.WaitForURLAsync("**/my-clusters");
        Assert.Equal(0, await nextDay.Locator(".last-result").CountAsync());
        await nextDay.GotoAsync("/survey");
        Assert.Equal(0, await nextDay.Locator(".last-result").CountAsync());
    }

    [Fact]
    public async Task GoingBackFromAResult_BringsTheAnswersBack_ToChangeOne()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/survey");
        await TakeSurveyAsync(page, TechStatements, "A bachelor's degree");

        await page.GoBackAsync();
        await page.WaitForURLAsync("**/survey");

        Assert.Equal(TechStatements.Length, await TickedAsync(page));
    }

    [Fact]
    public async Task StartOver_ClearsTheTicks_WithoutJavaScriptToo()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/survey");
        foreach (string statement in TechStatements)
        {
            await page.GetByLabel(statement, new() { Exact = true }).CheckAsync();
        }
        Assert.Equal(TechStatements.Length, await TickedAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();

        Assert.Equal(0, await TickedAsync(page));
    }

    [Fact]
    public async Task AnEmptySurvey_IsStoppedInTheBrowser_WithTheMessageInView()
    {
        var page = await site.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/survey");
        var see = page.GetByRole(AriaRole.Button, new() { Name = "See my results" });
        while (!await see.IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await see.ClickAsync();

        Assert.EndsWith("/survey", page.Url, StringComparison.Ordinal);
        var problem = page.Locator("#survey-problem");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(problem).ToBeFocusedAsync();
        await Assertions.Expect(problem).ToBeInViewportAsync();
        Assert.Equal("Tick a few statements first", await problem.Locator("h2").InnerTextAsync());
        // Back at the first part, where the ticking starts.
        Assert.Matches(@"^Part 1 of \d+$", await page.Locator(".survey-where").InnerTextAsync());
        await AssertAccessibleAsync(page, "phone-survey-nothing-ticked");

        // One tick and the survey goes through.
        await page.Locator("fieldset.survey-step:visible input[name=s]").First.CheckAsync();
        while (!await see.IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }
        await see.ClickAsync();
        await page.WaitForURLAsync(ResultAddress());
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task AnEmptySurvey_WithoutJavaScript_ComesBackFromTheServerAskingForTicks(int width, int height)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false, width: width, height: height);
        await page.GotoAsync("/survey");
        await page.GetByLabel("An associate degree", new() { Exact = false }).CheckAsync();

        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync(),
            r => r.Url.Contains("/survey/results?", StringComparison.Ordinal));

        // Web-first waits for the answer's page rather than the load event: on a busy CI machine
        // Chromium once reported network idle but no load within 30 s for this no-script page.
        Assert.Equal(422, response.Status);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Tick a few statements first"));
        var problem = page.Locator("#survey-problem");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(problem).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByLabel("An associate degree", new() { Exact = false })).ToBeCheckedAsync();
        // axe needs JavaScript: the same answer, opened in a browser that has it.
        var withScript = await site.NewPageAsync(width: width, height: height);
        var again = await withScript.GotoAsync(page.Url);
        Assert.Equal(422, again!.Status);
        await Assertions.Expect(withScript.Locator("#survey-problem")).ToBeFocusedAsync();
        await AssertAccessibleAsync(withScript, $"{(width < 500 ? "phone" : "desktop")}-survey-nothing-ticked-no-js");

        await page.GetByLabel(TechStatements[1], new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync();
        await page.WaitForURLAsync(ResultAddress());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NotForMe_IsOnEveryClusterOfAResult(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: 390, height: 844);
        await page.GotoAsync("/survey/results?s=1&s=40&s=93&s=101&after=associate");
        await page.WaitForURLAsync(ResultAddress());

        var rows = page.Locator("ol.ranked > li");
        Assert.Equal(16, await rows.CountAsync());
        Assert.Equal(16, await rows.GetByRole(AriaRole.Button, new() { NameRegex = NotForMe() }).CountAsync());
        var lastRow = rows.Last;
        string cluster = (await lastRow.Locator(".ranked-name a").InnerTextAsync()).Trim();
        Assert.Equal(0, await page.Locator("ol.match-list > li h3 a", new() { HasTextString = cluster }).CountAsync());

        await lastRow.GetByRole(AriaRole.Button, new() { Name = $"Not for me ({cluster})" }).ClickAsync();

        var setAside = page.Locator("ol.ranked > li").Last.Locator("button[data-choice=setaside]");
        await Assertions.Expect(setAside).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(setAside).ToContainTextAsync("Set aside");
        if (javaScript)
        {
            await AssertAccessibleAsync(page, "phone-survey-results-not-for-me");
        }
        await page.GotoAsync("/my-clusters");
        Assert.Equal([cluster], await page.Locator("#set-aside-title ~ ul a").AllInnerTextsAsync());
    }

    [Fact]
    public async Task AResultsJobLists_ShowPayAndPlainEducation_AndFoldTheRest()
    {
        var page = await site.NewPageAsync(width: 1280, height: 900);
        await page.GotoAsync("/survey/results?s=1&s=40&s=93&s=101&after=certificate");
        await page.WaitForURLAsync(ResultAddress());

        var facts = await page.Locator("ol.match-list ul.job-links .job-facts").AllInnerTextsAsync();
        Assert.NotEmpty(facts);
        Assert.Contains(facts, f => PayFirst().IsMatch(f));
        Assert.DoesNotContain(facts, f => f.Contains("Postsecondary nondegree award", StringComparison.Ordinal));
        var more = page.Locator("details.more-jobs").First;
        if (await more.CountAsync() > 0)
        {
            await more.Locator("summary").ClickAsync();
            Assert.True(await more.Locator("ul.job-links a").First.IsVisibleAsync());
        }
        await AssertAccessibleAsync(page, "desktop-survey-results-jobs");
    }

    [GeneratedRegex(@"/survey/results/[a-z2-7]{6}-[A-Za-z0-9_-]+(\?after=[a-z]+)?$")]
    private static partial Regex ResultAddress();

    [GeneratedRegex(@"^Not for me \(")]
    private static partial Regex NotForMe();

    [GeneratedRegex(@"^\$[\d,]+ a year")]
    private static partial Regex PayFirst();
}
