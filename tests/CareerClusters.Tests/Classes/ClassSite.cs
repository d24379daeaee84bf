using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Classes;

/// <summary>A clock a test moves by hand (the site reads every time through <see cref="TimeProvider"/>).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The test content with statements in two clusters (so results differ in their top clusters), its survey recorded,
/// a user-data store (SQLite or PostgreSQL, disposed with this) that outlives one site, and the site's clock in the test's hand.
/// </summary>
public sealed class ClassContent : IDisposable
{
    public const string ItStatements = """
        redirect_from: [info-tech]
        is_this_you:
          activities:
            - "I like building computers."
            - "I like logic puzzles."
          subjects:
            - "I enjoy computer science."

        """;

    private readonly List<SiteFactory> _sites = [];
    private readonly UserDataStore _store;

    public ClassContent(UserDataStore store)
    {
        _store = store;
        Content = new ContentCopy().Edit("clusters/information-technology.md", "redirect_from: [info-tech]\n", ItStatements);
        SurveyRecordCommand.Run(["--content", Content.Path], TextWriter.Null, DateTimeOffset.UtcNow);
    }

    public ContentCopy Content { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 14, 0, 0, TimeSpan.Zero));

    public SiteFactory Site(Dictionary<string, string>? settings = null)
    {
        var all = _store.With(new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        var site = new ClockedSite(Content.Path, all, Clock);
        _sites.Add(site);
        return site;
    }

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        Content.Dispose();
        _store.Dispose();
    }

    private sealed class ClockedSite(string content, Dictionary<string, string> settings, TimeProvider clock) : SiteFactory(content, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

/// <summary>What a counselor and students do on the class pages, as a browser would: forms with their antiforgery tokens.</summary>
public static class ClassSteps
{
    public static readonly string[] Statements = ["I like helping people feel better.", "I stay calm.", "I enjoy biology.", "I like building computers.", "I like logic puzzles.", "I enjoy computer science."];

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path} answered {(int)response.StatusCode}, not {(int)expected}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Posts a form of a page: its fields (hidden ones and the antiforgery token included), with some set.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlDocument page, string formSelector, Dictionary<string, string> fields, string? action = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no form {formSelector}");
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit").ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        using var body = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action ?? form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>Makes a class; returns its board path (the one page view that shows the recovery code is left unread).</summary>
    public static async Task<string> MakeClassAsync(HttpClient client, string title = "Period 3, grade 9")
    {
        var page = await PageAsync(client, "/classes/new");
        using var made = await SubmitAsync(client, page, "form.class-form", new() { ["title"] = title });
        Assert.Equal(HttpStatusCode.SeeOther, made.StatusCode);
        return made.Headers.Location!.OriginalString;
    }

    public static string CodeOf(string boardPath) => boardPath.Split('/')[2];

    /// <summary>Takes the survey with these statements ticked; returns the result's path.</summary>
    public static async Task<string> TakeSurveyAsync(HttpClient client, IEnumerable<string> statements)
    {
        var form = await PageAsync(client, "/survey");
        var boxes = form.QuerySelectorAll("input[name=s]").OfType<IHtmlInputElement>()
            .ToDictionary(box => form.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim(), box => box.Value);
        using var scored = await client.GetAsync(new Uri("/survey/results?" + string.Join("&", statements.Select(s => "s=" + boxes[s])), UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, scored.StatusCode);
        return scored.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// "Send to my class" on a result page: the class code (a GET form) leads to the class's join page, whose form sends
    /// the result with a name. Returns the answer to the send, or to the join page when it has no form to send with.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string resultPath, string classCode, string name = "")
    {
        var result = await PageAsync(client, resultPath);
        var find = (IHtmlFormElement)result.QuerySelector("form.find-class")!;
        Assert.Equal("get", find.Method);
        string resultCode = ((IHtmlInputElement)find.QuerySelector("input[name=result]")!).Value;
        using var found = await client.GetAsync(new Uri($"/join?code={Uri.EscapeDataString(classCode)}&result={resultCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, found.StatusCode);
        var join = await client.GetAsync(new Uri(found.Headers.Location!.OriginalString, UriKind.Relative));
        var page = new HtmlParser().ParseDocument(await join.Content.ReadAsStringAsync());
        if (page.QuerySelector("form.send-to-class") is null)
        {
            return join;
        }
        join.Dispose();
        return await SubmitAsync(client, page, "form.send-to-class", new() { ["name"] = name });
    }

    /// <summary>The board's chart as (cluster, students) rows, in the order shown.</summary>
    public static List<(string Cluster, int Students)> Chart(IHtmlDocument board) =>
        board.QuerySelectorAll(".bar-table tbody tr")
            .Select(row => (row.QuerySelector("th")!.TextContent.Trim(), int.Parse(row.QuerySelector(".bar-count")!.TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture)))
            .ToList();
}
