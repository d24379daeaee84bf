using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Tests.Lists;

namespace CareerClusters.Tests.Survey;

/// <summary>
/// A survey result's one-page conversation sheet (issue 22): the top clusters with the statements that put them there
/// and their 2024 names, the browser's shortlist, a counselor's list with its notes, and a name that is never sent.
/// </summary>
public sealed class ConversationSheetTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static async Task<string> ResultAsync(HttpClient client)
    {
        using var scored = await client.GetAsync(new Uri("/survey/results?s=0&s=3&s=7&s=12&s=20&s=31&s=44", UriKind.Relative));
        return scored.Headers.Location!.OriginalString;
    }

    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Texts(IParentNode page, string selector) => page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task TheSheet_ShowsTheResultsTopClusters_TheirReasons_AndTheir2024Names()
    {
        using var client = site.CreatePlainClient();
        string resultPath = await ResultAsync(client);
        var result = await GetAsync(client, resultPath);
        string sheetPath = result.QuerySelector($"a[href^='{resultPath.Split('?')[0]}/sheet']")!.GetAttribute("href")!;
        var sheet = await GetAsync(client, sheetPath);

        Assert.Equal("My career clusters", sheet.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("noindex, nofollow", sheet.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(Texts(result, ".match-list .card-title a"), Texts(sheet, ".sheet-cluster h3"));
        var said = result.QuerySelectorAll(".match-list > li").Select(li => Texts(li, ".said li").Take(4).ToList()).ToList();
        var reasons = sheet.QuerySelectorAll(".sheet-cluster").Select(li => Texts(li, ".sheet-reasons li:not(.muted)")).ToList();
        Assert.Equal(said, reasons);
        Assert.All(sheet.QuerySelectorAll(".sheet-cluster"), c => Assert.StartsWith("In the 2024 framework:", c.QuerySelector(".sheet-modern")!.TextContent.Trim(), StringComparison.Ordinal));
        var firstModern = result.QuerySelectorAll(".match-list > li")[0].QuerySelectorAll(".modern-equivalents a").Select(a => a.TextContent.Trim());
        Assert.Equal("In the 2024 framework: " + string.Join(", ", firstModern), sheet.QuerySelector(".sheet-modern")!.TextContent.Trim());
        Assert.Equal(4, sheet.QuerySelectorAll(".sheet-lines li").Length);
        Assert.Contains(resultPath, sheet.QuerySelector(".sheet-url")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNameBox_IsNeverSent_ItHasNoNameAndBelongsToNoForm()
    {
        using var client = site.CreatePlainClient();
        var sheet = await GetAsync(client, (await ResultAsync(client)).Split('?')[0] + "/sheet");
        var name = (IHtmlInputElement)sheet.QuerySelector("#sheet-name")!;

        Assert.False(name.HasAttribute("name"));
        Assert.Null(name.Form);
        Assert.Null(name.Closest("form"));
        Assert.Equal("Name", sheet.QuerySelector("label[for=sheet-name]")!.TextContent.Trim());
        // The only form on the page asks for a list's code, by GET.
        Assert.All(sheet.QuerySelectorAll("main form"), f => Assert.Equal("get", f.GetAttribute("method")));
    }

    [Fact]
    public async Task TheSheet_ListsTheShortlist_AndACounselorsListWithItsNotes()
    {
        using var client = site.CreatePlainClient();
        string sheetPath = (await ResultAsync(client)).Split('?')[0] + "/sheet";

        var withShortlist = await GetAsync(client, sheetPath, "cc_my=health-science.2024:healthcare-and-human-services.no-such-cluster");
        Assert.Equal(["Health Science", "Healthcare & Human Services"], Texts(withShortlist, "[aria-labelledby=sheet-shortlist] li"));
        Assert.Contains("Nothing shortlisted", (await GetAsync(client, sheetPath)).QuerySelector("[aria-labelledby=sheet-shortlist]")!.TextContent, StringComparison.Ordinal);

        // A list made and filled the way a counselor does (its cookie makes "Add to a list" add to it).
        string editPath = await ListForms.CreateListAsync(client, "Talk with Ms. Lee");
        await ListForms.AddAsync(client, "/occupations/registered-nurses", "Ask about the hospital visit.");
        string listCode = editPath.Split('/')[2];

        var withList = await GetAsync(client, $"{sheetPath}?list={listCode.ToUpperInvariant()}");
        Assert.Equal("From my counselor: Talk with Ms. Lee", withList.QuerySelector("#sheet-counselor")!.TextContent.Trim());
        Assert.Contains("Ask about the hospital visit.", withList.QuerySelector("[aria-labelledby=sheet-counselor]")!.TextContent, StringComparison.Ordinal);
        var unknown = await GetAsync(client, $"{sheetPath}?list=zzzzzzz");
        Assert.Null(unknown.QuerySelector("#sheet-counselor"));
        Assert.Contains("No list has that code", unknown.QuerySelector(".sheet-tools .notice")!.TextContent, StringComparison.Ordinal);

        // A deleted list is not printed either (its students' page answers 410 until it is restored).
        using (var deleted = await ListForms.SubmitAsync(client, await ListForms.PageAsync(client, editPath + "/delete"), "main form", []))
        {
            Assert.Equal(editPath, deleted.Headers.Location!.OriginalString);
        }
        var afterDelete = await GetAsync(client, $"{sheetPath}?list={listCode}");
        Assert.Null(afterDelete.QuerySelector("#sheet-counselor"));
        Assert.DoesNotContain("Ask about the hospital visit.", afterDelete.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/survey/results/zz/sheet", HttpStatusCode.BadRequest)]
    [InlineData("/survey/results/aaaaaa-AA/sheet", HttpStatusCode.OK)]
    public async Task ABadLink_GetsTheSurveysProblemPage(string path, HttpStatusCode expected)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, response.StatusCode);
        Assert.Null(page.QuerySelector(".sheet"));
        Assert.NotNull(page.QuerySelector("main a[href='/survey']"));
    }
}
