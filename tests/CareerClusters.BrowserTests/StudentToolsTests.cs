using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>The interest survey, the shortlist and the comparison, as a student and a counselor use them.</summary>
[Collection(BrowserTestGroup.Name)]
public partial class StudentToolsTests(BrowserSite site)
{
    // A student who likes computers, puzzles and building things.
    private static readonly string[] TechStatements =
    [
        "I like figuring out why a computer or phone is acting up.",
        "I like building or upgrading computers.",
        "I like logic puzzles and step-by-step thinking.",
        "I enjoy solving puzzles and brain teasers.",
        "I like designing and building things, like bridges from craft sticks.",
    ];

    private static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        var results = await page.RunAxe();
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    [Fact]
    public async Task WithJavaScript_TheSurveyGoesPartByPart_KeepsAnswersThroughAReload_AndEndsInAResultToShare()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/survey");
        var where = page.Locator(".survey-where");
        Assert.Matches(@"^Part 1 of \d+$", await where.InnerTextAsync());
        Assert.Equal(1, await page.Locator("fieldset.survey-step:visible").CountAsync());
        await AssertAccessibleAsync(page, "survey");

        int parts = int.Parse(PartCount().Match(await where.InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        bool reloaded = false;
        for (int part = 1; part < parts; part++)
        {
            foreach (string statement in TechStatements)
            {
                var box = page.GetByLabel(statement, new() { Exact = true });
                if (await box.IsVisibleAsync())
                {
                    await box.CheckAsync();
                }
            }
            if (part == 2 && !reloaded)
            {
                // A reload keeps the answers and the place.
                int ticked = await page.Locator("input[name=s]:checked").CountAsync();
                await page.ReloadAsync();
                Assert.Equal($"Part 2 of {parts}", await where.InnerTextAsync());
                Assert.Equal(ticked, await page.Locator("input[name=s]:checked").CountAsync());
                reloaded = true;
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            Assert.Equal($"Part {part + 1} of {parts}", await where.InnerTextAsync());
        }
        Assert.Equal($"{TechStatements.Length} statements ticked so far", await page.Locator(".survey-count").InnerTextAsync());
        await page.GetByLabel("A bachelor's degree", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/survey/results/[a-z2-7]{6}-[A-Za-z0-9_-]+\?after=bachelors$"));
        var top = page.Locator("ol.match-list > li");
        Assert.Equal("Information Technology", await top.Nth(0).Locator("h3 a").InnerTextAsync());
        Assert.Equal("Science, Technology, Engineering & Mathematics", await top.Nth(1).Locator("h3 a").InnerTextAsync());
        Assert.Contains("“I like building or upgrading computers.”", await top.Nth(0).Locator("ul.said").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await top.Nth(0).Locator("ul.job-links li").CountAsync() > 0);
        Assert.Contains("Jobs that usually start with a bachelor's degree:", await top.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "survey-results");

        // The student shortlists the top two, from the result page, without leaving it.
        await top.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Add to shortlist (Information Technology)" }).ClickAsync();
        await top.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Add to shortlist (Science, Technology, Engineering & Mathematics)" }).ClickAsync();
        var itButton = top.Nth(0).Locator("button[data-choice=shortlist]");
        await Assertions.Expect(itButton).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(itButton).ToHaveAccessibleNameAsync("Shortlisted (Information Technology)");
        Assert.StartsWith("✓ Shortlisted", await itButton.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("body > [role=status]")).ToHaveTextAsync("Science, Technology, Engineering & Mathematics is on your shortlist.");
        string resultUrl = page.Url;
        string shared = (await page.Locator(".share-panel [data-share-url]").InnerTextAsync()).Trim();
        Assert.Equal(resultUrl, shared);

        // Compare them, from the shortlist.
        await page.GotoAsync("/my-clusters");
        Assert.Equal(2, await page.Locator("#shortlist-title ~ ul.card-grid > li").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/compare?clusters=information-technology&clusters=science-technology-engineering-and-mathematics");
        Assert.Equal(2, await page.Locator(".compare-grid > article").CountAsync());

        // A counselor opens the same link in another browser and sees the same result.
        var counselor = await site.NewPageAsync(width: 1024);
        await counselor.GotoAsync(shared);
        var counselorTop = counselor.Locator("ol.match-list > li h3 a");
        Assert.Equal(["Information Technology", "Science, Technology, Engineering & Mathematics"], await counselorTop.AllInnerTextsAsync());
        Assert.Equal("false", await counselor.Locator("ol.match-list > li button[data-choice=shortlist]").First.GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task WithoutJavaScript_TheSurveyIsOnePlainForm_ThatGivesTheSameResult()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/survey");
        int steps = await page.Locator("fieldset.survey-step").CountAsync();
        Assert.Equal(steps, await page.Locator("fieldset.survey-step:visible").CountAsync());
        Assert.Equal(0, await page.Locator(".survey-progress").CountAsync());

        foreach (string statement in TechStatements)
        {
            await page.GetByLabel(statement, new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("A bachelor's degree", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/survey/results/[a-z2-7]{6}-[A-Za-z0-9_-]+\?after=bachelors$"));
        Assert.Equal("Information Technology", await page.Locator("ol.match-list > li h3 a").First.InnerTextAsync());

        // Without JavaScript the shortlist buttons are small form posts that come back to the same place.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add both to my shortlist" }).ClickAsync();
        await page.WaitForURLAsync("**/my-clusters");
        Assert.Equal(["Information Technology", "Science, Technology, Engineering & Mathematics"],
            await page.Locator("#shortlist-title ~ ul.card-grid h3 a").AllInnerTextsAsync());
    }

    [Fact]
    public async Task WithJavaScript_ShortlistAndSetAsideChangeInPlace_AndTheHomeGridHidesWhatWasSetAside()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        var finance = page.Locator("#shortlist-finance");
        var marketing = page.Locator("#shortlist-marketing");

        // Keyboard only: focus the button and press Enter.
        await finance.GetByRole(AriaRole.Button, new() { Name = "Add to shortlist (Finance)" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(finance.Locator("[data-choice=shortlist]")).ToHaveAttributeAsync("aria-pressed", "true");
        // Focus stays on the button, whose words now say what it is.
        Assert.Equal("shortlist", await page.EvaluateAsync<string>("document.activeElement.dataset.choice"));
        Assert.Contains("Shortlisted", await page.EvaluateAsync<string>("document.activeElement.innerText"), StringComparison.Ordinal);
        Assert.Equal(new Uri(site.BaseAddress, "/").ToString(), page.Url);

        await marketing.GetByRole(AriaRole.Button, new() { Name = "Not for me (Marketing)" }).ClickAsync();
        await Assertions.Expect(marketing.Locator("[data-choice=setaside]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(marketing.Locator("[data-choice=setaside]")).ToContainTextAsync("Set aside");

        await page.ReloadAsync();
        Assert.Equal(15, await page.Locator("#clusters-title ~ ul > li").CountAsync());
        Assert.Equal("true", await page.Locator("#shortlist-finance [data-choice=shortlist]").GetAttributeAsync("aria-pressed"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Show all 16" }).ClickAsync();
        Assert.Equal(16, await page.Locator("#clusters-title ~ ul > li").CountAsync());
        await AssertAccessibleAsync(page, "home-with-shortlist");

        await page.GotoAsync("/my-clusters");
        Assert.Equal(["Finance"], await page.Locator("#shortlist-title ~ ul.card-grid h3 a").AllInnerTextsAsync());
        Assert.Equal(["Marketing"], await page.Locator("#set-aside-title ~ ul a").AllInnerTextsAsync());
        Assert.EndsWith("/my-clusters?c=finance", await page.Locator("#share-link").InputValueAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "my-clusters");

        // The share link shows the same shortlist to someone else, who can copy it into theirs.
        var friend = await site.NewPageAsync();
        await friend.GotoAsync(await page.Locator("#share-link").InputValueAsync());
        Assert.Equal(["Finance"], await friend.Locator("ul.card-grid h2 a").AllInnerTextsAsync());
        await friend.GetByRole(AriaRole.Button, new() { Name = "Add it to my own shortlist" }).ClickAsync();
        await friend.WaitForURLAsync("**/my-clusters");
        Assert.Equal(["Finance"], await friend.Locator("#shortlist-title ~ ul.card-grid h3 a").AllInnerTextsAsync());
    }

    [Fact]
    public async Task WithoutJavaScript_AShortlistButtonPostsAndComesBackToTheSameCard()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/clusters");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to shortlist (Health Science)" }).ClickAsync();

        await page.WaitForURLAsync("**/clusters#shortlist-health-science");
        Assert.Equal("true", await page.Locator("#shortlist-health-science [data-choice=shortlist]").GetAttributeAsync("aria-pressed"));
        Assert.Equal("false", await page.Locator("#shortlist-finance [data-choice=shortlist]").GetAttributeAsync("aria-pressed"));
        await page.GotoAsync("/clusters/health-science");
        Assert.Equal("true", await page.Locator("#shortlist-health-science [data-choice=shortlist]").GetAttributeAsync("aria-pressed"));
    }

    public static TheoryData<string, string> StudentPages => new()
    {
        { "survey", "/survey" },
        { "survey-result", "/survey/results?s=1&s=40&s=93&s=101&after=associate" },
        { "survey-no-answers", "/survey/results?s=" },
        { "survey-old-link", "/survey/results/aaaaaa-AA" },
        { "my-clusters", "/my-clusters" },
        { "shared-shortlist", "/my-clusters?c=health-science,finance" },
        { "compare-clusters", "/compare?clusters=information-technology,science-technology-engineering-and-mathematics,health-science" },
        { "compare-pathways", "/compare?pathways=network-systems,programming-and-software-development" },
        { "compare-picker", "/compare?clusters=finance" },
    };

    [Theory]
    [MemberData(nameof(StudentPages))]
    public async Task StudentPages_OnAPhone_DoNotScrollSideways_AndHaveNoAccessibilityViolations(string name, string path)
    {
        var phone = await site.NewPageAsync(width: 360, height: 740);
        await phone.GotoAsync(path);
        await AssertNoSidewaysScrollAsync(phone);
        await AssertAccessibleAsync(phone, $"phone-{name}");

        var desktop = await site.NewPageAsync();
        await desktop.GotoAsync(path);
        await AssertAccessibleAsync(desktop, $"desktop-{name}");
    }

    [Fact]
    public async Task OnAPhone_ACardsTwoShortlistButtonsShareOneRow()
    {
        var phone = await site.NewPageAsync(width: 360, height: 740);
        await phone.GotoAsync("/");

        var tops = await phone.Locator("#shortlist-agriculture-food-and-natural-resources button").EvaluateAllAsync<double[]>("buttons => buttons.map(b => b.getBoundingClientRect().top)");

        Assert.Equal(2, tops.Length);
        Assert.Equal(tops[0], tops[1]);
    }

    [GeneratedRegex(@"of (\d+)$")]
    private static partial Regex PartCount();
}
