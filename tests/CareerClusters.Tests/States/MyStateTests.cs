using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Http;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerClusters.Tests.States;

/// <summary>The test content with the real states file.</summary>
public sealed class StateSite : SiteFactory
{
    private readonly ContentCopy _content;

    public StateSite() : this(MakeContent())
    {
    }

    private StateSite(ContentCopy content) : base(content.Path) => _content = content;

    private static ContentCopy MakeContent()
    {
        var content = new ContentCopy();
        content.Write("data/states/states.csv", File.ReadAllText(Path.Combine(TestPaths.RealContent, "data", "states", "states.csv")));
        return content;
    }

    /// <summary>A client that neither follows redirects nor keeps cookies: each test says exactly what it sends.</summary>
    public HttpClient CreateBareClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}

/// <summary>
/// "My state", no account: picking a state sets a year-long Lax cookie and changes a job page's links (cached per state,
/// never shown to anyone else), forgetting clears it, and an unknown state or a bad form is a helpful 4xx, never a 500.
/// </summary>
public sealed class MyStateTests(StateSite site) : IClassFixture<StateSite>
{
    private const string NursesPage = "/occupations/registered-nurses";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private async Task<HttpResponseMessage> GetAsync(string path, string? stateCookie = null, params (string Name, string Value)[] headers)
    {
        using var client = site.CreateBareClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (stateCookie is not null)
        {
            request.Headers.Add("Cookie", $"{MyState.CookieName}={stateCookie}");
        }
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await client.SendAsync(request);
    }

    /// <summary>Posts a form the way the picker does: with the antiforgery cookie and token of a freshly loaded picker.</summary>
    private async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        using var client = site.CreateBareClient();
        using var picker = await client.GetAsync(new Uri(SitePaths.MyState, UriKind.Relative));
        string antiforgeryCookie = picker.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        string token = Parse(await picker.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__RequestVerificationToken", token));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(all) };
        request.Headers.Add("Cookie", antiforgeryCookie);
        return await client.SendAsync(request);
    }

    private static string StateSetCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(MyState.CookieName + "=", StringComparison.Ordinal));

    private static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    private static List<string> OutboundLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("#in-your-state a[href^='https://']").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task ThePicker_ListsEveryStateAsAButtonOfOneForm_WorksWithoutJavaScript_AndIsNeverStored()
    {
        using var response = await GetAsync(SitePaths.StatePicker("registered-nurses"));
        var page = await DocumentAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", string.Join(",", response.Headers.CacheControl!.ToString()), StringComparison.Ordinal);
        var form = page.QuerySelector($"form[method=post][action='{SitePaths.ChooseState}']")!;
        var buttons = form.QuerySelectorAll("button[name=state]");
        Assert.Equal(52, buttons.Length);
        Assert.Contains(buttons, b => b.GetAttribute("value") == "TX" && b.TextContent.Trim() == "Texas");
        Assert.Equal("registered-nurses", form.QuerySelector("input[name=job]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Your state", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ChoosingAState_SetsAYearLongLaxCookie_AndReturnsToTheJob()
    {
        using var response = await PostAsync(SitePaths.ChooseState, [new("state", "TX"), new("job", "registered-nurses")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(NursesPage + "#in-your-state", response.Headers.Location!.OriginalString);
        string cookie = StateSetCookie(response).ToLowerInvariant();
        Assert.StartsWith("cc_state=tx;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingWithoutAJob_LeadsToTheStatesPage()
    {
        using var response = await PostAsync(SitePaths.ChooseState, [new("state", "oh")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/state/ohio", response.Headers.Location!.OriginalString);
        Assert.StartsWith("cc_state=OH;", StateSetCookie(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChosenState_ChangesTheJobPagesLinks_AndEachStateHasItsOwnCachedCopyAndETag()
    {
        using var before = await GetAsync(NursesPage);
        using var texas = await GetAsync(NursesPage, "TX");
        using var ohio = await GetAsync(NursesPage, "OH");
        using var after = await GetAsync(NursesPage);
        using var texasAgain = await GetAsync(NursesPage, "TX");

        var none = await DocumentAsync(before);
        var prompt = none.QuerySelector("#in-your-state a")!;
        Assert.Equal("See this job in your state", prompt.TextContent);
        Assert.Equal("/state?job=registered-nurses", prompt.GetAttribute("href"));
        Assert.Empty(OutboundLinks(none));

        var texasPage = await DocumentAsync(texas);
        Assert.Equal("Registered Nurses in Texas", texasPage.QuerySelector("#in-your-state h2")!.TextContent);
        Assert.Equal(
        [
            StateLinks.Pay("29-1141.00", "Registered Nurses", "Texas"),
            StateLinks.Licenses("Registered Nurses", "Texas"),
            StateLinks.Apprenticeships("Texas"),
            "https://texascareercheck.com/",
        ], OutboundLinks(texasPage));
        // Each link says where it goes, and that it leaves the site.
        Assert.Equal(["Another website: careeronestop.org", "Another website: careeronestop.org", "Another website: apprenticeship.gov", "Another website: texascareercheck.com"],
            texasPage.QuerySelectorAll("#in-your-state .link-site").Select(s => s.TextContent));
        Assert.Equal("/state?job=registered-nurses", texasPage.QuerySelector(".state-change a")!.GetAttribute("href"));

        var ohioPage = await DocumentAsync(ohio);
        Assert.Equal("Registered Nurses in Ohio", ohioPage.QuerySelector("#in-your-state h2")!.TextContent);
        Assert.All(OutboundLinks(ohioPage), l => Assert.DoesNotContain("Texas", l, StringComparison.Ordinal));
        Assert.Contains("https://ohiomeansjobs.ohio.gov/", OutboundLinks(ohioPage));

        // The cached copies never cross: the page without a state stays the same for everyone.
        Assert.Empty(OutboundLinks(await DocumentAsync(after)));
        Assert.Equal(OutboundLinks(texasPage), OutboundLinks(await DocumentAsync(texasAgain)));
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(texas.Headers.ETag, texasAgain.Headers.ETag);
        Assert.Equal(3, new[] { before, texas, ohio }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(before));
        Assert.Equal(HttpSite.Directives("private, no-cache"), HttpSite.CacheControl(texas));
        Assert.Contains("Cookie", before.Headers.Vary);
    }

    [Fact]
    public async Task ACopyConfirmedForNoState_IsNotConfirmedForAStudentWithAState()
    {
        using var anyone = await GetAsync(NursesPage);
        using var student = await GetAsync(NursesPage, "TX", ("If-None-Match", anyone.Headers.ETag!.Tag));
        using var same = await GetAsync(NursesPage, null, ("If-None-Match", anyone.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.OK, student.StatusCode);
        Assert.NotEmpty(OutboundLinks(await DocumentAsync(student)));
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("tx; cc_state=OH")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    public async Task AnUnknownOrMalformedCookie_IsTheSameAsNone(string value)
    {
        using var none = await GetAsync(NursesPage);
        using var odd = await GetAsync(NursesPage, Uri.EscapeDataString(value));

        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        Assert.Empty(OutboundLinks(await DocumentAsync(odd)));
        Assert.Equal(none.Headers.ETag, odd.Headers.ETag);
    }

    [Fact]
    public async Task ForgettingTheState_RemovesTheCookie_AndGoesBackToThePicker()
    {
        using var response = await PostAsync(SitePaths.ForgetState, [new("job", "registered-nurses")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/state?job=registered-nurses", response.Headers.Location!.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", StateSetCookie(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAState_ThePickerAndTheStatesPage_SayItAndOfferToForgetIt()
    {
        var picker = await DocumentAsync(await GetAsync(SitePaths.MyState, "TX"));
        var texas = await DocumentAsync(await GetAsync("/state/texas", "TX"));
        var ohio = await DocumentAsync(await GetAsync("/state/ohio", "TX"));

        Assert.Contains("Your state is Texas.", picker.QuerySelector(".state-current")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", picker.QuerySelector("button[value=TX]")!.GetAttribute("aria-current"));
        Assert.NotNull(picker.QuerySelector($"form[action='{SitePaths.ForgetState}'] button"));
        Assert.NotNull(texas.QuerySelector($"form[action='{SitePaths.ForgetState}'] button"));
        Assert.Null(texas.QuerySelector($"form[action='{SitePaths.ChooseState}']"));
        Assert.Equal("Make Ohio my state", ohio.QuerySelector($"form[action='{SitePaths.ChooseState}'] button")!.TextContent);
        Assert.Equal("OH", ohio.QuerySelector($"form[action='{SitePaths.ChooseState}'] input[name=state]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AStatesPage_WithAJob_HasThatJobsLinks_AndACodeMovesToTheStatesAddress()
    {
        using var code = await GetAsync("/state/tx?job=registered-nurses");
        using var upper = await GetAsync("/state/TX");
        var page = await DocumentAsync(await GetAsync("/state/texas?job=registered-nurses"));
        var plain = await DocumentAsync(await GetAsync("/state/texas?job=no-such-job"));

        Assert.Equal(HttpStatusCode.MovedPermanently, code.StatusCode);
        Assert.Equal("/state/texas?job=registered-nurses", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, upper.StatusCode);
        Assert.Equal("Registered Nurses in Texas", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(StateLinks.Pay("29-1141.00", "Registered Nurses", "Texas"), page.QuerySelectorAll(".state-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Texas", plain.QuerySelector("h1")!.TextContent);
        Assert.Equal([StateLinks.Apprenticeships("Texas"), "https://texascareercheck.com/"], plain.QuerySelectorAll(".state-links a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/state/zz")]
    [InlineData("/state/atlantis")]
    [InlineData("/state/choose")]
    [InlineData("/state/%3Cscript%3E")]
    [InlineData("/state/texas%27--")]
    public async Task AnUnknownState_GetsThePickerWithAMessage_As404(string path)
    {
        using var response = await GetAsync(path);
        var page = await DocumentAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We could not find that state. Pick yours from the list below.", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(52, page.QuerySelectorAll("button[name=state]").Length);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData("Texas")]
    [InlineData("<b>TX</b>")]
    public async Task ChoosingAStateThatIsNotOnTheList_Is400WithTheListAgain_AndNoCookie(string state)
    {
        using var response = await PostAsync(SitePaths.ChooseState, [new("state", state), new("job", "registered-nurses")]);
        var page = await DocumentAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("That was not one of the states on the list.", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(MyState.CookieName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFormWithoutItsToken_IsRefused_WithoutSettingTheCookie()
    {
        using var response = await PostAsync(SitePaths.ChooseState, [new("state", "TX")], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(MyState.CookieName, StringComparison.Ordinal));
    }
}
