using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>
/// A list's editor on a phone (issue 22): "Copy" puts each link on the clipboard, leaving with unsaved notes asks
/// first, "Remove" asks first, the new pages pass axe, and "Add to a list" never prints; two tabs on one list meet the
/// "changed meanwhile" page (issue 24).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class ListEditorTests(BrowserSite site)
{
    private static async Task ShootAndCheckAsync(IPage page, string name)
    {
        await page.KeepScreenshotAsync($"{name}.png", fullPage: true);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0, $"{name}: " + string.Join("; ", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
    }

    private async Task<IPage> PhoneWithClipboardAsync(int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            Permissions = ["clipboard-read", "clipboard-write"],
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Makes a list of two pages in the editor; the page is left on the editor.</summary>
    private static async Task MakeListAsync(IPage page, string? firstEditor = null)
    {
        await page.GotoAsync("/lists/new");
        await page.GetByLabel("Title").FillAsync("Grade 9 health careers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the list" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/**");
        Assert.Matches("^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$", (await page.Locator(".recovery-code").InnerTextAsync()).Trim());
        if (firstEditor is not null)
        {
            await ShootAndCheckAsync(page, firstEditor);
        }
        foreach (string job in new[] { "pharmacist", "dental hygienist" })
        {
            await page.GetByLabel("Search clusters, pathways and jobs").FillAsync(job);
            await page.GetByLabel("Search clusters, pathways and jobs").PressAsync("Enter");
            await page.WaitForURLAsync("**?q=*");
            await page.Locator(".found-pages button[name=page]").First.ClickAsync();
            await page.WaitForURLAsync("**?added=*");
        }
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task CopyButtons_PutEachLinkOnTheClipboard_AndLeavingWithUnsavedNotesAsksFirst(int width)
    {
        var page = await PhoneWithClipboardAsync(width);
        string suffix = width > 800 ? "desktop" : "phone";
        await page.GotoAsync("/lists/new");
        await ShootAndCheckAsync(page, $"{suffix}-list-new");
        await MakeListAsync(page, $"{suffix}-list-editor-first");
        Assert.Equal(2, await page.Locator(".list-items > li").CountAsync());
        Assert.Equal(0, await page.Locator(".recovery-code").CountAsync());
        await ShootAndCheckAsync(page, $"{suffix}-list-editor-safe");

        // Copy: the edit link, then the students' link.
        string editLink = await page.Locator("#edit-link").InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy your edit link" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status]")).ToHaveTextAsync("Your edit link is copied.");
        Assert.Equal(editLink, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the students' link" }).ClickAsync();
        Assert.Equal(await page.Locator("#public-link").InputValueAsync(), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Matches("^http://[^/]+/lists/[2-9a-hjkmnp-z]{7}$", await page.Locator("#public-link").InputValueAsync());

        // A note typed and not saved: following a link asks first, and staying keeps the note.
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.DismissAsync();
        };
        var note = page.GetByLabel("Note for students").First;
        await note.ClickAsync();
        await note.PressSequentiallyAsync("Ask Ms. Lee");
        await page.GetByRole(AriaRole.Link, new() { Name = "See the list as students will" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(["beforeunload"], dialogs);
        Assert.Contains("/edit/", page.Url, StringComparison.Ordinal);
        Assert.Equal("Ask Ms. Lee", await note.InputValueAsync());

        // "Remove" asks too; dismissed, nothing happens.
        await page.Locator(".list-items > li").Nth(1).Locator("button[data-confirm]").ClickAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(["beforeunload", "confirm"], dialogs);
        Assert.Equal(2, await page.Locator(".list-items > li").CountAsync());

        // Saved, the page may be left without a question.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).First.ClickAsync();
        await page.WaitForURLAsync("**?saved=1");
        await page.GetByRole(AriaRole.Link, new() { Name = "See the list as students will" }).ClickAsync();
        await page.WaitForURLAsync("**/lists/*");
        Assert.DoesNotContain("/edit/", page.Url, StringComparison.Ordinal);
        Assert.Equal(2, dialogs.Count);
        Assert.Contains("Ask Ms. Lee", await page.Locator(".list-items").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutJavaScript_RemoveAsksOnAPage_AndTheOtherSafetyPagesPassAxe()
    {
        var page = await site.NewPageAsync(javaScriptEnabled: false, width: 390);
        await MakeListAsync(page);
        string editPath = new Uri(page.Url).AbsolutePath;
        Assert.True(await page.Locator("[data-copy]").First.IsHiddenAsync());
        await page.GetByLabel("Note for students").First.FillAsync("Typed, then removed the other one");
        await page.Locator(".list-items > li").Nth(1).Locator("button[data-confirm]").ClickAsync();
        await page.WaitForURLAsync("**/remove");
        await page.KeepScreenshotAsync("phone-no-js-list-remove.png", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/**");
        Assert.Equal(1, await page.Locator(".list-items > li").CountAsync());
        Assert.Equal("Typed, then removed the other one", await page.GetByLabel("Note for students").InputValueAsync());

        // With JavaScript: the question page, recovery, delete, restore and the deleted list's page pass axe.
        var phone = await site.NewPageAsync(width: 390);
        string publicPath = editPath[..editPath.IndexOf("/edit/", StringComparison.Ordinal)];
        int itemId = int.Parse((await page.Locator(".list-items > li").First.GetAttributeAsync("id"))!["item-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (path, name) in new[] { ($"{editPath}/items/{itemId}/remove", "list-remove"), ("/lists/recover", "list-recover"), ($"{editPath}/delete", "list-delete") })
        {
            await phone.GotoAsync(path);
            await ShootAndCheckAsync(phone, $"phone-{name}");
        }
        await phone.GetByRole(AriaRole.Button, new() { Name = "Delete the list" }).ClickAsync();
        await phone.WaitForURLAsync("**" + editPath);
        await ShootAndCheckAsync(phone, "phone-list-restore");
        await phone.GotoAsync(publicPath);
        await ShootAndCheckAsync(phone, "phone-list-deleted");
        Assert.Equal("This list was deleted", await phone.Locator("h1").InnerTextAsync());
        await phone.GotoAsync(editPath);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Restore the list" }).ClickAsync();
        await phone.WaitForURLAsync("**?restored=1");
        await phone.GotoAsync(publicPath);
        Assert.Equal("Grade 9 health careers", await phone.Locator("h1").InnerTextAsync());
    }

    /// <summary>
    /// Two tabs on one list (issue 24): the later save is shown the "changed meanwhile" page (which passes axe and fits the
    /// screen), with its own note kept and the other tab's change shown; leaving that page asks first, saving it does not.
    /// </summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task TheLaterOfTwoTabs_IsShownWhatChangedMeanwhile_AndItsSaveNeedsNoQuestion(int width)
    {
        string suffix = width > 800 ? "desktop" : "phone";
        var first = await site.NewPageAsync(width: width);
        await MakeListAsync(first);
        string editPath = new Uri(first.Url).AbsolutePath;
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(editPath);

        await first.GetByLabel("Title").FillAsync("Grade 9 health careers, spring");
        await first.GetByLabel("Note for students").First.FillAsync("Bring a question for the pharmacist");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).First.ClickAsync();
        await first.WaitForURLAsync("**?saved=1");
        await second.GetByLabel("Note for students").First.FillAsync("Ask Ms. Lee about the hospital visit");
        await second.GetByLabel("Note for students").Nth(1).FillAsync("Due Friday");
        var conflict = await second.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).First.ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(409, conflict.Status);
        await Assertions.Expect(second.Locator(".notice.changed")).ToContainTextAsync("This list changed after you opened it");
        Assert.Equal("Grade 9 health careers, spring", await second.GetByLabel("Title").InputValueAsync());
        Assert.Equal("Ask Ms. Lee about the hospital visit", await second.GetByLabel("Note for students").First.InputValueAsync());
        Assert.Equal("Due Friday", await second.GetByLabel("Note for students").Nth(1).InputValueAsync());
        await Assertions.Expect(second.Locator(".meanwhile")).ToHaveTextAsync("The list now says: \u201cBring a question for the pharmacist\u201d");
        await ShootAndCheckAsync(second, $"{suffix}-list-changed-meanwhile");

        // What is typed there is not saved yet: following a link asks first (and staying keeps it).
        var dialogs = new List<string>();
        second.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.DismissAsync();
        };
        await second.GetByLabel("Note for students").Nth(1).ClickAsync();
        await second.GetByRole(AriaRole.Link, new() { Name = "See the list as students will" }).ClickAsync();
        await second.WaitForTimeoutAsync(500);
        Assert.Equal(["beforeunload"], dialogs);

        // Saving it goes through without a question, and keeps both tabs' changes.
        await second.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).First.ClickAsync();
        await second.WaitForURLAsync("**?saved=1");
        Assert.Equal(["beforeunload"], dialogs);
        Assert.Equal("Grade 9 health careers, spring", await second.GetByLabel("Title").InputValueAsync());
        Assert.Equal(["Ask Ms. Lee about the hospital visit", "Due Friday"], await second.GetByLabel("Note for students").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)"));
    }

    [Theory]
    [InlineData("/clusters/health-science")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/frameworks/2024/healthcare-and-human-services")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/frameworks/crosswalk")]
    public async Task AddToAList_IsOnTheScreen_ButNeverPrinted(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(path);
        // It sits in the Share panel, folded behind the Share button until opened.
        await page.Locator("summary.share-toggle").ClickAsync();
        var addToList = page.Locator(".add-to-list");
        Assert.True(await addToList.IsVisibleAsync(), $"{path} has no Add to a list");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("none", await addToList.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.DoesNotContain("Add to a list", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
