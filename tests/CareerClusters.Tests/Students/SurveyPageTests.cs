using System.Net;

namespace CareerClusters.Tests.Students;

/// <summary>The survey as a plain form: its sections, the redirect to a result link, and what a result link shows.</summary>
public class SurveyPageTests(StudentSite site) : IClassFixture<StudentSite>
{
    private sealed record SurveyForm(string Version, IReadOnlyDictionary<string, string> ValueOf);

    private async Task<SurveyForm> ReadFormAsync()
    {
        var page = await site.GetAsync("/survey");
        var form = page.QuerySelector("form#survey-form")!;
        string version = form.QuerySelector("input[name=v]")!.GetAttribute("value")!;
        var values = form.QuerySelectorAll("input[name=s]").ToDictionary(
            box => page.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim(),
            box => box.GetAttribute("value")!);
        return new SurveyForm(version, values);
    }

    private async Task<string> ResultPathAsync(string after, params string[] statements)
    {
        var form = await ReadFormAsync();
        string query = string.Join("&", statements.Select(s => "s=" + form.ValueOf[s]));
        using var client = site.CreateBareClient();
        using var response = await client.GetAsync(new Uri($"/survey/results?v={form.Version}&{query}&after={after}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task TheSurvey_IsOneFormWithLabelledStatementsInSections_AndAnOptionalEducationQuestion()
    {
        var page = await site.GetAsync("/survey");

        var form = page.QuerySelector("form#survey-form")!;
        Assert.Equal("/survey/results", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["Things you like to do", "What you are like", "School subjects you enjoy", "How much education do you plan after high school? (optional)"],
            form.QuerySelectorAll("fieldset > legend").Select(l => l.TextContent.Trim()));
        var boxes = form.QuerySelectorAll("input[type=checkbox][name=s]");
        // Eight statements in the content; "I stay calm." is in both clusters and asked once.
        Assert.Equal(7, boxes.Length);
        Assert.All(boxes, box => Assert.NotNull(page.QuerySelector($"label[for='{box.Id}']")));
        Assert.Single(page.QuerySelectorAll("label"), l => l.TextContent.Trim() == "I stay calm.");
        Assert.Equal(["", "none", "certificate", "associate", "bachelors", "more"],
            form.QuerySelectorAll("input[type=radio][name=after]").Select(r => r.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public async Task SubmittingTheForm_RedirectsWithSeeOther_ToTheCanonicalResultLink()
    {
        var form = await ReadFormAsync();
        string calm = form.ValueOf["I stay calm."], puzzles = form.ValueOf["I like logic puzzles."];
        using var client = site.CreateBareClient();

        using var get = await client.GetAsync(new Uri($"/survey/results?v={form.Version}&s={puzzles}&s={calm}&after=bachelors", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/survey/results", UriKind.Relative), new FormUrlEncodedContent(
            [new("v", form.Version), new("s", calm), new("s", puzzles), new("after", "bachelors")]));
        using var noPlan = await client.GetAsync(new Uri($"/survey/results?v={form.Version}&s={calm}&after=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.SeeOther, get.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        string location = get.Headers.Location!.OriginalString;
        Assert.Matches($"^/survey/results/{form.Version}-[A-Za-z0-9_-]+\\?after=bachelors$", location);
        Assert.Equal(location, post.Headers.Location!.OriginalString);
        Assert.DoesNotContain("after", noPlan.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResult_ShowsTheTopClustersWithTheStatementsThatMatched_AndLinksOn()
    {
        string path = await ResultPathAsync("", "I like logic puzzles.", "I like building or upgrading computers.", "I stay calm.");

        var page = await site.GetAsync(path);

        var matches = page.QuerySelectorAll("ol.match-list > li");
        Assert.Equal(["Information Technology", "Health Science"], matches.Select(m => m.QuerySelector("h3 a")!.TextContent));
        // IT: 3 of its 5 statements; Health Science: 1 of 3.
        Assert.Contains("You ticked 3 of its 5 statements (60%)", matches[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("You ticked 1 of its 3 statements (33%)", matches[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["“I like building or upgrading computers.”", "“I like logic puzzles.”", "“I stay calm.”"],
            matches[0].QuerySelectorAll("ul.said li").Select(li => li.TextContent));
        Assert.NotNull(matches[0].QuerySelector("a[href='/clusters/information-technology']"));
        Assert.NotNull(matches[0].QuerySelector("a[href='/clusters/information-technology/web-and-digital-communications']"));
        Assert.NotNull(matches[0].QuerySelector("a[href='/clusters/information-technology#jobs']"));
        Assert.NotNull(page.QuerySelector("a[href='/compare?clusters=information-technology,health-science']"));
        var add = page.QuerySelector("form[action='/my-clusters/add']")!;
        Assert.Equal(["information-technology", "health-science"], add.QuerySelectorAll("input[name=c]").Select(i => i.GetAttribute("value")));
        string shareLink = page.QuerySelector(".share-panel [data-share-url]")!.TextContent;
        Assert.EndsWith(path, shareLink, StringComparison.Ordinal);
        Assert.StartsWith("http", shareLink, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task AResult_HasASharePanelWithItsQrCode_AndATamperedResultGetsNoCode()
    {
        string path = await ResultPathAsync("bachelors", "I stay calm.");
        var page = await site.GetAsync(path);
        string qr = page.QuerySelector(".share-panel img.share-qr")!.GetAttribute("src")!;
        using var client = site.CreateBareClient();

        Assert.Equal("/qr.svg?page=" + path.Replace("?", "%3F", StringComparison.Ordinal).Replace("=", "%3D", StringComparison.Ordinal), qr);
        using var made = await client.GetAsync(new Uri(qr, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        string code = path.Split('?')[0];
        using var badPlan = await client.GetAsync(new Uri("/qr.svg?page=" + Uri.EscapeDataString(code + "?after=never"), UriKind.Relative));
        using var tampered = await client.GetAsync(new Uri("/qr.svg?page=" + code[..^1] + (code[^1] == 'A' ? "B" : "A") + "x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, badPlan.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task WithAnEducationPlan_EachTopClusterListsItsJobsAtThatLevel_OrSaysItHasNone()
    {
        string path = await ResultPathAsync("bachelors", "I stay calm.");

        var page = await site.GetAsync(path);

        var matches = page.QuerySelectorAll("ol.match-list > li");
        Assert.Equal(["Health Science", "Information Technology"], matches.Select(m => m.QuerySelector("h3 a")!.TextContent));
        var nurses = Assert.Single(matches[0].QuerySelectorAll("ul.job-links a"));
        Assert.Equal("/occupations/registered-nurses", nurses.GetAttribute("href"));
        Assert.Contains("Jobs that usually start with a bachelor's degree:", matches[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(matches[1].QuerySelectorAll("ul.job-links"));
        Assert.Contains("None of the jobs we list in this cluster usually starts with a bachelor's degree", matches[1].TextContent, StringComparison.Ordinal);

        var associate = await site.GetAsync(path.Replace("after=bachelors", "after=associate", StringComparison.Ordinal));
        Assert.Equal("/occupations/web-developers", Assert.Single(associate.QuerySelectorAll("#match-information-technology ul.job-links a")).GetAttribute("href"));
    }

    [Fact]
    public async Task TheSameLink_ShowsTheSameResult_ToAnotherBrowser()
    {
        string path = await ResultPathAsync("bachelors", "I like logic puzzles.", "I enjoy biology.");

        var first = await site.GetAsync(path);
        var second = await site.GetAsync(path, shortlistCookie: "finance");

        Assert.Equal(first.QuerySelector("main ol.match-list")!.TextContent, second.QuerySelector("main ol.match-list")!.TextContent);
        Assert.Equal(first.QuerySelector("ol.ranked")!.TextContent, second.QuerySelector("ol.ranked")!.TextContent);
    }

    [Fact]
    public async Task ResultPages_AreNeverSharedCached()
    {
        string path = await ResultPathAsync("", "I stay calm.");
        using var client = site.CreateBareClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task NoAnswers_SaySoAndInviteTheStudentBackToTheSurvey()
    {
        string path = await ResultPathAsync("");

        var page = await site.GetAsync(path);

        Assert.Contains("You did not tick any statements", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("ol.match-list"));
        Assert.NotNull(page.QuerySelector("main a[href='/survey']"));
    }

    public static TheoryData<string> TamperedLinks() => new()
    {
        "/survey/results/abc",
        "/survey/results/ABCDEF-AA",
        "/survey/results/{v}-A",
        "/survey/results/{v}-AAAA",
        "/survey/results/{v}-A!",
        "/survey/results/{v}-%2F%2F",
        "/survey/results/{v}-gA",
        "/survey/results/{v}-AB",
        "/survey/results/{v}-AA?after=phd",
        "/survey/results?v={v}&s=99",
        "/survey/results?v={v}&s=-1",
        "/survey/results?v={v}&s=one",
        "/survey/results?v={v}&after=phd",
        "/survey/results?v=not-a-version",
    };

    [Theory]
    [MemberData(nameof(TamperedLinks))]
    public async Task ATamperedLink_GetsAFriendly400_WithAWayBack(string link)
    {
        var form = await ReadFormAsync();

        var page = await site.GetAsync(link.Replace("{v}", form.Version, StringComparison.Ordinal), expected: HttpStatusCode.BadRequest);

        Assert.Equal("We could not read this survey link", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/survey']"));
    }

    [Fact]
    public async Task ALinkFromAnOlderStatementList_SaysTheSurveyChanged_AndOffersToRetakeIt()
    {
        var form = await ReadFormAsync();
        string other = form.Version == "aaaaaa" ? "bbbbbb" : "aaaaaa";

        var page = await site.GetAsync($"/survey/results/{other}-AA");
        var staleForm = await site.GetAsync($"/survey/results?v={other}&s=0");

        foreach (var document in new[] { page, staleForm })
        {
            Assert.Equal("The survey has changed since this link was made", document.QuerySelector("h1")!.TextContent);
            Assert.NotNull(document.QuerySelector("main a.button-link[href='/survey']"));
        }
    }

    [Fact]
    public async Task AValidResultLink_IsTheOneTheFormMade()
    {
        // The no-answer link of this list: "AA" is one byte (seven statements) with no bits set.
        var form = await ReadFormAsync();

        Assert.Equal($"/survey/results/{form.Version}-AA", await ResultPathAsync(""));
        _ = await site.GetAsync($"/survey/results/{form.Version}-AA");
    }

    [Fact]
    public async Task TheHomePageAndMenu_LeadToTheSurvey()
    {
        var home = await site.GetAsync("/");

        Assert.NotNull(home.QuerySelector("nav[aria-label=Main] a[href='/survey']"));
        Assert.NotNull(home.QuerySelector("nav[aria-label=Main] a[href='/my-clusters']"));
        Assert.NotNull(home.QuerySelector(".survey-cta a[href='/survey']"));
    }
}
