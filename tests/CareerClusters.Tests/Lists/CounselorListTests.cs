using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using static CareerClusters.Tests.Lists.ListForms;

namespace CareerClusters.Tests.Lists;

/// <summary>A counselor's list: made, shared, changed and deleted without an account, and never lost (on each user-data provider).</summary>
public abstract class CounselorListTests(UserDataStore store) : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        _content.Dispose();
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private ListSite Site(int changesPerMinute = 60)
    {
        var site = new ListSite(_content.Path, store.With(new Dictionary<string, string>
        {
            ["Lists:MaxChangesPerMinute"] = changesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        _sites.Add(site);
        return site;
    }

    [Fact]
    public async Task ACounselor_MakesAList_AddsPagesWithNotes_AndStudentsSeeItAtAShortLink()
    {
        using var client = Site().CreatePlainClient();

        string editPath = await CreateListAsync(client);
        await AddAsync(client, "/clusters/health-science", "Start here.");
        await AddAsync(client, "/occupations/registered-nurses", "Ask Ms. Lee about the hospital visit.");
        await AddAsync(client, "/clusters/health-science/therapeutic-services", "");
        var list = await PageAsync(client, PublicPathOf(editPath));

        Assert.Matches("^/lists/[2-9a-hjkmnp-z]{7}/edit/[A-Za-z0-9_-]{43}$", editPath);
        Assert.Equal("Careers with animals", list.QuerySelector("h1")!.TextContent);
        Assert.Contains("Read these before Friday.", list.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        var items = list.QuerySelectorAll(".list-items > li").ToList();
        Assert.Equal(["Health Science", "Registered Nurses", "Therapeutic Services"], items.Select(i => i.QuerySelector(".card-title")!.TextContent.Trim()));
        Assert.Contains("Ask Ms. Lee about the hospital visit.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Nurses care for patients", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", list.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        string qr = list.QuerySelector(".share-panel img")!.GetAttribute("src")!;
        using var code = await client.GetAsync(new Uri(qr, UriKind.Relative));
        using var noSuchList = await client.GetAsync(new Uri("/qr.svg?page=/lists/zzzzzzz", UriKind.Relative));
        Assert.Equal($"/qr.svg?page={PublicPathOf(editPath)}", qr);
        Assert.Equal("image/svg+xml", code.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, noSuchList.StatusCode);
    }

    [Fact]
    public async Task TheEditLink_ChangesTitleNotesAndOrder_RemovesItems_AndDeletesTheList()
    {
        using var client = Site().CreatePlainClient();
        string editPath = await CreateListAsync(client);
        await AddAsync(client, "/clusters/health-science", "one");
        await AddAsync(client, "/occupations/web-developers", "two");

        var editor = await PageAsync(client, editPath);
        string firstNote = editor.QuerySelector(".list-items textarea")!.GetAttribute("name")!;
        using var saved = await SubmitAsync(client, editor, "#list-form", new() { ["title"] = "Week 3 careers", [firstNote] = "changed" });
        editor = await PageAsync(client, editPath);
        string secondId = editor.QuerySelectorAll(".list-items > li")[1].Id!["item-".Length..];
        using var moved = await SubmitAsync(client, editor, "#list-form", [], $"{editPath}/items/{secondId}/up");
        var afterMove = await PageAsync(client, PublicPathOf(editPath));

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal("Week 3 careers", afterMove.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Web Developers", "Health Science"], afterMove.QuerySelectorAll(".list-items .card-title").Select(t => t.TextContent.Trim()));
        Assert.Contains("changed", afterMove.QuerySelectorAll(".list-items > li")[1].TextContent, StringComparison.Ordinal);

        editor = await PageAsync(client, editPath);
        using var removed = await SubmitAsync(client, editor, "#list-form", [], $"{editPath}/items/{secondId}/remove");
        Assert.Equal($"{editPath}/items/{secondId}/remove", removed.Headers.Location!.OriginalString);
        var question = await PageAsync(client, removed.Headers.Location!.OriginalString);
        using var confirmed = await SubmitAsync(client, question, "main form", []);
        Assert.Single((await PageAsync(client, PublicPathOf(editPath))).QuerySelectorAll(".list-items > li"));

        var confirm = await PageAsync(client, $"{editPath}/delete");
        using var deleted = await SubmitAsync(client, confirm, "main form", []);
        using var gone = await client.GetAsync(new Uri(PublicPathOf(editPath), UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("This list was deleted", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongEditToken_CannotSeeTheEditorOrChangeTheList()
    {
        using var client = Site().CreatePlainClient();
        string editPath = await CreateListAsync(client);
        string wrong = editPath[..^4] + (editPath.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var editor = await PageAsync(client, editPath);

        using var look = await client.GetAsync(new Uri(wrong, UriKind.Relative));
        using var change = await SubmitAsync(client, editor, "#list-form", new() { ["title"] = "Hacked" }, wrong);

        Assert.Equal(HttpStatusCode.Forbidden, look.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Contains("private edit link", await look.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Careers with animals", (await PageAsync(client, PublicPathOf(editPath))).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ChangesWithoutTheAntiforgeryToken_AreRefused()
    {
        using var client = Site().CreatePlainClient();
        string editPath = await CreateListAsync(client);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "No token" });

        using var response = await client.PostAsync(new Uri(editPath, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AListSurvivesAContentReload_AndARestartOnTheSameDatabase()
    {
        string editPath;
        var first = Site();
        using (var client = first.CreatePlainClient())
        {
            editPath = await CreateListAsync(client);
            await AddAsync(client, "/occupations/registered-nurses", "Keep me");
            await first.Services.GetRequiredService<ContentStore>().LoadAsync("test");
            Assert.Contains("Keep me", (await PageAsync(client, PublicPathOf(editPath))).DocumentElement.TextContent, StringComparison.Ordinal);
        }
        first.Dispose();

        using var restarted = Site().CreatePlainClient();
        var list = await PageAsync(restarted, PublicPathOf(editPath));

        Assert.Equal("Careers with animals", list.QuerySelector("h1")!.TextContent);
        Assert.Contains("Keep me", list.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageThatIsGone_ShowsAsNoLongerAvailable_AndARenamedOneFollowsItsRedirect()
    {
        var site = Site();
        using var client = site.CreatePlainClient();
        string editPath = await CreateListAsync(client);
        await AddAsync(client, "/occupations/health-informatics-specialists", "");
        await AddAsync(client, "/clusters/information-technology/web-and-digital-communications", "");

        // The pathway file is renamed (its old name kept in redirect_from); the occupation is removed from the content.
        _content.Edit("pathways/web-and-digital-communications.md", "redirect_from: [interactive-media]", "redirect_from: [interactive-media, web-and-digital-communications]");
        File.Move(Path.Combine(_content.Path, "pathways/web-and-digital-communications.md"), Path.Combine(_content.Path, "pathways/web-design.md"));
        _content.Edit("pathways/therapeutic-services.md", "  - 15-1211.01  # Health Informatics Specialists\n", "");
        _content.Edit("pathways/web-design.md", "  - 15-1211.01  # Health Informatics Specialists\n", "");
        File.Delete(Path.Combine(_content.Path, "occupations/health-informatics-specialists.md"));
        _content.Write("retired-pages.txt", "# Taken off the site on purpose\n/occupations/health-informatics-specialists\n");
        var reload = await site.Services.GetRequiredService<ContentStore>().LoadAsync("test");
        Assert.False(reload.HasErrors, string.Join("\n", reload.Errors));

        var list = await PageAsync(client, PublicPathOf(editPath));
        var items = list.QuerySelectorAll(".list-items > li").ToList();
        Assert.Contains("Health Informatics Specialists", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("no longer available", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/clusters/information-technology/web-design", items[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task HtmlInTitlesAndNotes_IsShownAsText_AndOverlongInputIsRefusedWithAMessage()
    {
        using var client = Site().CreatePlainClient();
        string editPath = await CreateListAsync(client, "<script>alert(1)</script>");
        await AddAsync(client, "/clusters/health-science", "<b>bold</b>");
        var editor = await PageAsync(client, editPath);

        using var tooLong = await SubmitAsync(client, editor, "#list-form", new() { ["title"] = new string('x', 121) });
        string html = await client.GetStringAsync(new Uri(PublicPathOf(editPath), UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 120 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyChangesFromOneAddress_Answer429WithRetryAfter()
    {
        using var client = Site(changesPerMinute: 3).CreatePlainClient();
        string editPath = await CreateListAsync(client);
        await AddAsync(client, "/clusters/health-science", "");
        await AddAsync(client, "/occupations/web-developers", "");

        var page = await PageAsync(client, "/lists/add?page=%2Fclusters%2Finformation-technology");
        using var limited = await SubmitAsync(client, page, "form.stacked-form", []);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(2, (await PageAsync(client, PublicPathOf(editPath))).QuerySelectorAll(".list-items > li").Length);
    }

    [Fact]
    public async Task ACodeNoListCouldHave_InACookieOrAQrCodeAddress_IsAnsweredAsNoList()
    {
        // A NUL character reaches the site in a query string or a cookie (not in a path: the server refuses those).
        using var client = Site().CreatePlainClient();
        using var qr = await client.GetAsync(new Uri("/qr.svg?page=/lists/abc%00def", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/lists/add?page=%2Fclusters%2Fhealth-science", UriKind.Relative));
        request.Headers.Add("Cookie", "cc_list=abc%00def.token");
        using var add = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, qr.StatusCode);
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains(add.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc_list=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEditorSearch_FindsPagesToAdd()
    {
        using var client = Site().CreatePlainClient();
        string editPath = await CreateListAsync(client);

        var editor = await PageAsync(client, $"{editPath}?q=nurse");
        var add = editor.QuerySelector(".found-pages button[name=page]")!;
        using var added = await SubmitAsync(client, editor, "#list-form", new() { ["page"] = add.GetAttribute("value")! }, add.GetAttribute("formaction"));
        var list = await PageAsync(client, PublicPathOf(editPath));

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Contains("Registered Nurses", list.QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToList_IsOfferedOnClusterPathwayAndJobPages_AndRefusesAnythingElse()
    {
        var site = Site();
        using var client = site.CreatePlainClient();

        foreach (string path in new[] { "/clusters/health-science", "/clusters/health-science/therapeutic-services", "/occupations/registered-nurses" })
        {
            var page = await PageAsync(client, path);
            Assert.Equal($"/lists/add?page={Uri.EscapeDataString(path)}", page.QuerySelector(".add-to-list a")!.GetAttribute("href"));
        }
        using var notAPage = await client.GetAsync(new Uri("/lists/add?page=%2Fadmin", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/lists/add?page=%2Foccupations%2Fno-such-job", UriKind.Relative));
        using var unknownList = await client.GetAsync(new Uri("/lists/zzzzzzz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notAPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownList.StatusCode);
    }
}

public sealed class CounselorListTestsOnSqlite() : CounselorListTests(new SqliteUserDataStore());

public sealed class CounselorListTestsOnPostgreSql() : CounselorListTests(new PostgreSqlUserDataStore());
