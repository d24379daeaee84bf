using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Lists;
using Microsoft.Extensions.DependencyInjection;
using static CareerClusters.Tests.Lists.ListForms;

namespace CareerClusters.Tests.Lists;

/// <summary>
/// A list that is safe to hand out (issue 22): a replaceable edit link, a one-time recovery code, a delete that can be
/// undone for 30 days, and a clean-up of deleted and unvisited lists, on a clock the tests move.
/// </summary>
public abstract class ListSafetyTests : IDisposable
{
    private readonly UserDataStore _store;
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ListSite _site;

    protected ListSafetyTests(UserDataStore store)
    {
        _store = store;
        _site = new ListSite(TestPaths.TestContent, store.With(new Dictionary<string, string> { ["Lists:KeepUnvisitedFor"] = "45.00:00:00" }), _clock);
    }

    public void Dispose()
    {
        _site.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<ListCleanup.Removed> CleanUpAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ListCleanup>().RunAsync(CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> RecoverAsync(HttpClient client, string list, string code)
    {
        var form = await PageAsync(client, "/lists/recover");
        return await SubmitAsync(client, form, "main form", new() { ["list"] = list, ["recoveryCode"] = code });
    }

    [Fact]
    public async Task ANewEditLink_LocksOutTheOldOneAtOnce_AndTheListStaysTheSame()
    {
        using var client = _site.CreatePlainClient();
        using var otherBrowser = _site.CreatePlainClient();
        string oldLink = await CreateListAsync(client);
        await AddAsync(client, "/clusters/health-science", "Start here.");
        var editor = await PageAsync(client, oldLink);
        await PageAsync(otherBrowser, oldLink);

        using var rotated = await SubmitAsync(client, editor, ".keep-safe form[action$='/new-link']", []);
        string newLink = rotated.Headers.Location!.OriginalString.Split('?')[0];
        var newEditor = await PageAsync(client, rotated.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, rotated.StatusCode);
        Assert.NotEqual(TokenOf(oldLink), TokenOf(newLink));
        Assert.Equal(PublicPathOf(oldLink), PublicPathOf(newLink));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(client, oldLink));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(client, oldLink + "/delete"));
        using var oldSave = await SubmitAsync(client, editor, "#list-form", new() { ["title"] = "Hacked" });
        Assert.Equal(HttpStatusCode.Forbidden, oldSave.StatusCode);
        Assert.Contains("old one no longer works", newEditor.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(newLink, newEditor.QuerySelector("#edit-link")!.GetAttribute("value"), StringComparison.Ordinal);
        var list = await PageAsync(client, PublicPathOf(newLink));
        Assert.Equal("Careers with animals", list.QuerySelector("h1")!.TextContent);
        Assert.Contains("Start here.", list.QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);
        // This browser's "Add to" follows the new link; another browser that held the old one is no longer offered the list.
        const string AddPage = "/lists/add?page=%2Fclusters%2Finformation-technology";
        Assert.Contains("Careers with animals", (await PageAsync(client, AddPage)).QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Careers with animals", (await PageAsync(otherBrowser, AddPage)).QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRecoveryCode_IsShownOnce_GivesANewEditLink_AndWorksOnlyOnce()
    {
        using var client = _site.CreatePlainClient();
        var (oldLink, code) = await CreateListWithCodeAsync(client);
        var shownAgain = await PageAsync(client, oldLink);

        using var recovered = await RecoverAsync(client, "https://anything.example" + PublicPathOf(oldLink), code.ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal));
        string newLink = recovered.Headers.Location!.OriginalString;
        var newEditor = await PageAsync(client, newLink);
        string newCode = newEditor.QuerySelector(".recovery-code")!.TextContent.Trim();
        using var usedTwice = await RecoverAsync(client, PublicPathOf(oldLink), code);
        using var wrongCode = await RecoverAsync(client, PublicPathOf(oldLink), "2222-3333-4444-5555");
        using var withNewCode = await RecoverAsync(client, PublicPathOf(oldLink)[("/lists/".Length)..], newCode);

        Assert.Matches("^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$", code);
        Assert.Null(shownAgain.QuerySelector(".recovery-code"));
        Assert.Equal(HttpStatusCode.SeeOther, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(client, oldLink));
        Assert.NotEqual(code, newCode);
        Assert.Equal(HttpStatusCode.BadRequest, usedTwice.StatusCode);
        Assert.Contains("does not match", await usedTwice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, withNewCode.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(client, newLink.Split('?')[0]));
    }

    [Fact]
    public async Task ADeletedList_Answers410_IsRestoredWithin30Days_ByItsEditLinkOrItsRecoveryCode()
    {
        using var client = _site.CreatePlainClient();
        var (editPath, code) = await CreateListWithCodeAsync(client);
        await AddAsync(client, "/occupations/registered-nurses", "Keep me");
        using (var deleted = await SubmitAsync(client, await PageAsync(client, editPath + "/delete"), "main form", []))
        {
            Assert.Equal(editPath, deleted.Headers.Location!.OriginalString);
        }

        _clock.Advance(TimeSpan.FromDays(29));
        var restorePage = await PageAsync(client, editPath);
        Assert.Equal(HttpStatusCode.Gone, await StatusOfAsync(client, PublicPathOf(editPath)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, $"/qr.svg?page={PublicPathOf(editPath)}"));
        Assert.Contains("You can restore it until April 1, 2026", restorePage.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, (await CleanUpAsync()).Deleted);
        using var restored = await SubmitAsync(client, restorePage, "main form", []);
        Assert.Equal(editPath + "?restored=1", restored.Headers.Location!.OriginalString);
        Assert.Contains("Keep me", (await PageAsync(client, PublicPathOf(editPath))).QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);

        // Deleted again, and brought back with the recovery code instead.
        using (await SubmitAsync(client, await PageAsync(client, editPath + "/delete"), "main form", []))
        {
            Assert.Equal(HttpStatusCode.Gone, await StatusOfAsync(client, PublicPathOf(editPath)));
        }
        using var recovered = await RecoverAsync(client, PublicPathOf(editPath), code);
        Assert.Equal(HttpStatusCode.SeeOther, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(client, PublicPathOf(editPath)));
    }

    [Fact]
    public async Task ADeletedList_IsPurgedAfter30Days_AndCanThenNeitherBeRestoredNorRecovered()
    {
        using var client = _site.CreatePlainClient();
        var (editPath, code) = await CreateListWithCodeAsync(client);
        using (await SubmitAsync(client, await PageAsync(client, editPath + "/delete"), "main form", []))
        {
        }

        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Gone, await StatusOfAsync(client, editPath));
        var removed = await CleanUpAsync();
        using var recovered = await RecoverAsync(client, PublicPathOf(editPath), code);

        Assert.Equal(new ListCleanup.Removed(1, 0), removed);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, PublicPathOf(editPath)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusOfAsync(client, editPath));
        Assert.Equal(HttpStatusCode.BadRequest, recovered.StatusCode);
    }

    [Fact]
    public async Task AListNobodyOpens_IsRemovedAfterKeepUnvisitedFor_AndEveryVisitStartsTheCountAgain()
    {
        using var client = _site.CreatePlainClient();
        string visited = await CreateListAsync(client, "Opened by students");
        string forgotten = await CreateListAsync(client, "Forgotten");

        _clock.Advance(TimeSpan.FromDays(30));
        await PageAsync(client, PublicPathOf(visited));
        _clock.Advance(TimeSpan.FromDays(20));
        var removed = await CleanUpAsync();

        Assert.Equal(new ListCleanup.Removed(0, 1), removed);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(client, PublicPathOf(forgotten)));
        var editor = await PageAsync(client, visited);
        Assert.Contains("A list that nobody opens (students or you) for 45 days is removed.", editor.QuerySelector(".keep-safe")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeletedList_IsNoLongerOfferedByAddToList_AndItsCookieIsForgotten()
    {
        using var counselor = _site.CreatePlainClient();
        using var student = _site.CreatePlainClient();
        string editPath = await CreateListAsync(counselor, "Maya R. and friends");
        Assert.Contains("Maya R.", (await PageAsync(counselor, "/lists/add?page=%2Fclusters%2Fhealth-science")).QuerySelector("main form")!.TextContent, StringComparison.Ordinal);

        // A student who was shown the edit link deletes the list from their own browser.
        using (await SubmitAsync(student, await PageAsync(student, editPath + "/delete"), "main form", []))
        {
        }
        using var offer = await counselor.GetAsync(new Uri("/lists/add?page=%2Fclusters%2Fhealth-science", UriKind.Relative));
        string html = await offer.Content.ReadAsStringAsync();

        Assert.DoesNotContain("Maya R.", html, StringComparison.Ordinal);
        Assert.Contains(offer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc_list=;", StringComparison.Ordinal));
    }
}

public sealed class ListSafetyTestsOnSqlite() : ListSafetyTests(new SqliteUserDataStore());

public sealed class ListSafetyTestsOnPostgreSql() : ListSafetyTests(new PostgreSqlUserDataStore());
