using System.Net;
using AngleSharp.Html.Dom;
using CareerClusters.Tests.Http;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>
/// Issue 20: the survey remembers the latest result in the student's own browser (a cookie, nothing on the server),
/// shows it on the survey page and "My clusters", forgets it when asked, asks for ticks when the form is sent empty,
/// and offers "Not for me" on every cluster of a result.
/// </summary>
public class SurveyMemoryTests(StudentSite site) : IClassFixture<StudentSite>
{
    private sealed record SurveyForm(string Version, IReadOnlyDictionary<string, string> ValueOf);

    private async Task<SurveyForm> ReadFormAsync()
    {
        var page = await site.GetAsync("/survey");
        var form = page.QuerySelector("form#survey-form")!;
        return new SurveyForm(form.QuerySelector("input[name=v]")!.GetAttribute("value")!,
            form.QuerySelectorAll("input[name=s]").ToDictionary(
                box => page.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim(),
                box => box.GetAttribute("value")!));
    }

    /// <summary>Sends the form as a browser does (with its marker) and returns the answer, unfollowed.</summary>
    private async Task<HttpResponseMessage> SendFormAsync(string after, params string[] statements)
    {
        var form = await ReadFormAsync();
        string ticks = string.Concat(statements.Select(s => "&s=" + form.ValueOf[s]));
        using var client = site.CreateBareClient();
        return await client.GetAsync(new Uri($"/survey/results?v={form.Version}&from=form{ticks}&after={after}", UriKind.Relative));
    }

    private static string CookieSet(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LastSurveyResult.CookieName + "=", StringComparison.Ordinal));

    private static string CookieValue(string setCookie) => setCookie.Split(';')[0][(LastSurveyResult.CookieName.Length + 1)..];

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetWithCookieAsync(string path, string? surveyCookie)
    {
        using var client = site.CreateBareClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (surveyCookie is not null)
        {
            request.Headers.Add("Cookie", $"{LastSurveyResult.CookieName}={surveyCookie}");
        }
        var response = await client.SendAsync(request);
        return (response, await StudentSite.ParseAsync(response));
    }

    [Fact]
    public async Task TheForm_SaysItIsTheForm_AndHasAStartOverButtonThatClearsTheTicks()
    {
        var page = await site.GetAsync("/survey");

        var form = page.QuerySelector("form#survey-form")!;
        Assert.Equal("form", form.QuerySelector("input[type=hidden][name=from]")!.GetAttribute("value"));
        var restart = form.QuerySelector("button[type=reset]")!;
        Assert.Equal("Start over", restart.TextContent.Trim());
        // The message for an empty survey is on the page for the script, but hidden until it is needed.
        Assert.True(page.QuerySelector("#survey-problem")!.HasAttribute("hidden"));
        Assert.Null(page.QuerySelector(".last-result"));
    }

    [Fact]
    public async Task AnEmptySurvey_ComesBackAskingForAFewTicks_WithTheEducationAnswerKept()
    {
        using var response = await SendFormAsync("bachelors");
        var page = await StudentSite.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LastSurveyResult.CookieName, StringComparison.Ordinal)));
        Assert.Contains("no-store", HttpSite.CacheControl(response), StringComparison.Ordinal);
        var problem = page.QuerySelector("#survey-problem")!;
        Assert.False(problem.HasAttribute("hidden"));
        Assert.Equal("Tick a few statements first", problem.QuerySelector("h2")!.TextContent);
        Assert.Contains("You have not ticked any statements yet", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal(page.QuerySelector("fieldset.survey-step")!.Id, problem.QuerySelector("a")!.GetAttribute("href")!.TrimStart('#'));
        Assert.StartsWith("Tick a few statements first", page.Title, StringComparison.Ordinal);
        // The form is all there again, with the answer to the last question kept.
        Assert.Equal(7, page.QuerySelectorAll("form#survey-form input[name=s]").Length);
        Assert.Empty(page.QuerySelectorAll("form#survey-form input[name=s][checked]"));
        Assert.Equal("bachelors", Assert.Single(page.QuerySelectorAll("input[name=after][checked]")).GetAttribute("value"));
    }

    [Fact]
    public async Task AnEmptySurveyPosted_AlsoComesBack()
    {
        var form = await ReadFormAsync();
        using var client = site.CreateBareClient();

        using var post = await client.PostAsync(new Uri("/survey/results", UriKind.Relative), new FormUrlEncodedContent(
            [new("v", form.Version), new("from", "form"), new("after", "")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Equal("I am not sure yet", (await StudentSite.ParseAsync(post)).QuerySelector("input[name=after][checked] + label")!.TextContent);
    }

    [Fact]
    public async Task ASurveyWithTicks_IsRememberedInThisBrowserOnly_ByACookie()
    {
        using var response = await SendFormAsync("bachelors", "I like logic puzzles.", "I stay calm.");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        string setCookie = CookieSet(response);
        string code = location.Split('/', '?')[3];
        Assert.Equal($"{code}~bachelors~information-technology.health-science", CookieValue(setCookie));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSurveyPage_ShowsTheRememberedResult_AndTheFormStartsEmpty()
    {
        using var response = await SendFormAsync("bachelors", "I like logic puzzles.", "I stay calm.");
        string cookie = CookieValue(CookieSet(response));

        var (answer, page) = await GetWithCookieAsync("/survey", cookie);

        var last = page.QuerySelector(".last-result")!;
        Assert.Equal("Your last result", last.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Information Technology", "Health Science"], last.QuerySelectorAll("ol.last-top li").Select(li => li.TextContent));
        Assert.Equal(response.Headers.Location!.OriginalString, last.QuerySelector("a.button-link")!.GetAttribute("href"));
        Assert.Equal("See it again", last.QuerySelector("a.button-link")!.TextContent);
        Assert.Equal("/survey/forget", last.QuerySelector("form")!.GetAttribute("action"));
        Assert.Equal(cookie.Split('~')[0], page.QuerySelector("form#survey-form")!.GetAttribute("data-last-result"));
        Assert.Empty(page.QuerySelectorAll("form#survey-form input[name=s][checked]"));
        // A page with someone's result is theirs alone: never stored, and no tag another browser could match.
        Assert.Equal(HttpSite.Directives("private, no-store"), HttpSite.CacheControl(answer));
        Assert.Null(answer.Headers.ETag);
        answer.Dispose();
    }

    [Fact]
    public async Task TheCachedSurveyPage_NeverShowsOneStudentsResultToAnother()
    {
        using var first = await SendFormAsync("", "I like logic puzzles.");
        using var second = await SendFormAsync("", "I enjoy biology.");
        string mine = CookieValue(CookieSet(first)), theirs = CookieValue(CookieSet(second));

        var (anyoneBefore, before) = await GetWithCookieAsync("/survey", null);
        var (_, withMine) = await GetWithCookieAsync("/survey", mine);
        var (anyoneAfter, after) = await GetWithCookieAsync("/survey", null);
        var (_, withTheirs) = await GetWithCookieAsync("/survey", theirs);

        Assert.Null(before.QuerySelector(".last-result"));
        Assert.Null(after.QuerySelector(".last-result"));
        Assert.Equal(["Information Technology"], withMine.QuerySelectorAll(".last-top li").Select(li => li.TextContent));
        Assert.Equal(["Health Science"], withTheirs.QuerySelectorAll(".last-top li").Select(li => li.TextContent));
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(anyoneAfter));
        Assert.Equal(anyoneBefore.Headers.ETag, anyoneAfter.Headers.ETag);
        Assert.Contains("Cookie", anyoneAfter.Headers.Vary);
        anyoneBefore.Dispose();
        anyoneAfter.Dispose();
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("abcdef-AA~phd~")]
    [InlineData("abcdef-AA~~no such cluster")]
    [InlineData("abcdef-AA~~a.b.c.d")]
    [InlineData("ABCDEF-AA~~health-science")]
    public async Task AMalformedCookie_IsNoResult_AndThePageIsAnyonesAgain(string cookie)
    {
        var (response, page) = await GetWithCookieAsync("/survey", cookie);
        var (mine, myClusters) = await GetWithCookieAsync("/my-clusters", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".last-result"));
        Assert.Equal(HttpSite.Directives("public, no-cache"), HttpSite.CacheControl(response));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Null(myClusters.QuerySelector(".last-result"));
        response.Dispose();
        mine.Dispose();
    }

    [Fact]
    public async Task MyClusters_ShowsTheRememberedResult_WithItsClustersAndAWayToForgetIt()
    {
        using var response = await SendFormAsync("associate", "I like logic puzzles.", "I enjoy biology.");
        string cookie = CookieValue(CookieSet(response));

        var (_, page) = await GetWithCookieAsync("/my-clusters", cookie);
        var (_, without) = await GetWithCookieAsync("/my-clusters", null);

        var last = page.QuerySelector(".last-result")!;
        Assert.Equal("Your last survey result", last.QuerySelector("h2")!.TextContent);
        // Health Science: 1 of its 3 statements; Information Technology: 1 of 5.
        Assert.Equal(["/clusters/health-science", "/clusters/information-technology"], last.QuerySelectorAll("ol.last-top a").Select(a => a.GetAttribute("href")));
        Assert.Equal(response.Headers.Location!.OriginalString, last.QuerySelector("a.button-link")!.GetAttribute("href"));
        Assert.EndsWith("?after=associate", last.QuerySelector("a.button-link")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/my-clusters", last.QuerySelector("form[action='/survey/forget'] input[name=returnUrl]")!.GetAttribute("value"));
        Assert.Null(without.QuerySelector(".last-result"));
    }

    [Fact]
    public async Task ForgetIt_RemovesTheCookie_AndGoesBackToThePageItWasOn()
    {
        using var client = site.CreateBareClient();
        async Task<HttpResponseMessage> ForgetAsync(string returnUrl, string fetchSite)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/survey/forget", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent([new("returnUrl", returnUrl)]),
            };
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
            request.Headers.Add("Cookie", $"{LastSurveyResult.CookieName}=abcdef-AA~~health-science");
            return await client.SendAsync(request);
        }

        using var forget = await ForgetAsync("/my-clusters", "same-origin");
        using var elsewhere = await ForgetAsync("https://example.com/", "same-origin");
        using var crossSite = await ForgetAsync("/survey", "cross-site");

        Assert.Equal(HttpStatusCode.SeeOther, forget.StatusCode);
        Assert.Equal("/my-clusters", forget.Headers.Location!.OriginalString);
        string cleared = CookieSet(forget);
        Assert.Equal("", CookieValue(cleared));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.Ordinal);
        Assert.Equal("/survey", elsewhere.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.False(crossSite.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ChoosingAnotherLevelOnTheRememberedResult_RemembersThatLevel_ButSomeoneElsesResultIsNotRemembered()
    {
        using var response = await SendFormAsync("bachelors", "I stay calm.");
        string cookie = CookieValue(CookieSet(response));
        string path = response.Headers.Location!.OriginalString;
        using var other = await SendFormAsync("", "I enjoy biology.");

        var (associate, _) = await GetWithCookieAsync(path.Replace("after=bachelors", "after=associate", StringComparison.Ordinal), cookie);
        var (someoneElses, _) = await GetWithCookieAsync(other.Headers.Location!.OriginalString, cookie);

        Assert.Equal(cookie.Replace("~bachelors~", "~associate~", StringComparison.Ordinal), CookieValue(CookieSet(associate)));
        Assert.False(someoneElses.Headers.Contains("Set-Cookie"));
        associate.Dispose();
        someoneElses.Dispose();
    }

    [Fact]
    public async Task EveryClusterOfAResult_HasNotForMe_NotOnlyTheTopOnes()
    {
        using var response = await SendFormAsync("", "I like logic puzzles.");
        var page = await site.GetAsync(response.Headers.Location!.OriginalString);

        var rows = page.QuerySelectorAll("ol.ranked > li");
        Assert.Equal(["Information Technology", "Health Science"], rows.Select(r => r.QuerySelector(".ranked-name a")!.TextContent));
        // Health Science matched nothing, so it is not a top match, and it can still be set aside here.
        Assert.Single(page.QuerySelectorAll("ol.match-list > li"));
        foreach (var row in rows)
        {
            var form = row.QuerySelector("form.shortlist-toggle")!;
            Assert.Equal("/my-clusters/choose", form.GetAttribute("action"));
            var notForMe = form.QuerySelector("button[data-choice=setaside]")!;
            Assert.Equal("setaside", notForMe.GetAttribute("value"));
            Assert.StartsWith("Not for me", notForMe.QuerySelector(".toggle-off")!.TextContent, StringComparison.Ordinal);
            Assert.EndsWith("#" + form.Id, form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"), StringComparison.Ordinal);
        }
        Assert.Equal("ranked-health-science", rows[1].QuerySelector("form")!.Id);
        // A cluster's buttons appear in its card and in the list: every id on the page is still its own.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task SettingAsideFromTheList_IsShownThereAfterThePost()
    {
        using var response = await SendFormAsync("", "I like logic puzzles.");
        var page = await site.GetAsync(response.Headers.Location!.OriginalString, shortlistCookie: "~health-science");

        Assert.Equal("true", page.QuerySelector("#ranked-health-science button[data-choice=setaside]")!.GetAttribute("aria-pressed"));
        Assert.Equal("false", page.QuerySelector("#ranked-information-technology button[data-choice=setaside]")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task AResultsJobs_SayTheirEducationInPlainWords_AndEveryJobAtTheLevelIsALink()
    {
        using var response = await SendFormAsync("bachelors", "I stay calm.");
        var page = await site.GetAsync(response.Headers.Location!.OriginalString);

        var nurses = Assert.Single(page.QuerySelectorAll("#match-health-science ul.job-links > li"));
        Assert.Equal("/occupations/registered-nurses", nurses.QuerySelector("a")!.GetAttribute("href"));
        // The test content has no BLS figures: no pay is shown rather than one made up.
        Assert.Equal(["Bachelor's degree"], nurses.QuerySelectorAll(".job-facts > span").Select(s => s.TextContent));
        Assert.DoesNotContain("$", nurses.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("more on the pathway pages", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Contains("Start over", page.QuerySelector("main .actions a[href='/survey']")!.TextContent, StringComparison.Ordinal);
    }
}
