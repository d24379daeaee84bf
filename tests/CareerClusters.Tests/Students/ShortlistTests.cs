using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace CareerClusters.Tests.Students;

/// <summary>The shortlist and "not for me": form posts, the cookie, /my-clusters, its share link, and cached pages.</summary>
public class ShortlistTests(StudentSite site) : IClassFixture<StudentSite>
{
    private async Task<HttpResponseMessage> ChooseAsync(string slug, string to, string? returnUrl = null, string? cookie = null,
        Action<HttpRequestMessage>? configure = null)
    {
        using var client = site.CreateBareClient();
        var fields = new List<KeyValuePair<string, string>> { new("slug", slug), new("to", to) };
        if (returnUrl is not null)
        {
            fields.Add(new("returnUrl", returnUrl));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/my-clusters/choose", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"cc_my={cookie}");
        }
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    private static string SetCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc_my=", StringComparison.Ordinal));

    private static string CookieValue(HttpResponseMessage response) => SetCookie(response).Split(';')[0]["cc_my=".Length..];

    private static string? Pressed(IHtmlDocument page, string slug, string choice) =>
        page.QuerySelector($"form#shortlist-{slug} button[data-choice={choice}]")?.GetAttribute("aria-pressed");

    [Fact]
    public async Task Shortlisting_SetsAYearLongLaxCookie_AndReturnsToTheSamePlace()
    {
        using var response = await ChooseAsync("health-science", "shortlist", "/clusters#shortlist-health-science");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/clusters#shortlist-health-science", response.Headers.Location!.OriginalString);
        string cookie = SetCookie(response).ToLowerInvariant();
        Assert.StartsWith("cc_my=health-science;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choices_MoveAClusterBetweenShortlistAndSetAside_AndClearingRemovesTheCookie()
    {
        using var first = await ChooseAsync("health-science", "shortlist");
        using var second = await ChooseAsync("information-technology", "setaside", cookie: CookieValue(first));
        using var third = await ChooseAsync("information-technology", "shortlist", cookie: CookieValue(second));
        using var cleared = await ChooseAsync("health-science", "none", cookie: "health-science");

        Assert.Equal("health-science~information-technology", CookieValue(second));
        Assert.Equal("health-science.information-technology", CookieValue(third));
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookie(cleared), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task AReturnAddressOffTheSite_IsReplacedByMyClusters(string returnUrl)
    {
        using var response = await ChooseAsync("health-science", "shortlist", returnUrl);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/my-clusters", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("no-such-cluster", "shortlist")]
    [InlineData("health-science", "favourite")]
    [InlineData("", "shortlist")]
    public async Task AnUnknownClusterOrChoice_IsA400PageAndChangesNothing(string slug, string to)
    {
        using var response = await ChooseAsync(slug, to);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("That request did not make sense", (await StudentSite.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task APostFromAnotherSite_IsRefused()
    {
        using var crossSite = await ChooseAsync("health-science", "shortlist", configure: r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));
        using var otherOrigin = await ChooseAsync("health-science", "shortlist", configure: r => r.Headers.Add("Origin", "https://evil.example"));
        using var sameOrigin = await ChooseAsync("health-science", "shortlist", configure: r => r.Headers.Add("Sec-Fetch-Site", "same-origin"));
        using var ownOrigin = await ChooseAsync("health-science", "shortlist", configure: r => r.Headers.Add("Origin", "http://localhost"));

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOrigin.StatusCode);
        Assert.False(crossSite.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.SeeOther, sameOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, ownOrigin.StatusCode);
    }

    [Fact]
    public async Task TheScript_GetsTheNewStateAsJson()
    {
        using var response = await ChooseAsync("information-technology", "setaside", configure: r => r.Headers.Add("Accept", "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("information-technology", json.RootElement.GetProperty("slug").GetString());
        Assert.Equal("setaside", json.RootElement.GetProperty("choice").GetString());
        Assert.Equal("Information Technology is set aside.", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("~information-technology", CookieValue(response));
    }

    [Fact]
    public async Task MyClusters_ListsTheShortlistAndSetAside_WithAShareLink()
    {
        var page = await site.GetAsync("/my-clusters", "information-technology.health-science");
        var setAside = await site.GetAsync("/my-clusters", "~health-science");

        Assert.Equal(["/clusters/information-technology", "/clusters/health-science"],
            page.QuerySelectorAll("#shortlist-title ~ ul.card-grid h3 a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("a[href='/clusters/information-technology/web-and-digital-communications']"));
        Assert.EndsWith("/my-clusters?c=information-technology,health-science", page.QuerySelector("input#share-link")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(["information-technology", "health-science"],
            page.QuerySelectorAll("form[action='/compare'] input[name=clusters][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("true", Pressed(page, "health-science", "shortlist"));

        Assert.Contains("Your shortlist is empty", setAside.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", Pressed(setAside, "health-science", "setaside"));
        Assert.NotNull(setAside.QuerySelector("#set-aside-title ~ ul a[href='/clusters/health-science']"));
    }

    [Theory]
    [InlineData("no-such-cluster.health-science~..%3Cscript%3E")]
    [InlineData("health-science.health-science.HEALTH-SCIENCE")]
    public async Task ACookieWithUnknownOrOddNames_ShowsOnlyRealClusters(string cookie)
    {
        var page = await site.GetAsync("/my-clusters", cookie);

        Assert.Equal(["/clusters/health-science"], page.QuerySelectorAll("#shortlist-title ~ ul.card-grid h3 a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("#set-aside-title"));
    }

    [Fact]
    public async Task MyClusters_IsNeverSharedCached()
    {
        using var client = site.CreateBareClient();
        using var response = await client.GetAsync(new Uri("/my-clusters", UriKind.Relative));

        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task ASharedLink_ShowsThoseClustersReadOnly_WithAWayToCopyThem()
    {
        var page = await site.GetAsync("/my-clusters?c=health-science,information-technology,gone");

        Assert.Equal("A shared shortlist", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/clusters/health-science", "/clusters/information-technology"],
            page.QuerySelectorAll("ul.card-grid h2 a").Select(a => a.GetAttribute("href")));
        Assert.Contains("1 name in this link did not match a cluster", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form[data-shortlist]"));
        var add = page.QuerySelector("form[action='/my-clusters/add']")!;
        Assert.Equal(["health-science", "information-technology"], add.QuerySelectorAll("input[name=c]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector("a[href='/compare?clusters=health-science,information-technology']"));
    }

    [Fact]
    public async Task AddingSeveral_KeepsWhatWasThere_AndTakesThemOffTheSetAsideList()
    {
        using var client = site.CreateBareClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/my-clusters/add", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("c", "information-technology"), new("c", "health-science"), new("c", "gone"), new("returnUrl", "/my-clusters")]),
        };
        request.Headers.Add("Cookie", "cc_my=information-technology~health-science");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/my-clusters", response.Headers.Location!.OriginalString);
        Assert.Equal("information-technology.health-science", CookieValue(response));
    }

    [Fact]
    public async Task CardsAndClusterPages_ShowTheToggleWithItsStateInWordsAndAriaPressed()
    {
        var page = await site.GetAsync("/clusters/health-science", "health-science");

        var form = page.QuerySelector("form#shortlist-health-science")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/my-clusters/choose", form.GetAttribute("action"));
        Assert.Equal("/clusters/health-science#shortlist-health-science", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        var shortlist = form.QuerySelector("button[data-choice=shortlist]")!;
        Assert.Equal(("true", "none"), (shortlist.GetAttribute("aria-pressed"), shortlist.GetAttribute("value")));
        Assert.Contains("Shortlisted", shortlist.QuerySelector(".toggle-on")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(" (Health Science)", shortlist.QuerySelector(".visually-hidden")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/compare?clusters=health-science']"));
    }

    [Fact]
    public async Task CachedPages_ShowEachVisitorTheirOwnChoices()
    {
        // Warm the cache as a visitor without a shortlist, then ask as two others, then again as the first.
        var paths = new[] { "/", "/clusters", "/clusters/health-science", "/search?q=zzzzqqq" };
        foreach (string path in paths)
        {
            var anonymous = await site.GetAsync(path);
            var shortlister = await site.GetAsync(path, "health-science");
            var setAsider = await site.GetAsync(path + (path == "/" ? "?show=all" : ""), "~health-science");
            var anonymousAgain = await site.GetAsync(path);

            Assert.Equal("false", Pressed(anonymous, "health-science", "shortlist"));
            Assert.Equal("true", Pressed(shortlister, "health-science", "shortlist"));
            Assert.Equal("true", Pressed(setAsider, "health-science", "setaside"));
            Assert.Equal("false", Pressed(setAsider, "health-science", "shortlist"));
            Assert.Equal("false", Pressed(anonymousAgain, "health-science", "shortlist"));
        }
    }

    [Fact]
    public async Task TheHomeGrid_HidesSetAsideClusters_UntilTheStudentAsksToSeeAll()
    {
        var hidden = await site.GetAsync("/", "~health-science");
        var all = await site.GetAsync("/?show=all", "~health-science");
        var none = await site.GetAsync("/");

        Assert.Equal(["/clusters/information-technology"], hidden.QuerySelectorAll("#clusters-title ~ ul .card-title a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(hidden.QuerySelector(".set-aside-note a[href='/?show=all#clusters-title']"));
        Assert.Equal(2, all.QuerySelectorAll("#clusters-title ~ ul .card-title a").Length);
        Assert.Null(none.QuerySelector(".set-aside-note"));
    }
}
