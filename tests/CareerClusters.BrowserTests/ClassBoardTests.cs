using Microsoft.Playwright;
using static CareerClusters.BrowserTests.ClassPages;

namespace CareerClusters.BrowserTests;

/// <summary>
/// A class of 30 sends its survey results to a class board (issue 22): 27 students without a browser, three in
/// Chromium (two with JavaScript, one without), and the board's chart counts what the students' results showed.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public class ClassBoardTests(BrowserSite site)
{
    private static readonly string[] Names = ["Maya", "J.R.", "Leo", "", "Ana", "Sam", "K.", "Zoe", "Omar", "Li"];

    /// <summary>Ticks these statements (by their value) part by part, as a student with JavaScript goes through the survey, and sees the result.</summary>
    private static async Task TakeSurveyAsync(IPage page, HashSet<int> ticked, bool javaScript)
    {
        await page.GotoAsync("/survey");
        int parts = javaScript ? await page.Locator("fieldset.survey-step").CountAsync() : 1;
        for (int part = 1; part <= parts; part++)
        {
            foreach (var box in await page.Locator("input[name=s]").AllAsync())
            {
                if (ticked.Contains(int.Parse((await box.GetAttributeAsync("value"))!, System.Globalization.CultureInfo.InvariantCulture)) && await box.IsVisibleAsync())
                {
                    await box.CheckAsync();
                }
            }
            if (part < parts)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            }
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync();
        await page.WaitForURLAsync("**/survey/results/**");
    }

    [Fact]
    public async Task AClassOf30_SendsItsResults_AndTheChartCountsEachStudentsTopThree()
    {
        // The counselor makes the class in a browser.
        var counselor = await site.NewPageAsync(width: 1280);
        await counselor.GotoAsync("/classes/new");
        await AssertAccessibleAsync(counselor, "class-new-desktop");
        await counselor.GetByLabel("Name of the class").FillAsync("Period 3, grade 9");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "Make the class board" }).ClickAsync();
        await counselor.WaitForURLAsync("**/classes/*/board/*");
        string boardUrl = counselor.Url;
        string code = new Uri(boardUrl).AbsolutePath.Split('/')[2];
        Assert.Equal(code[..3] + " " + code[3..], (await counselor.Locator(".class-code").InnerTextAsync()).Trim());
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", (await counselor.Locator(".recovery-code").InnerTextAsync()).Trim());

        var random = new Random(22);
        var expected = new Dictionary<string, int>();
        void Count(IEnumerable<string> top)
        {
            foreach (string cluster in top)
            {
                expected[cluster] = expected.GetValueOrDefault(cluster) + 1;
            }
        }
        var statements = Enumerable.Range(0, 151).ToList();
        for (int student = 0; student < 27; student++)
        {
            var ticked = statements.OrderBy(_ => random.Next()).Take(random.Next(4, 25)).ToList();
            var (_, top) = await SendResultAsync(site, ticked, code, Names[student % Names.Length]);
            Assert.InRange(top.Count, 1, 3);
            Count(top);
        }

        // Three students in Chromium: the survey, then "Send to my class" on the result, the class code and a first name.
        for (int student = 0; student < 3; student++)
        {
            bool javaScript = student < 2;
            var page = await site.NewPageAsync(javaScriptEnabled: javaScript, width: student == 0 ? 390 : 1280);
            await TakeSurveyAsync(page, statements.OrderBy(_ => random.Next()).Take(10).ToHashSet(), javaScript);
            Count(await page.Locator("ol.match-list > li h3 a").AllInnerTextsAsync());
            await page.GetByLabel("Class code").FillAsync(code.ToLowerInvariant()[..3] + " " + code[3..].ToLowerInvariant());
            await page.GetByRole(AriaRole.Button, new() { Name = "Find my class" }).ClickAsync();
            await page.WaitForURLAsync($"**/join/{code}?result=*");
            Assert.Equal("Period 3, grade 9", (await page.Locator("h1").InnerTextAsync()).Trim());
            if (student == 0)
            {
                await AssertAccessibleAsync(page, "class-join-phone");
            }
            await page.GetByLabel("Your first name or initials (optional)").FillAsync($"Browser {student + 1}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send to my class" }).ClickAsync();
            await page.WaitForURLAsync($"**/join/{code}?sent=true");
            Assert.Equal("Sent! Thank you", (await page.Locator("h1").InnerTextAsync()).Trim());
            if (student == 0)
            {
                await AssertAccessibleAsync(page, "class-join-sent-phone");
            }
            await page.Context.CloseAsync();
        }

        await counselor.GotoAsync(boardUrl);
        Assert.Contains("30 students have sent", await counselor.Locator(".lead").InnerTextAsync(), StringComparison.Ordinal);
        var entries = counselor.Locator(".entry");
        Assert.Equal(30, await entries.CountAsync());
        var fromEntries = new Dictionary<string, int>();
        foreach (string line in await counselor.Locator(".entry-top").AllInnerTextsAsync())
        {
            foreach (string cluster in line.Split(" · "))
            {
                fromEntries[cluster.Trim()] = fromEntries.GetValueOrDefault(cluster.Trim()) + 1;
            }
        }
        var chart = await ChartAsync(counselor);
        Assert.Equal(16, chart.Count);
        foreach (var (cluster, students) in chart)
        {
            Assert.True(expected.GetValueOrDefault(cluster) == students, $"{cluster}: the chart says {students}, the students' results {expected.GetValueOrDefault(cluster)}");
            Assert.Equal(fromEntries.GetValueOrDefault(cluster), students);
        }
        Assert.Equal(expected.Values.Sum(), chart.Values.Sum());
        Assert.Equal(["Browser 1", "Browser 2", "Browser 3"], (await counselor.Locator(".entry-name").AllInnerTextsAsync()).TakeLast(3).Select(n => n.Trim()));
        await AssertAccessibleAsync(counselor, "class-board-desktop");

        var phone = await site.NewPageAsync(width: 390);
        await phone.GotoAsync(boardUrl);
        await AssertAccessibleAsync(phone, "class-board-phone");
        Assert.Equal(chart, await ChartAsync(phone));
    }

    [Fact]
    public async Task TheClassPages_AndTheirProblems_AreAccessibleAtBothWidths()
    {
        var setup = await site.NewPageAsync();
        await setup.GotoAsync("/classes/new");
        await setup.GetByLabel("Name of the class").FillAsync("Homeroom 12");
        await setup.GetByRole(AriaRole.Button, new() { Name = "Make the class board" }).ClickAsync();
        await setup.WaitForURLAsync("**/board/*");
        string board = new Uri(setup.Url).AbsolutePath;
        string code = board.Split('/')[2];
        var (resultPath, _) = await SendResultAsync(site, [0, 5, 9, 40], code, "Maya");
        string result = resultPath.Split('/')[^1].Split('?')[0];

        foreach (int width in new[] { 390, 1280 })
        {
            string size = width < 800 ? "phone" : "desktop";
            var page = await site.NewPageAsync(width: width);
            foreach (var (name, path) in new[]
            {
                ("class-recover", "/classes/recover"), ("class-join-code", "/join"), ("class-join", $"/join/{code}"),
                ("class-join-result", $"/join/{code}?result={result}"), ("class-join-unknown", "/join/ZZZZZZ"),
                ("class-delete", board + "/delete"), ("class-no-board", board + "x"), ("survey-result-send", resultPath),
            })
            {
                await page.GotoAsync(path);
                await AssertAccessibleAsync(page, $"{name}-{size}");
            }
            // A class closed after its join page was opened: sending gets the "closed" page.
            await page.GotoAsync($"/join/{code}?result={result}");
            await setup.GotoAsync(board);
            await setup.GetByRole(AriaRole.Button, new() { Name = "Close the class to new results" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send to my class" }).ClickAsync();
            Assert.Equal("This class is closed", (await page.Locator("h1").InnerTextAsync()).Trim());
            await AssertAccessibleAsync(page, $"class-join-closed-{size}");
            await setup.GetByRole(AriaRole.Button, new() { Name = "Open the class again" }).ClickAsync();
        }
    }
}
