using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CareerClusters.BrowserTests;

/// <summary>
/// On a 390x844 phone a page's own answer comes first: a cluster's jobs start within the first two screens, and a
/// job's pay, education and outlook fit the first screen; the counselor's tools wait behind one "Share" button near the
/// title. Each measuring test prints what it measured (page height, where the first job link or the facts end), so a
/// change that pushes the answer down shows in the test output.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class FirstScreenTests(BrowserSite site, ITestOutputHelper output)
{
    private const int Width = 390;
    private const int Screen = 844;

    /// <summary>Page coordinates of the first job link of a cluster's "Jobs to explore" or a pathway's job lists.</summary>
    private const string FirstJobLinkTop = """
        () => {
          const links = [...document.querySelectorAll('#jobs ~ * a[href^="/occupations/"], #featured-jobs ~ * a[href^="/occupations/"], #all-jobs ~ * a[href^="/occupations/"]')]
            .filter(a => a.checkVisibility());
          return links.length === 0 ? -1 : Math.min(...links.map(a => a.getBoundingClientRect().top + window.scrollY));
        }
        """;

    /// <summary>Page coordinates of the bottom of a job's at-a-glance figure whose label starts with the given words.</summary>
    private const string FactBottom = """
        label => {
          const dt = [...document.querySelectorAll('.at-a-glance dt')].find(d => d.textContent.trim().startsWith(label));
          return dt ? dt.nextElementSibling.getBoundingClientRect().bottom + window.scrollY : -1;
        }
        """;

    /// <summary>Whether a box (the Share button) overlaps the text of the header's eyebrow (its box less its right padding).</summary>
    private const string CoversEyebrow = """
        ([left, top, right, bottom]) => {
          const e = document.querySelector('header.page-header .eyebrow');
          if (!e) return false;
          const r = e.getBoundingClientRect(), textRight = r.right - parseFloat(getComputedStyle(e).paddingRight);
          return !(textRight <= left || r.left >= right || r.bottom <= top || r.top >= bottom);
        }
        """;

    private static readonly string[] SharePaths =
    [
        "/clusters/health-science",
        "/clusters/health-science/therapeutic-services",
        "/occupations/registered-nurses",
        "/frameworks/2024/healthcare-and-human-services",
        "/guides/for-counselors",
        "/frameworks/crosswalk",
    ];

    public static TheoryData<string> PagesWithTheShareButton => new(SharePaths);

    private async Task<IPage> PhoneAsync(bool javaScript = true) => await site.NewPageAsync(javaScriptEnabled: javaScript, width: Width, height: Screen);

    private static async Task<int> HeightAsync(IPage page) => await page.EvaluateAsync<int>("document.documentElement.scrollHeight");

    private static string Px(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The address of every cluster of a framework, from its list page.</summary>
    private static async Task<IReadOnlyList<string>> ClusterPathsAsync(IPage page, string listPath)
    {
        await page.GotoAsync(listPath);
        return await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.cluster-card .card-link')].map(a => a.getAttribute('href'))");
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{what}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task OnAPhone_EveryClustersFirstJobLink_IsWithinTheFirstTwoScreens()
    {
        var page = await PhoneAsync();
        var paths = (await ClusterPathsAsync(page, "/clusters")).Concat(await ClusterPathsAsync(page, "/frameworks/2024")).ToList();
        Assert.Equal(16 + 14, paths.Count);

        var late = new List<string>();
        output.WriteLine($"cluster pages at {Width}x{Screen}: page height, y of the first job link, y of the first pathway link");
        foreach (string path in paths)
        {
            await page.GotoAsync(path);
            double job = await page.EvaluateAsync<double>(FirstJobLinkTop);
            double pathway = await page.EvaluateAsync<double>("() => { const a = document.querySelector('#pathways ~ .card-grid a'); return a ? a.getBoundingClientRect().top + window.scrollY : -1; }");
            output.WriteLine($"{path}: height {await HeightAsync(page)}, first job link {Px(job)}, first pathway {Px(pathway)}");
            if (job < 0 || job >= 2 * Screen || pathway < 0 || pathway >= 2 * Screen)
            {
                late.Add($"{path} (job {Px(job)}, pathway {Px(pathway)})");
            }
        }
        Assert.True(late.Count == 0, $"the first job or pathway link is not within the first two screens ({2 * Screen}px) on: {string.Join(", ", late)}");
    }

    [Theory]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/clusters/information-technology/web-and-digital-communications")]
    [InlineData("/clusters/architecture-and-construction/construction")]
    [InlineData("/frameworks/2024/healthcare-and-human-services/physical-health")]
    public async Task OnAPhone_APathwaysFirstJobLink_IsWithinTheFirstTwoScreens(string path)
    {
        var page = await PhoneAsync();
        await page.GotoAsync(path);

        double job = await page.EvaluateAsync<double>(FirstJobLinkTop);
        double glance = await page.EvaluateAsync<double>("() => document.querySelector('.at-a-glance').getBoundingClientRect().bottom + window.scrollY");
        output.WriteLine($"{path} at {Width}x{Screen}: height {await HeightAsync(page)}, at a glance ends at {Px(glance)}, first job link {Px(job)}");
        Assert.InRange(job, 0, 2 * Screen - 1);
    }

    [Theory]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/occupations/electricians")]
    [InlineData("/occupations/welders-cutters-solderers-and-brazers")]
    [InlineData("/occupations/automotive-service-technicians-and-mechanics")]
    [InlineData("/occupations/software-developers")]
    [InlineData("/occupations/supply-chain-managers")]
    [InlineData("/occupations/electromechanical-equipment-assemblers")]
    [InlineData("/occupations/grinding-lapping-polishing-and-buffing-machine-tool-setters-operators-and-tenders-metal-and-plastic")]
    [InlineData("/occupations/biofuels-biodiesel-technology-and-product-development-managers")]
    public async Task OnAPhone_AJobsPayEducationAndOutlook_AreOnTheFirstScreen_RightAfterTheTitle(string path)
    {
        var page = await PhoneAsync();
        await page.GotoAsync(path);

        double pay = await page.EvaluateAsync<double>(FactBottom, "Median pay");
        double education = await page.EvaluateAsync<double>(FactBottom, "Typical education");
        double outlook = await page.EvaluateAsync<double>(FactBottom, "Job outlook");
        double glance = await page.EvaluateAsync<double>("() => document.querySelector('.at-a-glance').getBoundingClientRect().top + window.scrollY");
        output.WriteLine($"{path} at {Width}x{Screen}: height {await HeightAsync(page)}, at a glance starts at {Px(glance)}; bottom of pay {Px(pay)}, education {Px(education)}, outlook {Px(outlook)}");
        Assert.InRange(pay, 1, Screen);
        Assert.InRange(education, 1, Screen);
        Assert.InRange(outlook, 1, Screen);
        // "At a glance" is the first thing after the title: the page's header, then the facts.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('article > header.page-header').nextElementSibling.matches('section.at-a-glance')"));
        // The job's other names follow the facts, under "What the work is like".
        Assert.Equal(0, await page.Locator("header.page-header .also-called").CountAsync());
        Assert.Equal(await page.Locator(".also-called").CountAsync(), await page.Locator("section:has(> #about-job) > .also-called").CountAsync());
    }

    [Theory]
    [MemberData(nameof(PagesWithTheShareButton))]
    public async Task TheCounselorsTools_WaitBehindOneShareButtonNearTheTitle_ThatOpensWithoutJavaScript(string path)
    {
        foreach (bool javaScript in new[] { false, true })
        {
            var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: Width, height: Screen);
            await page.GotoAsync(path);
            var toggle = page.Locator(ShareButton.Toggle);
            var panel = page.Locator(".share-panel");

            // Closed: one button, inside the page's header and no lower than the title's last line; nothing else of the panel shows.
            Assert.Equal(1, await toggle.CountAsync());
            Assert.Equal("Share", (await toggle.InnerTextAsync()).Trim());
            Assert.False(await panel.IsVisibleAsync());
            Assert.False(await page.Locator("img.share-qr").IsVisibleAsync());
            Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Add to a list" }).IsVisibleAsync());
            var button = (await toggle.BoundingBoxAsync())!;
            var header = (await page.Locator("header.page-header").BoundingBoxAsync())!;
            var title = (await page.Locator("h1").BoundingBoxAsync())!;
            Assert.True(button.Y >= header.Y && button.Y + button.Height <= header.Y + header.Height, $"the Share button of {path} is outside its header");
            Assert.True(button.Y < title.Y + title.Height + 250, $"the Share button of {path} is far from the title ({button.Y} vs {title.Y})");
            // A target a thumb can hit (WCAG 2.2 asks at least 24px; it is 44px).
            Assert.True(button.Height >= 44 && button.Width >= 44, $"the Share button is {button.Width}x{button.Height}px");
            Assert.True(button.X >= 0 && button.X + button.Width <= Width, "the Share button leaves the screen");
            // Beside the eyebrow it covers none of its text, nor the title.
            bool coversEyebrow = await page.EvaluateAsync<bool>(CoversEyebrow, new double[] { button.X, button.Y, button.X + button.Width, button.Y + button.Height });
            Assert.False(coversEyebrow, $"the Share button of {path} covers its eyebrow");
            Assert.True(title.Y >= button.Y + button.Height || title.Y + title.Height <= button.Y, $"the Share button of {path} covers its title");

            // Open: the link, the QR code and the print hint or buttons, and "Add to a list" on pages a list can hold.
            await ShareButton.OpenAsync(page);
            Assert.True(await panel.Locator("[data-share-url]").IsVisibleAsync());
            Assert.True(await panel.Locator("img.share-qr").IsVisibleAsync());
            Assert.Equal(javaScript, await panel.GetByRole(AriaRole.Button, new() { Name = "Print this page" }).IsVisibleAsync());
            bool listable = !path.StartsWith("/guides/", StringComparison.Ordinal);
            Assert.Equal(listable, await panel.GetByRole(AriaRole.Link, new() { Name = "Add to a list" }).IsVisibleAsync());
            var box = (await panel.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= Width, $"the open panel of {path} leaves the screen");
            Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));

            // A second click folds it again.
            await toggle.ClickAsync();
            Assert.False(await panel.IsVisibleAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheShareButton_WorksFromTheKeyboard_WithAVisibleFocusRing_AndEscapeClosesIt()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/occupations/registered-nurses");
        var toggle = page.Locator(ShareButton.Toggle);
        var control = page.Locator("details.share-control");

        // Tab reaches it after the title's link (the eyebrow's pathway), before the facts.
        await page.Locator(".cluster-header .eyebrow a").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab after the title reaches the Share button");
        var ring = await toggle.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.Equal(["solid", "3px"], ring);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control).ToHaveAttributeAsync("open", "");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.share-panel').contains(document.activeElement)"), "the next Tab goes into the panel");
        await AssertAccessibleAsync(page, "an open share panel on a phone");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(control).Not.ToHaveAttributeAsync("open", "");
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"), "Escape puts the focus back on the Share button");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(control).ToHaveAttributeAsync("open", "");
    }

    [Theory]
    [InlineData("/clusters/health-science")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/guides/for-counselors")]
    public async Task Printed_ThePanelShowsItsLinkAndQrCodeAboveTheTitle_AndTheShareButtonDoesNot(string path)
    {
        foreach (bool open in new[] { false, true })
        {
            var page = await site.NewPageAsync();
            await page.GotoAsync(path);
            if (open)
            {
                await ShareButton.OpenAsync(page);
            }
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            Assert.Equal("none", await page.Locator(ShareButton.Toggle).EvaluateAsync<string>("e => getComputedStyle(e).display"));
            var link = page.Locator(".share-panel [data-share-url]");
            var qr = page.Locator(".share-panel img.share-qr");
            Assert.True(await link.IsVisibleAsync() && await qr.IsVisibleAsync(), $"{path} prints without its link or QR code (panel open: {open})");
            Assert.Equal("none", await page.Locator(".share-panel").EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
            Assert.Equal("1", await page.Locator(".share-panel").EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
            var heading = (await page.Locator("h1").BoundingBoxAsync())!;
            Assert.True((await link.BoundingBoxAsync())!.Y < heading.Y && (await qr.BoundingBoxAsync())!.Y < heading.Y, "the link and QR code come before the title");
            Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Add to a list" }).IsVisibleAsync(), "a counselor's link is not printed");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task ThePagesWithTheShareButton_PassAxe_ClosedAndOpen(int width)
    {
        var page = await site.NewPageAsync(width: width, height: width < 1000 ? Screen : 900);
        foreach (string path in SharePaths)
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page, $"{path} at {width}px");
            await ShareButton.OpenAsync(page);
            await AssertAccessibleAsync(page, $"{path} at {width}px, share panel open");
        }
    }

    [Fact]
    public async Task OnAPhone_OnThisPageIsOneClosedLine_AndOnAWideScreenItIsOpenBesideThePage()
    {
        var phone = await PhoneAsync();
        await phone.GotoAsync("/clusters/health-science");
        Assert.False(await phone.Locator("nav.toc details").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await phone.Locator("nav.toc a").First.IsVisibleAsync());
        Assert.True((await phone.Locator("nav.toc").BoundingBoxAsync())!.Height < 60);
        await phone.Locator("nav.toc summary").ClickAsync();
        Assert.True(await phone.Locator("nav.toc a[href='#jobs']").IsVisibleAsync());

        var wide = await site.NewPageAsync();
        await wide.GotoAsync("/clusters/health-science");
        Assert.True(await wide.Locator("nav.toc a[href='#jobs']").IsVisibleAsync());
    }

    [Fact]
    public async Task OnAPhone_AClustersPathwaysAreOneRowOfCards_ThatTheKeyboardScrollsThrough()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/clusters/transportation-distribution-and-logistics");
        var cards = page.Locator(".pathway-cards > li");

        int count = await cards.CountAsync();
        Assert.Equal(7, count);
        var tops = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.pathway-cards > li')].map(li => Math.round(li.getBoundingClientRect().top))");
        Assert.Single(tops.Distinct());
        Assert.True(await page.Locator(".pathway-cards").EvaluateAsync<bool>("ul => ul.scrollWidth > ul.clientWidth"), "the row scrolls sideways");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));

        // The last card's link, reached with the keyboard, scrolls into view inside the row.
        await cards.Nth(count - 1).Locator("a").FocusAsync();
        var last = (await cards.Nth(count - 1).BoundingBoxAsync())!;
        Assert.True(last.X >= 0 && last.X + last.Width <= Width, $"the focused last pathway sits at {last.X}..{last.X + last.Width}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotDirectory, "phone-cluster-first-screens.png"), FullPage = false, Clip = new() { X = 0, Y = 0, Width = Width, Height = 2 * Screen } });
    }
}
