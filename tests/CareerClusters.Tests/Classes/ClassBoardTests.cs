using System.Net;
using System.Text;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareerClusters.Tests.Classes.ClassSteps;

namespace CareerClusters.Tests.Classes;

/// <summary>
/// A class board (issue 22): made without an account, filled by students' results, counted, downloaded, closed and
/// deleted, on each user-data provider.
/// </summary>
public abstract class ClassBoardTests(UserDataStore store) : IDisposable
{
    private readonly ClassContent _classes = new(store);

    public void Dispose()
    {
        _classes.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ACounselor_MakesAClass_StudentsSendTheirResults_AndTheBoardCountsTheirTopClusters()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string boardPath = await MakeClassAsync(counselor);
        string code = CodeOf(boardPath);
        Assert.Matches("^/classes/[2-9A-HJ-NP-Z]{6}/board/[A-Za-z0-9_-]{43}$", boardPath);

        // The one view that shows the recovery code, and the class code written for a board.
        var first = await PageAsync(counselor, boardPath);
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", first.QuerySelector(".recovery-code")!.TextContent.Trim());
        Assert.Equal(code[..3] + " " + code[3..], first.QuerySelector(".class-code")!.TextContent.Trim());
        Assert.Equal($"/qr.svg?page=/join/{code}", first.QuerySelector(".join-qr")!.GetAttribute("src"));
        Assert.Null((await PageAsync(counselor, boardPath)).QuerySelector(".recovery-code"));

        string[][] ticks =
        [
            ["I like building computers.", "I enjoy computer science."],
            ["I like helping people feel better.", "I stay calm."],
            ["I like logic puzzles.", "I enjoy biology."],
            ["I like building computers.", "I like logic puzzles.", "I enjoy computer science."],
        ];
        string[] names = ["Maya", "", "J. R.", "Leo"];
        var expected = new Dictionary<string, int>();
        for (int i = 0; i < ticks.Length; i++)
        {
            using var student = site.CreatePlainClient();
            string result = await TakeSurveyAsync(student, ticks[i]);
            var top = (await PageAsync(student, result)).QuerySelectorAll(".match-list .card-title a").Select(a => a.TextContent.Trim()).ToList();
            top.ForEach(c => expected[c] = expected.GetValueOrDefault(c) + 1);
            using var sent = await SendAsync(student, result, code.ToLowerInvariant()[..3] + " " + code[3..], names[i]);
            Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
            Assert.Equal($"/join/{code}?sent=true", sent.Headers.Location!.OriginalString);
        }

        var board = await PageAsync(counselor, boardPath);
        var chart = Chart(board);
        Assert.Equal(["Health Science", "Information Technology"], chart.Where(c => c.Students > 0).Select(c => c.Cluster).Order());
        foreach (var (cluster, students) in chart)
        {
            Assert.Equal(expected.GetValueOrDefault(cluster), students);
        }
        Assert.True(chart.Select(c => c.Students).SequenceEqual(chart.Select(c => c.Students).OrderDescending()), "most first");
        var entries = board.QuerySelectorAll(".entry").ToList();
        Assert.Equal(["Maya", "Student 2", "J. R.", "Leo"], entries.Select(e => e.QuerySelector(".entry-name")!.TextContent.Trim()));
        Assert.All(entries, e => Assert.StartsWith("/survey/results/", e.QuerySelector(".entry-actions a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("4 students have sent", board.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongCode_AClosedClass_AndAFullClass_EachGetAClearPage()
    {
        var site = _classes.Site(new() { ["Classes:MaxJoinBurst"] = "1000" });
        using var counselor = site.CreatePlainClient();
        string boardPath = await MakeClassAsync(counselor);
        string code = CodeOf(boardPath);
        using var student = site.CreatePlainClient();
        string result = await TakeSurveyAsync(student, ["I stay calm."]);

        using var wrong = await SendAsync(student, result, code == "222222" ? "333333" : "222222");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var wrongPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync());
        Assert.Equal("We could not find that class", wrongPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(wrongPage.QuerySelector("form.find-class input[name=result]")); // try again, the result kept
        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync(new Uri("/join/ZZZZZZ", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await student.GetAsync(new Uri("/join/<b>x", UriKind.Relative))).StatusCode);

        using var tooLong = await SendAsync(student, result, code, new string('x', 40));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var joinPage = await PageAsync(student, $"/join/{code}?result={result.Split('/')[^1]}");
        using var unreadable = await SubmitAsync(student, joinPage, "form.send-to-class", new() { ["result"] = "not-a-result" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);

        var board = await PageAsync(counselor, boardPath);
        using (await SubmitAsync(counselor, board, $"form[action='{boardPath}/close']", []))
        {
        }
        using var closed = await SubmitAsync(student, joinPage, "form.send-to-class", []);
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Contains("This class is closed", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await PageAsync(student, $"/join/{code}?result={result.Split('/')[^1]}")).QuerySelector("form.send-to-class"));
        Assert.Contains("it takes no new results", (await PageAsync(student, $"/join/{code}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        board = await PageAsync(counselor, boardPath);
        using (await SubmitAsync(counselor, board, $"form[action='{boardPath}/open']", []))
        {
        }

        joinPage = await PageAsync(student, $"/join/{code}?result={result.Split('/')[^1]}");
        for (int i = 0; i < ClassBoard.MaxEntries; i++)
        {
            using var sent = await SubmitAsync(student, joinPage, "form.send-to-class", new() { ["name"] = $"S{i}" });
            Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        }
        using var full = await SubmitAsync(student, joinPage, "form.send-to-class", new() { ["name"] = "One more" });
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("This class is full", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ClassBoard.MaxEntries, (await PageAsync(counselor, boardPath)).QuerySelectorAll(".entry").Length);
    }

    [Fact]
    public async Task SendingTheSameResultTwice_AddsItOnce_AndACounselorCanRemoveAnEntry()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string boardPath = await MakeClassAsync(counselor);
        using var student = site.CreatePlainClient();
        string result = await TakeSurveyAsync(student, ["I enjoy biology."]);
        using (await SendAsync(student, result, CodeOf(boardPath), "Ana"))
        using (await SendAsync(student, result, CodeOf(boardPath), "ana"))
        {
        }
        var board = await PageAsync(counselor, boardPath);
        Assert.Single(board.QuerySelectorAll(".entry"));

        using var removed = await SubmitAsync(counselor, board, ".entry-remove", []);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Empty((await PageAsync(counselor, boardPath)).QuerySelectorAll(".entry"));
    }

    [Fact]
    public async Task TheJoinPage_OffersTheResultThisBrowserRemembers()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string code = CodeOf(await MakeClassAsync(counselor, "Ms. Rivera's homeroom"));
        var browser = site.CreateClient(); // keeps cookies, follows redirects
        var before = await PageAsync(browser, $"/join/{code.ToLowerInvariant()}");
        Assert.Equal("Ms. Rivera's homeroom", before.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(before.QuerySelector("form.send-to-class"));
        Assert.NotNull(before.QuerySelector($"main a[href='/survey']"));

        using var scored = await browser.GetAsync(new Uri("/survey/results?s=0&s=2", UriKind.Relative));
        var join = await PageAsync(browser, $"/join/{code}");
        Assert.Contains("Health Science", join.QuerySelector(".send-callout")!.TextContent, StringComparison.Ordinal);
        using var sent = await SubmitAsync(browser, join, "form.send-to-class", new() { ["name"] = "AR" });
        var thanks = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await sent.Content.ReadAsStringAsync());
        Assert.Equal("Sent! Thank you", thanks.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheCsv_HasOneQuotedRowPerStudent_AndNamesThatLookLikeFormulasStayText()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string boardPath = await MakeClassAsync(counselor);
        using var student = site.CreatePlainClient();
        string result = await TakeSurveyAsync(student, ["I like building computers.", "I stay calm."]);
        foreach (string name in new[] { "=HYPERLINK(1)", "Lee, \"JJ\"", "+1", "@me" })
        {
            using (await SendAsync(student, result, CodeOf(boardPath), name))
            {
            }
        }

        using var csv = await counselor.GetAsync(new Uri(boardPath + "/csv", UriKind.Relative));
        byte[] bytes = await csv.Content.ReadAsByteArrayAsync();
        string text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"class-{CodeOf(boardPath)}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Number,Name,Top cluster 1,Top cluster 2,Top cluster 3,Result link,Sent (UTC)", lines[0]);
        Assert.StartsWith("1,\"'=HYPERLINK(1)\",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,\"Lee, \"\"JJ\"\"\",", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("3,\"'+1\",", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("4,\"'@me\",", lines[4], StringComparison.Ordinal);
        Assert.Contains($",Health Science,Information Technology,,http://localhost{result},2026-09-01 14:00", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task AClassSurvivesARestart_AndIsDeletedWithItsResults()
    {
        string boardPath;
        var first = _classes.Site();
        using (var client = first.CreatePlainClient())
        {
            boardPath = await MakeClassAsync(client);
            using var student = first.CreatePlainClient();
            using (await SendAsync(student, await TakeSurveyAsync(student, ["I stay calm."]), CodeOf(boardPath), "Kai"))
            {
            }
        }
        first.Dispose();

        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        var board = await PageAsync(counselor, boardPath);
        Assert.Equal("Kai", board.QuerySelector(".entry-name")!.TextContent.Trim());

        var confirm = await PageAsync(counselor, boardPath + "/delete");
        using var deleted = await SubmitAsync(counselor, confirm, "main form", []);
        Assert.Equal("/classes/new?deleted=1", deleted.Headers.Location!.OriginalString);
        await PageAsync(counselor, boardPath, HttpStatusCode.NotFound);
        await PageAsync(counselor, $"/join/{CodeOf(boardPath)}", HttpStatusCode.NotFound);
        using var scope = site.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<UserDataDbContext>().ClassEntries.CountAsync());
    }

    [Fact]
    public async Task ChangesWithoutTheAntiforgeryToken_AreRefused()
    {
        using var client = _classes.Site().CreatePlainClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "No token" });
        using var response = await client.PostAsync(new Uri("/classes/new", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AClassWithoutATitle_AsksForOne()
    {
        using var client = _classes.Site().CreatePlainClient();
        var page = await PageAsync(client, "/classes/new");
        using var made = await SubmitAsync(client, page, "form.class-form", new() { ["title"] = "   " });
        Assert.Equal(HttpStatusCode.BadRequest, made.StatusCode);
        Assert.Contains("Give the class a name.", await made.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ClassBoardTestsOnSqlite() : ClassBoardTests(new SqliteUserDataStore());

public sealed class ClassBoardTestsOnPostgreSql() : ClassBoardTests(new PostgreSqlUserDataStore());
