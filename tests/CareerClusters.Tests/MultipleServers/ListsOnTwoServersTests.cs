using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using static CareerClusters.Tests.Lists.ListForms;
using static CareerClusters.Tests.MultipleServers.ListEditors;

namespace CareerClusters.Tests.MultipleServers;

/// <summary>
/// Two instances of the site behind a load balancer, over one PostgreSQL database (issue 24), each with its own content
/// database: a list made on one is read and edited on the other, a form served by one is accepted by the other, and
/// changes of one list from both at once never lose an item or overwrite each other unseen.
/// </summary>
public sealed class ListsOnTwoServersTests : IDisposable
{
    private readonly PostgreSqlUserDataStore _store = new();
    private readonly SiteFactory _a;
    private readonly SiteFactory _b;

    public ListsOnTwoServersTests()
    {
        _a = Instance();
        _b = Instance();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _store.Dispose();
    }

    private SiteFactory Instance() => new(TestPaths.TestContent, _store.With(new Dictionary<string, string>
    {
        ["Content:WatchForChanges"] = "false",
    }));

    [Fact]
    public async Task AListMadeOnOne_IsShownAndEditedOnTheOther_AndTheEditIsSeenOnTheFirst()
    {
        using var onA = _a.CreatePlainClient();
        using var onB = _b.CreatePlainClient();
        string editPath = await CreateListAsync(onA, "Made on A");
        await AddAsync(onA, "/occupations/registered-nurses", "Added on A");

        var shownOnB = await PageAsync(onB, PublicPathOf(editPath));
        var editorOnB = await PageAsync(onB, editPath);
        using var saved = await SubmitAsync(onB, editorOnB, "#list-form", new() { ["title"] = "Edited on B", [NoteName(editorOnB, 0)] = "Note from B" });
        var shownOnA = await PageAsync(onA, PublicPathOf(editPath));

        Assert.Equal("Made on A", shownOnB.QuerySelector("h1")!.TextContent);
        Assert.Contains("Added on A", shownOnB.QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal("Edited on B", shownOnA.QuerySelector("h1")!.TextContent);
        Assert.Contains("Note from B", shownOnA.QuerySelector(".list-items")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Note from B"], Notes(await PageAsync(onA, editPath)));
    }

    [Fact]
    public async Task TheEditorsFormFromOne_WithItsAntiforgeryTokenAndCookie_IsAcceptedByTheOther()
    {
        string editPath;
        using (var maker = _a.CreatePlainClient())
        {
            editPath = await CreateListAsync(maker, "Before");
        }
        // Clients that keep no cookies: the test carries A's antiforgery cookie to B itself, as a browser would.
        using var onA = _a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var onB = _b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var opened = await onA.GetAsync(new Uri(editPath, UriKind.Relative));
        var editor = new HtmlParser().ParseDocument(await opened.Content.ReadAsStringAsync());
        var antiforgery = SetCookieHeaderValue.ParseList([.. opened.Headers.GetValues(HeaderNames.SetCookie)])
            .Single(c => c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

        using var withCookie = Post(editor, editPath, "After, sent to B", $"{antiforgery.Name}={antiforgery.Value}");
        using var withoutCookie = Post(editor, editPath, "Never saved", null);
        using var accepted = await onB.SendAsync(withCookie);
        using var refused = await onB.SendAsync(withoutCookie);

        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("After, sent to B", (await PageAsync(onA, PublicPathOf(editPath))).QuerySelector("h1")!.TextContent);
    }

    /// <summary>The editor's form as a browser sends it, with a new title, and the cookie given (none: null).</summary>
    private static HttpRequestMessage Post(IHtmlDocument editor, string editPath, string title, string? cookie)
    {
        var fields = editor.QuerySelectorAll("#list-form input[name]").Where(i => i.GetAttribute("type") != "submit")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["title"] = title;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(editPath, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (cookie is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, cookie);
        }
        return request;
    }

    [Fact]
    public async Task TwentyAddsToOneList_FromBothServersAtOnce_AllLand_EachInItsOwnPlace()
    {
        using var onA = _a.CreatePlainClient();
        using var onB = _b.CreatePlainClient();
        string editPath = await CreateListAsync(onA, "Twenty at once");
        // B's browser opens the editor too, which makes the list its current one (and gives it an antiforgery cookie).
        await PageAsync(onB, editPath);
        await PageAsync(onA, editPath);
        string[] pages = ["/clusters/health-science", "/occupations/registered-nurses", "/occupations/web-developers", "/clusters/information-technology"];
        // The "Add to a list" forms are opened first, then all twenty are sent at once.
        var forms = new List<(HttpClient Client, IHtmlDocument Form, string Note)>();
        for (int i = 0; i < 20; i++)
        {
            var client = i % 2 == 0 ? onA : onB;
            forms.Add((client, await PageAsync(client, $"/lists/add?page={Uri.EscapeDataString(pages[i % pages.Length])}"), $"add {i + 1}"));
        }

        var sent = await Task.WhenAll(forms.Select(f => Task.Run(() => SubmitAsync(f.Client, f.Form, "form.stacked-form", new() { ["note"] = f.Note }))));

        try
        {
            Assert.All(sent, response => Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode));
        }
        finally
        {
            foreach (var response in sent)
            {
                response.Dispose();
            }
        }
        var saved = await SavedAsync(_b, editPath);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"add {i}").Order(StringComparer.Ordinal), saved.Items.Select(i => i.Note).Order(StringComparer.Ordinal));
        Assert.Equal(20, saved.Items.Select(i => i.Position).Distinct().Count());
        Assert.Equal(20, (await PageAsync(onA, PublicPathOf(editPath))).QuerySelectorAll(".list-items > li").Length);
    }

    [Fact]
    public async Task TwoEditorsOnTheSameVersion_OnTwoServers_TheLaterSaveIsShownWhatChanged_AndNothingIsLost()
    {
        using var onA = _a.CreatePlainClient();
        using var onB = _b.CreatePlainClient();

        await TheLaterOfTwoSaves_IsShownWhatChanged_ThenKeepsBothAsync(_a, onA, onB);
    }
}
