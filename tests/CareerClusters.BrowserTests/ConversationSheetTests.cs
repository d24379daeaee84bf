using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CareerClusters.BrowserTests.ClassPages;

namespace CareerClusters.BrowserTests;

/// <summary>
/// The conversation sheet (issue 22) prints on one US Letter page at its fullest (every statement ticked, a long
/// shortlist, a counselor's list with long notes), and the name typed on screen is printed but never sent.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public partial class ConversationSheetTests(BrowserSite site)
{
    private const string Name = "Maya Q. Student";

    /// <summary>A counselor's list of eight jobs, each with a note as long as a note can be; returns its code.</summary>
    private async Task<string> LongListAsync()
    {
        using var client = Client(site);
        string form = await client.GetStringAsync(new Uri("/lists/new", UriKind.Relative));
        string token = Token().Match(form).Groups[1].Value;
        using var created = await client.PostAsync(new Uri("/lists/new", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["title"] = "Careers to talk about with Ms. Rivera, grade 9 and 10, spring term",
        }));
        string edit = created.Headers.Location!.OriginalString;
        var jobs = Directory.EnumerateFiles(Path.Combine(BrowserSite.RepositoryRoot, "content", "occupations"), "*.md").Order(StringComparer.Ordinal).Take(8);
        foreach (string job in jobs)
        {
            using (await client.PostAsync(new Uri(edit + "/items", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["page"] = "/occupations/" + Path.GetFileNameWithoutExtension(job),
            })))
            {
            }
        }
        string editor = await client.GetStringAsync(new Uri(edit, UriKind.Relative));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["title"] = "Careers to talk about with Ms. Rivera, grade 9 and 10, spring term" };
        foreach (Match note in NoteField().Matches(editor))
        {
            fields[note.Groups[1].Value] = string.Concat(Enumerable.Repeat("Ask about job shadowing and the summer program. ", 11))[..500];
        }
        using var saved = await client.PostAsync(new Uri(edit, UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        return edit.Split('/')[2];
    }

    private async Task<string> FullestSheetAsync()
    {
        using var client = Client(site);
        using var scored = await client.GetAsync(new Uri("/survey/results?" + string.Join("&", Enumerable.Range(0, 151).Select(i => $"s={i}")), UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, scored.StatusCode);
        return scored.Headers.Location!.OriginalString.Split('?')[0] + "/sheet?list=" + await LongListAsync();
    }

    private async Task<IPage> SheetPageAsync(string path, bool javaScript, int width = 1280)
    {
        var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: width);
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie
        {
            Name = "cc_my", Url = site.BaseAddress.ToString(),
            Value = "health-science.information-technology.finance.marketing.manufacturing.human-services.education-and-training.hospitality-and-tourism.2024:digital-technology",
        }]);
        await page.GotoAsync(path);
        return page;
    }

    [Fact]
    public async Task TheFullestSheet_PrintsOnOneLetterPage_WithTheNameTypedOnScreen_WhichIsNeverSent()
    {
        string path = await FullestSheetAsync();
        var page = await SheetPageAsync(path, javaScript: true);
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add(request.Url + " " + request.PostData);
        Assert.Equal(3, await page.Locator(".sheet-cluster").CountAsync());
        Assert.Equal(8, await page.Locator("[aria-labelledby=sheet-shortlist] li").CountAsync());
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(Name);
        await page.Keyboard.PressAsync("Enter");
        await AssertAccessibleAsync(page, "conversation-sheet-desktop");

        byte[] pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = false });
        string text = await PdfTextAsync(pdf, "conversation-sheet-print");

        Assert.Equal(1, PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf)));
        Assert.Contains(Name, text, StringComparison.Ordinal);
        Assert.Contains("Next steps", text, StringComparison.Ordinal);
        Assert.Contains("From my counselor:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(sent, r => r.Contains("Maya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutJavaScript_TheSheetPrintsOnOnePage_WithABlankLineForTheName()
    {
        var page = await SheetPageAsync(await FullestSheetAsync(), javaScript: false, width: 390);
        await page.KeepScreenshotAsync("conversation-sheet-phone-no-js.png", fullPage: true);
        byte[] pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = false });
        Assert.Equal(1, PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf)));
        Assert.Contains("Name", await PdfTextAsync(pdf, "conversation-sheet-print-no-js"), StringComparison.Ordinal);

        var phone = await SheetPageAsync(await FullestSheetAsync(), javaScript: true, width: 390);
        await AssertAccessibleAsync(phone, "conversation-sheet-phone");
    }

    /// <summary>Keeps the PDF's first page as a PNG beside the screenshots (pdftoppm), and returns its text (pdftotext).</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf, string name)
    {
        string file = Path.Combine(Path.GetTempPath(), $"cc-sheet-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            await RunAsync("pdftoppm", "-png", "-r", "80", "-singlefile", file, Path.Combine(BrowserSite.ScreenshotDirectory, name));
            return await RunAsync("pdftotext", "-layout", file, "-");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: install poppler-utils");
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPage();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();

    [GeneratedRegex(@"name=""(notes\[\d+\])""")]
    private static partial Regex NoteField();
}
