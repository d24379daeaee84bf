using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Lists;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CareerClusters.Tests.Lists.ListForms;
using static CareerClusters.Tests.MultipleServers.ListEditors;

namespace CareerClusters.Tests.MultipleServers;

/// <summary>
/// A save never overwrites a change it has not seen (issue 24), on each provider: the editor's form carries the version
/// of the list it was made from; a post made from an older version is not applied but answered 409 with the list as it
/// is now and what was typed kept, and so is a post that meets another change between the check and the write (EF
/// Core's check of the version). "Add to a list" from a page, which has no form to show again, tries again instead.
/// Two tabs of one browser, or two counselors, on one server here; <see cref="ListsOnTwoServersTests"/> has two servers.
/// </summary>
public abstract class ChangedMeanwhileTests(ChangedMeanwhileSite site)
{
    [Fact]
    public async Task TheLaterOfTwoSaves_Gets409WithWhatChanged_AndSavedAgainKeepsBoth()
    {
        using var first = site.CreatePlainClient();
        using var second = site.CreatePlainClient();

        await TheLaterOfTwoSaves_IsShownWhatChanged_ThenKeepsBothAsync(site, first, second);
    }

    [Fact]
    public async Task WhenBothChangedOneBox_TheTypedTextStays_WithWhatTheListNowSaysUnderIt()
    {
        using var first = site.CreatePlainClient();
        using var second = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(first);
        var firstEditor = await PageAsync(first, editPath);
        var secondEditor = await PageAsync(second, editPath);
        using (var firstSave = await SubmitAsync(first, firstEditor, "#list-form", new() { [NoteName(firstEditor, 0)] = "Ask Ms. Lee", ["introduction"] = "" }))
        {
            Assert.Equal(HttpStatusCode.SeeOther, firstSave.StatusCode);
        }

        using var secondSave = await SubmitAsync(second, secondEditor, "#list-form",
            new() { [NoteName(secondEditor, 0)] = "Ask Mr. Diaz", ["introduction"] = "Read these by Monday." });
        var (status, changed) = await ReadAsync(secondSave);

        Assert.Equal(HttpStatusCode.Conflict, status);
        int itemId = ItemId(changed, 0);
        Assert.Equal(["Ask Mr. Diaz", "second"], Notes(changed));
        Assert.Equal("Read these by Monday.", IntroductionIn(changed));
        Assert.Equal("The list now says: \u201cAsk Ms. Lee\u201d", changed.QuerySelector($"#meanwhile-note-{itemId}")!.TextContent);
        Assert.Contains($"meanwhile-note-{itemId}", changed.QuerySelector($"#note-{itemId}")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("The list now has nothing here.", changed.QuerySelector("#meanwhile-introduction")!.TextContent);
        Assert.Null(changed.QuerySelector("#meanwhile-title"));
        Assert.Equal(["Ask Ms. Lee", "second"], (await SavedAsync(site, editPath)).Items.Select(i => i.Note));
    }

    /// <summary>Move, Remove (confirmed by the script's dialog) and Add, pressed in a form made before another change: nothing happens but the 409 page.</summary>
    [Theory]
    [InlineData("up")]
    [InlineData("down")]
    [InlineData("remove")]
    [InlineData("add")]
    public async Task AnyButtonOfAnOlderForm_ChangesNothing(string button)
    {
        using var first = site.CreatePlainClient();
        using var second = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(first);
        var secondEditor = await PageAsync(second, editPath);
        await AddAsync(first, "/occupations/registered-nurses", "third, added meanwhile");
        var before = await SavedAsync(site, editPath);
        string item = $"{editPath}/items/{ItemId(secondEditor, button == "up" ? 1 : 0)}";

        using var pressed = button switch
        {
            "add" => await SubmitAsync(second, secondEditor, "#list-form", new() { ["page"] = "/clusters/information-technology" }, $"{editPath}/items"),
            "remove" => await SubmitAsync(second, secondEditor, "#list-form", new() { ["confirmed"] = "yes" }, $"{item}/remove"),
            _ => await SubmitAsync(second, secondEditor, "#list-form", new() { [NoteName(secondEditor, 0)] = "typed" }, $"{item}/{button}"),
        };
        var (status, changed) = await ReadAsync(pressed);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.NotNull(NoticeIn(changed));
        // The note typed with "Move" is still in its box; nothing else differs from the list as it is now.
        Assert.Equal([button is "up" or "down" ? "typed" : "first", "second", "third, added meanwhile"], Notes(changed));
        var after = await SavedAsync(site, editPath);
        Assert.Equal(before.Items.Select(i => (i.Id, i.Position, i.Note)), after.Items.Select(i => (i.Id, i.Position, i.Note)));
        Assert.Equal(VersionIn(await PageAsync(first, editPath)), VersionIn(changed));
    }

    [Fact]
    public async Task TheRemoveQuestionPage_MadeBeforeAnotherChange_RemovesNothing()
    {
        using var first = site.CreatePlainClient();
        using var second = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(first);
        var secondEditor = await PageAsync(second, editPath);
        int itemId = ItemId(secondEditor, 0);
        var question = await PageAsync(second, $"{editPath}/items/{itemId}/remove");
        await AddAsync(first, "/occupations/registered-nurses", "added meanwhile");

        using var confirmed = await SubmitAsync(second, question, "main form", []);
        var (status, changed) = await ReadAsync(confirmed);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(["first", "second", "added meanwhile"], Notes(changed));
        Assert.Equal(3, (await SavedAsync(site, editPath)).Items.Count);
        // Asked again from the list as it is now, the remove goes through.
        var again = await PageAsync(second, $"{editPath}/items/{itemId}/remove");
        using var removed = await SubmitAsync(second, again, "main form", []);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Equal(["second", "added meanwhile"], (await SavedAsync(site, editPath)).Items.Select(i => i.Note));
    }

    [Fact]
    public async Task AChangeSavedBetweenTheCheckAndTheWrite_GetsTheSame409_AndNothingOfThePostIsSaved()
    {
        using var client = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(client);
        var editor = await PageAsync(client, editPath);
        site.InBetween.Arm(editPath, list =>
        {
            list.Title = "Renamed in between";
            ListStore.AddItem(list, "/occupations/registered-nurses", "Registered Nurses", "added in between");
        });

        using var save = await SubmitAsync(client, editor, "#list-form", new() { ["introduction"] = "Typed while it changed", [NoteName(editor, 1)] = "typed note" });
        var (status, changed) = await ReadAsync(save);

        Assert.True(site.InBetween.Done, "the other change was made between the check and the write");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Renamed in between", TitleIn(changed));
        Assert.Equal("Typed while it changed", IntroductionIn(changed));
        Assert.Equal(["first", "typed note", "added in between"], Notes(changed));
        var saved = await SavedAsync(site, editPath);
        Assert.Equal(("Renamed in between", "Read these before Friday."), (saved.Title, saved.Introduction));
        Assert.Equal(["first", "second", "added in between"], saved.Items.Select(i => i.Note));

        using var again = await SubmitAsync(client, changed, "#list-form", []);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var both = await SavedAsync(site, editPath);
        Assert.Equal(("Renamed in between", "Typed while it changed"), (both.Title, both.Introduction));
        Assert.Equal(["first", "typed note", "added in between"], both.Items.Select(i => i.Note));
    }

    [Fact]
    public async Task AddToAListFromAPage_ThatMeetsAnotherAdd_TriesAgain_AndBothAreKept()
    {
        using var client = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(client);
        site.InBetween.Arm(editPath, list => ListStore.AddItem(list, "/occupations/registered-nurses", "Registered Nurses", "added in between"));

        await AddAsync(client, "/clusters/information-technology", "added from the page");

        Assert.True(site.InBetween.Done, "the other add was made between the read and the write");
        var saved = await SavedAsync(site, editPath);
        Assert.Equal(["first", "second", "added in between", "added from the page"], saved.Items.Select(i => i.Note));
        Assert.Equal([0, 1, 2, 3], saved.Items.Select(i => i.Position));
    }

    [Fact]
    public async Task APostWithoutAVersion_AScriptsPost_IsSavedAsBefore()
    {
        using var client = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(client);
        var editor = await PageAsync(client, editPath);
        editor.QuerySelector("#list-form input[name=version]")!.Remove();

        using var save = await SubmitAsync(client, editor, "#list-form", new() { ["title"] = "Saved by a script" });

        Assert.Equal(HttpStatusCode.SeeOther, save.StatusCode);
        Assert.Equal("Saved by a script", (await SavedAsync(site, editPath)).Title);
    }

    [Fact]
    public async Task ASaveThatChangesNothing_KeepsTheVersion_SoAnotherTabIsNotStopped()
    {
        using var client = site.CreatePlainClient();
        string editPath = await ListOfTwoAsync(client);
        var editor = await PageAsync(client, editPath);
        var otherTab = await PageAsync(client, editPath);

        using var unchanged = await SubmitAsync(client, editor, "#list-form", []);
        using var changed = await SubmitAsync(client, otherTab, "#list-form", new() { ["title"] = "Changed in the other tab" });

        Assert.Equal(HttpStatusCode.SeeOther, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);
        Assert.Equal(VersionIn(editor) + 1, VersionIn(await PageAsync(client, editPath)));
    }
}

public sealed class ChangedMeanwhileOnSqliteTests(ChangedMeanwhileOnSqliteTests.Site site) : ChangedMeanwhileTests(site), IClassFixture<ChangedMeanwhileOnSqliteTests.Site>
{
    public sealed class Site() : ChangedMeanwhileSite(new SqliteUserDataStore());
}

public sealed class ChangedMeanwhileOnPostgreSqlTests(ChangedMeanwhileOnPostgreSqlTests.Site site) : ChangedMeanwhileTests(site), IClassFixture<ChangedMeanwhileOnPostgreSqlTests.Site>
{
    public sealed class Site() : ChangedMeanwhileSite(new PostgreSqlUserDataStore());
}

/// <summary>One instance over a store of its own, with a hook that saves another change just before the site's next write of a list.</summary>
public abstract class ChangedMeanwhileSite(UserDataStore store)
    : SiteFactory(TestPaths.TestContent, store.With(new Dictionary<string, string> { ["Content:WatchForChanges"] = "false", ["Lists:MaxChangesPerMinute"] = "1000" }))
{
    public ChangeInBetween InBetween { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        InBetween.Services = () => Services;
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<UserDataDbContext>(options => options.AddInterceptors(InBetween));
            services.ConfigureDbContext<PostgreSqlUserDataDbContext>(options => options.AddInterceptors(InBetween));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        store.Dispose();
    }
}

/// <summary>
/// Once armed, the next time the site is about to write a change of the given list, another request's change of it is
/// saved first (through the site's own store, in a scope of its own): the race between the version check and the write.
/// </summary>
public sealed class ChangeInBetween : SaveChangesInterceptor
{
    private (string Code, Action<CounselorList> Change)? _armed;

    public Func<IServiceProvider>? Services { get; set; }

    public bool Done { get; private set; }

    public void Arm(string editPath, Action<CounselorList> change)
    {
        Done = false;
        _armed = (editPath.Split('/')[2], change);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (_armed is { } armed && eventData.Context!.ChangeTracker.Entries<CounselorList>().Any(e => e.State == EntityState.Modified && e.Entity.PublicCode == armed.Code))
        {
            _armed = null;
            await using var scope = Services!().CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ListStore>();
            var list = (await store.FindAsync(armed.Code, cancellationToken))!;
            armed.Change(list);
            await store.SaveAsync(list, cancellationToken);
            Done = true;
        }
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
