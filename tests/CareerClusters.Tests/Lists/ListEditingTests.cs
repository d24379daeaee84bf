using System.Net;
using AngleSharp.Html.Dom;
using CareerClusters.Tests.Support;
using static CareerClusters.Tests.Lists.ListForms;

namespace CareerClusters.Tests.Lists;

/// <summary>
/// Editing never throws away what was typed, without JavaScript: every button of the editor's form saves the title,
/// introduction and notes first; "Remove" asks on a page of its own (issue 22).
/// </summary>
public abstract class ListEditingTests(UserDataStore store) : IDisposable
{
    private readonly ListSite _site = new(TestPaths.TestContent, store.With());

    public void Dispose()
    {
        _site.Dispose();
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(HttpClient Client, string EditPath, IHtmlDocument Editor)> ListOfTwoAsync()
    {
        var client = _site.CreatePlainClient();
        string editPath = await CreateListAsync(client);
        await AddAsync(client, "/clusters/health-science", "first");
        await AddAsync(client, "/occupations/web-developers", "second");
        return (client, editPath, await PageAsync(client, editPath));
    }

    private static string NoteName(IHtmlDocument editor, int index) => editor.QuerySelectorAll(".list-items textarea")[index].GetAttribute("name")!;

    private static string ItemId(IHtmlDocument editor, int index) => editor.QuerySelectorAll(".list-items > li")[index].Id!["item-".Length..];

    private static List<string> Notes(IHtmlDocument editor) => editor.QuerySelectorAll(".list-items textarea").Select(t => t.TextContent).ToList();

    [Fact]
    public async Task TypingANote_ThenMoveUp_KeepsTheNote_AndMoves()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            using var moved = await SubmitAsync(client, editor, "#list-form",
                new() { [NoteName(editor, 0)] = "typed, not saved", ["title"] = "Typed title" }, $"{editPath}/items/{ItemId(editor, 1)}/up");
            var after = await PageAsync(client, editPath);

            Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
            Assert.Equal(["second", "typed, not saved"], Notes(after));
            Assert.Equal("Typed title", after.QuerySelector("#list-title")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Remove_AsksOnAPageOfItsOwn_KeepsTypedNotes_AndOnlyRemovesWhenConfirmed()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            string second = ItemId(editor, 1);
            using var asked = await SubmitAsync(client, editor, "#list-form", new() { [NoteName(editor, 0)] = "typed before remove" }, $"{editPath}/items/{second}/remove");
            var question = await PageAsync(client, asked.Headers.Location!.OriginalString);
            var stillTwo = await PageAsync(client, editPath);

            Assert.Equal(HttpStatusCode.SeeOther, asked.StatusCode);
            Assert.Equal("Remove \u201cWeb Developers\u201d?", question.QuerySelector("h1")!.TextContent);
            Assert.Equal(editPath + "#items", question.QuerySelector("main form a")!.GetAttribute("href"));
            Assert.Equal(["typed before remove", "second"], Notes(stillTwo));

            using var removed = await SubmitAsync(client, question, "main form", []);
            var after = await PageAsync(client, editPath);
            Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
            Assert.Equal(["typed before remove"], Notes(after));
        }
    }

    [Fact]
    public async Task AScriptsConfirmedRemove_RemovesAtOnce_AndSavesTheNotes()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            using var removed = await SubmitAsync(client, editor, "#list-form",
                new() { [NoteName(editor, 1)] = "gone anyway", [NoteName(editor, 0)] = "kept", ["confirmed"] = "yes" }, $"{editPath}/items/{ItemId(editor, 1)}/remove");

            Assert.StartsWith(editPath, removed.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(["kept"], Notes(await PageAsync(client, editPath)));
        }
    }

    [Fact]
    public async Task SearchingAndAddingFromTheEditor_KeepTypedNotes()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            // Enter in the search box sends the editor's form (the box belongs to it): saved, then the results.
            using var searched = await SubmitAsync(client, editor, "#list-form", new() { [NoteName(editor, 0)] = "typed before search", ["q"] = "nurse" });
            Assert.EndsWith("?q=nurse#find-title", searched.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var results = await PageAsync(client, searched.Headers.Location!.OriginalString);
            Assert.Equal(["typed before search", "second"], Notes(results));

            var add = results.QuerySelector(".found-pages button[name=page]")!;
            using var added = await SubmitAsync(client, results, "#list-form",
                new() { [NoteName(results, 1)] = "typed before add", ["page"] = add.GetAttribute("value")! }, add.GetAttribute("formaction"));
            var after = await PageAsync(client, editPath);

            Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
            Assert.Equal(["typed before search", "typed before add", ""], Notes(after));
            Assert.Equal("list-form", add.GetAttribute("form"));
        }
    }

    [Fact]
    public async Task AProblem_ShowsTheFormAgainWithEverythingAsTyped()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            string tooLong = new('n', 501);
            using var refused = await SubmitAsync(client, editor, "#list-form",
                new() { ["title"] = "New title", [NoteName(editor, 0)] = "fine", [NoteName(editor, 1)] = tooLong }, $"{editPath}/items/{ItemId(editor, 1)}/up");
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("at most 500 characters", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("New title", page.QuerySelector("#list-title")!.GetAttribute("value"));
            Assert.Equal(["fine", tooLong], Notes(page));
            Assert.Equal(["first", "second"], Notes(await PageAsync(client, editPath)));
        }
    }

    [Fact]
    public async Task TheEditorAndItsForms_WarnAgainstFullNames_AndGiveBothLinksInReadOnlyBoxes()
    {
        var (client, editPath, editor) = await ListOfTwoAsync();
        using (client)
        {
            var newList = await PageAsync(client, "/lists/new");
            var add = await PageAsync(client, "/lists/add?page=%2Fclusters%2Fhealth-science");

            foreach (var field in new[] { editor.QuerySelector("#list-title")!, editor.QuerySelector("#list-introduction")!, editor.QuerySelectorAll(".list-items textarea")[0],
                newList.QuerySelector("#list-title")!, add.QuerySelector("#item-note")! })
            {
                string hint = field.Owner!.GetElementById(field.GetAttribute("aria-describedby")!)!.TextContent;
                Assert.Contains("full name", hint, StringComparison.Ordinal);
            }
            Assert.True(editor.QuerySelector("#edit-link")!.HasAttribute("readonly"));
            Assert.EndsWith(editPath, editor.QuerySelector("#edit-link")!.GetAttribute("value"), StringComparison.Ordinal);
            Assert.EndsWith(PublicPathOf(editPath), editor.QuerySelector("#public-link")!.GetAttribute("value"), StringComparison.Ordinal);
            Assert.Equal(2, editor.QuerySelectorAll("button[data-copy][hidden]").Length);
            Assert.NotNull(editor.QuerySelector("form#list-form[data-unsaved-warning]"));
        }
    }
}

public sealed class ListEditingTestsOnSqlite() : ListEditingTests(new SqliteUserDataStore());

public sealed class ListEditingTestsOnPostgreSql() : ListEditingTests(new PostgreSqlUserDataStore());
