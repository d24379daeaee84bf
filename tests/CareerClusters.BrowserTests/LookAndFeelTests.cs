using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// The site as a new visitor on a phone or a laptop sees it: no sideways scrolling at 320, 390 or 1280 px, each cluster's
/// icon and colour, results before filters, tables as cards, and a focus ring that shows. Saves a screenshot of every
/// page type at each width in artifacts/screenshots/ (look at them).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class LookAndFeelTests(BrowserSite site)
{
    public static TheoryData<string, string, int> PageTypesAtThreeWidths()
    {
        var data = new TheoryData<string, string, int>();
        string[][] pages =
        [
            ["home", "/"], ["clusters", "/clusters"], ["cluster", "/clusters/health-science"],
            ["pathway", "/clusters/health-science/therapeutic-services"], ["occupation", "/occupations/registered-nurses"],
            ["occupations", "/occupations"], ["guides", "/guides"], ["guide", "/guides/faq"], ["search", "/search?q=nurse"],
            ["survey", "/survey"], ["my-clusters", "/my-clusters"], ["compare", "/compare?clusters=health-science,human-services"],
            ["not-found", "/no-such-page"], ["clusters-2024", "/frameworks/2024"], ["cluster-2024", "/frameworks/2024/healthcare-and-human-services"],
            ["sub-cluster-2024", "/frameworks/2024/healthcare-and-human-services/physical-health"], ["crosswalk", "/frameworks/crosswalk"],
            ["state", "/state"], ["state-page", "/state/texas?job=registered-nurses"], ["search-state", "/search?q=nurse+in+texas"], ["search-state-only", "/search?q=texas"],
        ];
        foreach (var p in pages)
        {
            foreach (int width in new[] { 320, 390, 1280 })
            {
                data.Add(p[0], p[1], width);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PageTypesAtThreeWidths))]
    public async Task EveryPageType_FitsTheScreenWidth_AndIsPhotographed(string name, string path, int width)
    {
        var page = await site.NewPageAsync(width: width, height: width < 1000 ? 800 : 900);
        await page.GotoAsync(path);

        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await page.KeepScreenshotAsync($"{name}-{width}.png", fullPage: true);
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px screen");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ALongJobGroup_ShowsFiveJobs_AndFoldsTheRest_WhichOpenWithAClick(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: 390, height: 800);
        await page.GotoAsync("/clusters/health-science/therapeutic-services");
        const string visibleJobs = "() => [...document.querySelectorAll('#all-jobs ~ .education-groups .job-rows a')].filter(a => a.checkVisibility()).length";
        int allJobs = await page.Locator("#all-jobs ~ .education-groups .job-rows a").CountAsync();
        int shownBefore = await page.EvaluateAsync<int>(visibleJobs);
        int groups = await page.Locator("#all-jobs ~ .education-groups h3").CountAsync();

        var fold = page.Locator("#all-jobs ~ .education-groups details.more-jobs").First;
        int folded = await fold.Locator("a").CountAsync();
        await fold.Locator("summary").ClickAsync();

        Assert.True(allJobs > 60, $"therapeutic services lists {allJobs} jobs");
        // Each group shows five jobs before its fold, or all of them when there are at most seven.
        int[] shownPerGroup = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('#all-jobs ~ .education-groups > .job-rows')].map(ul => ul.nextElementSibling?.matches('details.more-jobs') ? -ul.children.length : ul.children.length)");
        Assert.Equal(groups, shownPerGroup.Length);
        Assert.All(shownPerGroup, n => Assert.True(n == -5 || n is > 0 and <= 7, $"a group shows {Math.Abs(n)} jobs{(n < 0 ? " before its fold" : "")}"));
        Assert.Equal(shownPerGroup.Sum(Math.Abs), shownBefore);
        Assert.True(shownBefore < allJobs, $"{shownBefore} of {allJobs} jobs show before any fold is opened");
        Assert.Equal(shownBefore + folded, await page.EvaluateAsync<int>(visibleJobs));
        Assert.Equal($"{folded} more jobs at this level", (await fold.Locator("summary").TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task Printed_AFoldedJobGroup_IsOnPaperToo()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/clusters/health-science/therapeutic-services");
        var lastFoldedJob = page.Locator("details.more-jobs a").Last;
        Assert.False(await lastFoldedJob.IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await lastFoldedJob.IsVisibleAsync(), "a folded job is hidden in print");
    }

    [Fact]
    public async Task OnA390pxPhone_TheFiveMenuLinksShareOneLine()
    {
        var page = await site.NewPageAsync(width: 390, height: 800);
        await page.GotoAsync("/clusters/health-science");

        var tops = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.main-nav a')].map(a => a.getBoundingClientRect().top)");
        Assert.Equal(5, tops.Length);
        string widths = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.main-nav, .main-nav a, .header-inner')].map(e => Math.round(e.getBoundingClientRect().width)).join(' ')");
        Assert.True(tops.Distinct().Count() == 1, $"menu link tops {string.Join(", ", tops)}; widths of the header, menu and links: {widths}");
    }

    [Theory]
    [InlineData("/clusters/health-science", "rgb(185, 28, 28)")]
    [InlineData("/clusters/health-science/therapeutic-services", "rgb(185, 28, 28)")]
    [InlineData("/occupations/software-developers", "rgb(29, 78, 216)")]
    public async Task ClusterPathwayAndJobPages_ShowTheClustersIconOnItsColour(string path, string colour)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);

        var icon = page.Locator("header.page-header .cluster-icon");
        Assert.Equal(colour, await icon.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        // The symbol really draws: the sprite loaded from the site, and the icon has a size.
        var box = await icon.Locator("svg").BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 20 });
        Assert.True(await page.EvaluateAsync<bool>(
            "async () => (await fetch(document.querySelector('.cluster-icon use').getAttribute('href').split('#')[0])).ok"));
    }

    [Fact]
    public async Task AHomeCard_IsOneBigLink_AndItsPathwayNamesAreLinksToo()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        var card = page.Locator("li.cluster-card").Filter(new() { HasText = "Health Science" });
        // A click anywhere on the card, here on its summary, lands on the card's link (it covers the card).
        await card.ScrollIntoViewIfNeededAsync();
        var summary = await card.Locator(".card-summary").BoundingBoxAsync();
        float x = summary!.X + summary.Width / 2, y = summary.Y + summary.Height / 2;
        Assert.Equal("/clusters/health-science", await page.EvaluateAsync<string?>(
            "p => document.elementFromPoint(p.x, p.y)?.closest('a')?.getAttribute('href')", new { x = (double)x, y = (double)y }));
        await page.Mouse.ClickAsync(x, y);
        // Expect polls the address. WaitForURL can miss a navigation a raw mouse click has already started
        // (it waits for the next one): that failed CI once, with the browser on the cluster page.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/clusters/health-science$"));

        await page.GoBackAsync();
        await page.Locator("li.cluster-card").Filter(new() { HasText = "Health Science" })
            .GetByRole(AriaRole.Link, new() { Name = "Therapeutic Services" }).ClickAsync();
        await page.WaitForURLAsync("**/clusters/health-science/therapeutic-services");
    }

    [Fact]
    public async Task TheHomeCards_AreH3sUnderTheSectionsH2()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        var levels = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#clusters-title, #clusters-title ~ * h2, #clusters-title ~ * h3')].map(h => h.tagName)");
        Assert.Equal(["H2", .. Enumerable.Repeat("H3", 16)], levels);
        Assert.Equal(79, await page.Locator(".pathway-links a").CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OnAPhone_SearchResultsStartOnTheFirstScreen_AndTheFiltersOpenFromTheirDisclosure(bool javaScript)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: 360, height: 740);
        await page.GotoAsync("/search?q=nurse");

        Assert.Equal(1, await page.Locator("input[type=search]").CountAsync());
        var first = await page.Locator("ol.results li").First.BoundingBoxAsync();
        Assert.True(first!.Y + 40 < 740, $"the first result starts at {first.Y}px, below a 740px phone screen");
        Assert.False(await page.Locator("#filter-cluster").IsVisibleAsync());

        await page.Locator(".filters summary").ClickAsync();
        Assert.True(await page.Locator("#filter-cluster").IsVisibleAsync());
        await page.Locator("#filter-cluster").SelectOptionAsync("health-science");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync("**cluster=health-science**");
        if (javaScript)
        {
            await page.KeepScreenshotAsync("phone-search-filtered.png");
        }
    }

    [Fact]
    public async Task OnAWideScreen_TheSearchFiltersAreOpenBesideTheResults()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=nurse");

        Assert.True(await page.Locator("#filter-cluster").IsVisibleAsync());
        var filters = await page.Locator(".filters").BoundingBoxAsync();
        var results = await page.Locator(".search-results").BoundingBoxAsync();
        Assert.True(filters!.X + filters.Width <= results!.X, "the filters are a column beside the results");
    }

    [Fact]
    public async Task OnAPhone_APlanOfStudyIsAStackOfCards_WithEachCellUnderItsColumnsName()
    {
        var page = await site.NewPageAsync(width: 320, height: 700);
        await page.GotoAsync("/clusters/health-science");

        var table = page.Locator("#sample-plan-of-study ~ table, #sample-plan-of-study + * table, section:has(#sample-plan-of-study) table").First;
        Assert.True(await table.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"));
        Assert.Equal("block", await table.Locator("tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        Assert.Equal("\"Math\"", await table.Locator("tbody tr").First.Locator("td").Nth(2).EvaluateAsync<string>("c => getComputedStyle(c, '::before').content"));
        await table.KeepScreenshotAsync("phone-plan-of-study.png");

        var wide = await site.NewPageAsync();
        await wide.GotoAsync("/clusters/health-science");
        Assert.Equal("table-row", await wide.Locator("section:has(#sample-plan-of-study) tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
    }

    [Theory]
    [InlineData("/clusters/health-science", "#related")]
    [InlineData("/clusters/health-science/therapeutic-services", "#other-pathways")]
    public async Task OnAWideScreen_OnThisPageStaysInView_BesideAClusterOrPathwayPage(string path, string lastSection)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);

        await page.Locator(lastSection).ScrollIntoViewIfNeededAsync();
        var toc = await page.Locator("nav.toc").BoundingBoxAsync();
        Assert.True(toc!.Y >= 0 && toc.Y < 900, "the On this page menu is in view after scrolling to the end");
        Assert.True(toc.X > 700, "the menu is a column on the right");
    }

    [Fact]
    public async Task SurveyResults_ShowTheTopThreeSideBySideOnAWideScreen_AndOneUnderAnotherOnAPhone()
    {
        const string result = "/survey/results?s=1&s=40&s=93&s=101&after=associate";
        const string cardTops = "() => [...document.querySelectorAll('ol.match-list > li')].map(li => Math.round(li.getBoundingClientRect().top))";
        const string buttonTops = "() => [...document.querySelectorAll('ol.match-list > li > .shortlist-toggle')].map(f => Math.round(f.getBoundingClientRect().top))";

        var wide = await site.NewPageAsync();
        await wide.GotoAsync(result);
        var tops = await wide.EvaluateAsync<double[]>(cardTops);
        Assert.Equal(3, tops.Length);
        Assert.True(tops.Distinct().Count() == 1, $"card tops on a wide screen: {string.Join(", ", tops)}");
        // Cards of different lengths end their shortlist buttons on one line.
        Assert.Single((await wide.EvaluateAsync<double[]>(buttonTops)).Distinct());

        var phone = await site.NewPageAsync(width: 390, height: 800);
        await phone.GotoAsync(result);
        var phoneTops = await phone.EvaluateAsync<double[]>(cardTops);
        Assert.True(phoneTops.Zip(phoneTops.Skip(1)).All(pair => pair.Second > pair.First + 100), $"card tops on a phone: {string.Join(", ", phoneTops)}");
    }

    [Theory]
    [InlineData("/", "#search-q")]
    [InlineData("/clusters/health-science", ".site-header .main-nav a")]
    [InlineData("/clusters/health-science", ".cluster-header .eyebrow + h1, .breadcrumbs a")]
    public async Task TheFocusRing_IsDarkWithAWhiteInnerRing(string path, string selector)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator(selector).First.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");

        var ring = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow]; }");
        Assert.Equal("solid", ring[0]);
        Assert.Equal("3px", ring[1]);
        Assert.True(ring[2] is "rgb(27, 31, 36)" or "rgb(255, 255, 255)", $"the ring is {ring[2]}");
        Assert.Contains("2px", ring[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_MarkTheTypedWords_ReopenOnTheDownArrowAfterEscape_AndLongTitlesKeepBesideTheirLabel()
    {
        var page = await site.NewPageAsync(width: 390, height: 800);
        await page.GotoAsync("/");
        var box = page.Locator("#search-q");

        await box.PressSequentiallyAsync("nurs", new() { Delay = 30 });
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await list.WaitForAsync();
        Assert.Equal("Nurs", await list.Locator("mark").First.InnerTextAsync(), ignoreCase: true);

        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("ArrowDown");
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.True(await list.IsVisibleAsync());
        string? chosen = await box.GetAttributeAsync("aria-activedescendant");
        Assert.Equal("true", await page.Locator($"#{chosen}").GetAttributeAsync("aria-selected"));

        // Every line of a title starts right of its label ("Job", "Pathway"), never under it.
        var wrapped = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.suggest-list [role=option]')].every(o => o.querySelector('.suggest-title').getBoundingClientRect().left >= o.querySelector('.suggest-kind').getBoundingClientRect().right)");
        Assert.True(wrapped);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.KeepScreenshotAsync("phone-search-suggestions.png");
    }

    [Theory]
    [InlineData("/", 390)]
    [InlineData("/clusters/health-science", 390)]
    [InlineData("/clusters/health-science/therapeutic-services", 390)]
    [InlineData("/search?q=nurse", 390)]
    [InlineData("/occupations/registered-nurses", 390)]
    [InlineData("/search?q=nurse", 1280)]
    [InlineData("/frameworks/2024", 390)]
    [InlineData("/frameworks/2024/healthcare-and-human-services", 390)]
    [InlineData("/frameworks/2024/healthcare-and-human-services/physical-health", 390)]
    public async Task ChangedPages_HaveNoAccessibilityViolations_OnAPhoneToo(string path, int width)
    {
        var page = await site.NewPageAsync(width: width, height: 800);
        await page.GotoAsync(path);

        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
    }
}
