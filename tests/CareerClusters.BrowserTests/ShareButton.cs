using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>The "Share" button near a page's title: a &lt;details&gt; that folds the share panel (link, QR code, print, "Add to a list").</summary>
public static class ShareButton
{
    public const string Toggle = "details.share-control > summary";

    /// <summary>Opens the page's share panel as a counselor does, with a click, and checks that it opened.</summary>
    public static async Task OpenAsync(IPage page)
    {
        var toggle = page.Locator(Toggle);
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("details.share-control")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator("details.share-control .share-panel")).ToBeVisibleAsync();
    }
}
