using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using static CareerClusters.Tests.Lists.ListForms;

namespace CareerClusters.Tests.MultipleServers;

/// <summary>
/// Reading a list's editor as a counselor sees it, and the one story every provider and every number of servers must
/// tell the same way: two editors opened on the same version, the first saves, the second is shown what changed.
/// </summary>
public static class ListEditors
{
    public const string ChangedNotice = "This list changed after you opened it";

    public static async Task<(HttpStatusCode Status, IHtmlDocument Page)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));

    public static int ItemId(IHtmlDocument editor, int index) =>
        int.Parse(editor.QuerySelectorAll(".list-items > li")[index].Id!["item-".Length..], CultureInfo.InvariantCulture);

    public static string NoteName(IHtmlDocument editor, int index) => $"notes[{ItemId(editor, index)}]";

    public static List<string> Notes(IHtmlDocument editor) => editor.QuerySelectorAll(".list-items textarea").Select(t => t.TextContent).ToList();

    public static string TitleIn(IHtmlDocument editor) => editor.QuerySelector("#list-title")!.GetAttribute("value")!;

    public static string IntroductionIn(IHtmlDocument editor) => editor.QuerySelector("#list-introduction")!.TextContent;

    public static int VersionIn(IHtmlDocument editor) => int.Parse(editor.QuerySelector("#list-form input[name=version]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);

    /// <summary>The "changed meanwhile" notice, or null when the page has none.</summary>
    public static string? NoticeIn(IHtmlDocument editor) => editor.QuerySelector(".notice.changed[role=alert]")?.TextContent;

    /// <summary>The list as it is saved: title, introduction, and its items in order with their notes and positions.</summary>
    public static async Task<(string Title, string Introduction, List<CounselorListItem> Items)> SavedAsync(WebApplicationFactory<Program> site, string editPath)
    {
        string code = editPath.Split('/')[2];
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        var list = await db.Lists.AsNoTracking().Include(l => l.Items).SingleAsync(l => l.PublicCode == code);
        return (list.Title, list.Introduction, list.Items.OrderBy(i => i.Position).ToList());
    }

    /// <summary>
    /// A list of two pages (notes "first" and "second"), made with <paramref name="maker"/>, which is left as the
    /// browser's current list; its edit link.
    /// </summary>
    public static async Task<string> ListOfTwoAsync(HttpClient maker)
    {
        string editPath = await CreateListAsync(maker);
        await AddAsync(maker, "/clusters/health-science", "first");
        await AddAsync(maker, "/occupations/web-developers", "second");
        return editPath;
    }

    /// <summary>
    /// Two editors of one list opened on the same version (<paramref name="first"/> and <paramref name="second"/>: two tabs,
    /// or two servers). The first saves a new title and a note; the second, still showing the old version, saves an
    /// introduction and another note: 409, the "changed meanwhile" page with its own text kept and the first one's change
    /// shown, nothing of it saved; saved again from that page, both changes are kept.
    /// </summary>
    public static async Task TheLaterOfTwoSaves_IsShownWhatChanged_ThenKeepsBothAsync(WebApplicationFactory<Program> site, HttpClient first, HttpClient second)
    {
        string editPath = await ListOfTwoAsync(first);
        var firstEditor = await PageAsync(first, editPath);
        var secondEditor = await PageAsync(second, editPath);
        Assert.Equal(VersionIn(firstEditor), VersionIn(secondEditor));

        using var firstSave = await SubmitAsync(first, firstEditor, "#list-form",
            new() { ["title"] = "Title from the first", [NoteName(firstEditor, 0)] = "Note from the first" });
        Assert.Equal(HttpStatusCode.SeeOther, firstSave.StatusCode);

        using var secondSave = await SubmitAsync(second, secondEditor, "#list-form",
            new() { ["introduction"] = "Introduction from the second", [NoteName(secondEditor, 1)] = "Note from the second" });
        var (status, changed) = await ReadAsync(secondSave);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains(ChangedNotice, NoticeIn(changed), StringComparison.Ordinal);
        Assert.Contains("Nothing was saved yet", NoticeIn(changed), StringComparison.Ordinal);
        // What the second typed is still in its boxes; where it typed nothing, the first one's change shows.
        Assert.Equal("Title from the first", TitleIn(changed));
        Assert.Equal("Introduction from the second", IntroductionIn(changed));
        Assert.Equal(["Note from the first", "Note from the second"], Notes(changed));
        Assert.True(VersionIn(changed) > VersionIn(secondEditor), "the page carries the list's new version");
        Assert.Empty(changed.QuerySelectorAll(".meanwhile"));
        Assert.Equal("true", changed.QuerySelector("#list-form")!.GetAttribute("data-unsaved"));
        var saved = await SavedAsync(site, editPath);
        Assert.Equal("Title from the first", saved.Title);
        Assert.Equal("Read these before Friday.", saved.Introduction);
        Assert.Equal(["Note from the first", "second"], saved.Items.Select(i => i.Note));

        using var again = await SubmitAsync(second, changed, "#list-form", []);

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var both = await SavedAsync(site, editPath);
        Assert.Equal(("Title from the first", "Introduction from the second"), (both.Title, both.Introduction));
        Assert.Equal(["Note from the first", "Note from the second"], both.Items.Select(i => i.Note));
        var shown = await PageAsync(first, editPath + "?saved=1");
        Assert.Equal(["Note from the first", "Note from the second"], Notes(shown));
        Assert.Null(NoticeIn(shown));
        Assert.Equal("false", shown.QuerySelector("#list-form")!.GetAttribute("data-unsaved"));
    }
}
