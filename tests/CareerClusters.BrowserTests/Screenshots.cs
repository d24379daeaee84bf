using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// Screenshots of the pages and parts the tests visit, saved in artifacts/screenshots/ for people to look at after a
/// run. CI (CI=true) throws them away with its clone, so there they are not taken: full-page screenshots were close to
/// half the time of the tests that take them. No test's assertion depends on these files.
/// </summary>
public static class Screenshots
{
    public static bool AreKept => !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static Task KeepScreenshotAsync(this IPage page, string fileName, bool fullPage = false) =>
        AreKept ? page.ScreenshotAsync(new() { Path = PathOf(fileName), FullPage = fullPage }) : Task.CompletedTask;

    public static Task KeepScreenshotAsync(this ILocator part, string fileName) =>
        AreKept ? part.ScreenshotAsync(new() { Path = PathOf(fileName) }) : Task.CompletedTask;

    private static string PathOf(string fileName) => Path.Combine(BrowserSite.ScreenshotDirectory, fileName);
}
