using System.Diagnostics;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>What a counselor does with a page: scan its QR code, copy its link, print it.</summary>
[Collection(BrowserTestGroup.Name)]
public partial class SharingTests(BrowserSite site)
{
    public const string ZbarImg = "/usr/bin/zbarimg";

    public static TheoryData<string> SharedPages => new()
    {
        "/clusters/health-science",
        "/clusters/information-technology/web-and-digital-communications",
        "/occupations/registered-nurses",
        "/guides/for-counselors",
    };

    private string UrlOf(string path) => new Uri(site.BaseAddress, path).ToString();

    [Theory]
    [MemberData(nameof(SharedPages))]
    public async Task TheQrCodeOnAPage_OpensThatPage(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);
        string qr = (await page.Locator(".share-panel img.share-qr").GetAttributeAsync("src"))!;

        Assert.Equal(UrlOf(path), await DecodeQrAsync(qr));
        Assert.Equal(UrlOf(path), (await page.Locator("link[rel=canonical]").GetAttributeAsync("href"))!);
    }

    [Fact]
    public async Task TheQrCodeOfASurveyResult_OpensThatResult_WithItsEducationPlan()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/survey");
        string version = (await page.Locator("input[name=v]").GetAttributeAsync("value"))!;
        await page.GotoAsync($"/survey/results?v={version}&s=0&s=3&s=7&after=bachelors");
        await page.WaitForURLAsync("**/survey/results/*?after=bachelors");
        string qr = (await page.Locator(".share-panel img.share-qr").GetAttributeAsync("src"))!;

        Assert.Equal(page.Url, await DecodeQrAsync(qr));
        Assert.Equal(page.Url, (await page.Locator(".share-panel [data-share-url]").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task CopyLink_PutsThePagesAddressOnTheClipboard_AndSaysSo()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Permissions = ["clipboard-read", "clipboard-write"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/clusters/health-science");
        await ShareButton.OpenAsync(page);
        var panel = page.Locator(".share-panel");

        Assert.False(await panel.GetByText("press Ctrl+P").IsVisibleAsync());
        await panel.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied.");
        Assert.Equal(UrlOf("/clusters/health-science"), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Equal("Copied ✓", await panel.Locator("[data-share-copy]").InnerTextAsync());
        await AssertAccessibleAsync(page);
        await panel.KeepScreenshotAsync("share-panel-copied.png");
        await context.CloseAsync();
    }

    [Fact]
    public async Task CopyLink_WithoutAClipboard_LeavesTheAddressSelected()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        await context.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/occupations/registered-nurses");
        await ShareButton.OpenAsync(page);

        await page.Locator(".share-panel").GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        Assert.Equal(UrlOf("/occupations/registered-nurses"), (await page.EvaluateAsync<string>("window.getSelection().toString()")).Trim());
        await Assertions.Expect(page.Locator(".share-panel [role=status]")).ToHaveTextAsync(new Regex("^(Link copied\\.|The link is selected: press Ctrl\\+C to copy it\\.)$"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_TheFullLinkIsShown_OneClickSelectsIt_AndThePanelSaysHowToPrint()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/clusters/health-science/therapeutic-services");
        await ShareButton.OpenAsync(page);
        var panel = page.Locator(".share-panel");

        Assert.Equal(UrlOf("/clusters/health-science/therapeutic-services"), (await panel.Locator("[data-share-url]").InnerTextAsync()).Trim());
        Assert.True(await panel.Locator("[data-share-url]").IsVisibleAsync());
        Assert.False(await panel.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).IsVisibleAsync());
        Assert.True(await panel.GetByText("To print this page, press Ctrl+P").IsVisibleAsync());
        Assert.True(await panel.Locator("img.share-qr").IsVisibleAsync());
        Assert.True(await panel.Locator("img.share-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Equal("all", await panel.Locator("[data-share-url]").EvaluateAsync<string>("e => getComputedStyle(e).userSelect"));
        await panel.KeepScreenshotAsync("share-panel-no-js.png");
    }

    [Theory]
    [InlineData(390, "phone")]
    [InlineData(1280, "desktop")]
    public async Task SharePanel_FitsAPhoneAndADesktop_WithoutAccessibilityViolations(int width, string name)
    {
        var page = await site.NewPageAsync(width: width);
        foreach (string path in new[] { "/clusters/health-science", "/occupations/registered-nurses" })
        {
            await page.GotoAsync(path);
            await ShareButton.OpenAsync(page);
            int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {width}px screen");
            var box = (await page.Locator(".share-panel").BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the share panel of {path} leaves the screen");
            await AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/clusters/health-science");
        await ShareButton.OpenAsync(page);
        await page.KeepScreenshotAsync($"share-{name}.png");
    }

    [Fact]
    public async Task PrintButton_OpensThePrintDialog()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/guides/for-counselors");
        await page.EvaluateAsync("window.print = () => { document.body.dataset.printed = 'yes'; }");
        await ShareButton.OpenAsync(page);

        await page.Locator(".share-panel").GetByRole(AriaRole.Button, new() { Name = "Print this page" }).ClickAsync();

        Assert.Equal("yes", await page.Locator("body").GetAttributeAsync("data-printed"));
    }

    [Fact]
    public async Task Printed_APageStartsWithItsLinkAndQrCode_WithoutNavigationOrButtons_AndShowsWhereLinksGo()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/clusters/health-science");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (string hidden in new[] { ".site-header", ".breadcrumbs", ".toc", ".header-search", ".shortlist-toggle", "[data-share-copy]", ".share-panel-title" })
        {
            Assert.Equal("none", await page.Locator(hidden).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }
        var link = (await page.Locator(".share-panel [data-share-url]").BoundingBoxAsync())!;
        var qr = (await page.Locator(".share-panel img.share-qr").BoundingBoxAsync())!;
        var heading = (await page.Locator("h1").BoundingBoxAsync())!;
        Assert.True(link.Y < heading.Y && qr.Y < heading.Y, "the link and QR code come before the page's title");
        Assert.Equal(UrlOf("/clusters/health-science"), (await page.Locator(".share-panel [data-share-url]").InnerTextAsync()).Trim());
        string internalLink = await page.Locator("main .prose a[href^='/']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Matches(@"^"" \(/clusters/health-science/[a-z-]+\)""$", internalLink);
        string externalLink = await page.Locator(".site-footer a[href^='http']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal("none", externalLink);
        await page.KeepScreenshotAsync("print-cluster.png", fullPage: true);

        await page.GotoAsync("/occupations/registered-nurses");
        string learnMore = await page.Locator("#learn-more ~ ul a[href^='https']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.StartsWith("\" (https://", learnMore, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/clusters/health-science", 4)]
    [InlineData("/clusters/information-technology", 4)]
    [InlineData("/occupations/registered-nurses", 1)]
    [InlineData("/occupations/web-developers", 1)]
    public async Task Printed_OnLetterPaper_APageTakesNoMoreThan(string path, int pages)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);
        byte[] pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = false });

        int printed = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        Assert.True(printed >= 1 && printed <= pages, $"{path} prints on {printed} pages (at most {pages})");
    }

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPage();

    /// <summary>Draws the SVG code in the browser, as a phone camera would see it on screen, and reads it with zbar.</summary>
    private async Task<string> DecodeQrAsync(string qrPath)
    {
        Assert.True(File.Exists(ZbarImg), $"{ZbarImg} is missing: run ./test.sh, which installs Debian's zbar-tools package.");
        var page = await site.NewPageAsync(width: 400, height: 400);
        await page.GotoAsync(qrPath);
        string png = Path.Combine(Path.GetTempPath(), $"cc-qr-{Guid.NewGuid():N}.png");
        try
        {
            await page.ScreenshotAsync(new() { Path = png });
            using var zbar = Process.Start(new ProcessStartInfo(ZbarImg, ["--raw", "-q", png])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            string decoded = await zbar.StandardOutput.ReadToEndAsync();
            await zbar.WaitForExitAsync();
            Assert.True(zbar.ExitCode == 0, $"zbarimg could not read the code of {qrPath}: {await zbar.StandardError.ReadToEndAsync()}");
            return decoded.Trim();
        }
        finally
        {
            File.Delete(png);
        }
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }
}
