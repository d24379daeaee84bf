using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Survey;

/// <summary>
/// A result link outlives edits of the statements (issue 22): it is read with the survey it was made with, recorded in
/// survey/versions.yml, and shows the same clusters and words; check-content and /admin warn at each changed statement.
/// </summary>
public sealed class SurveyVersionTests : IDisposable
{
    private const string ItStatements = """
        redirect_from: [info-tech]
        is_this_you:
          activities:
            - "I like building computers."
            - "I like logic puzzles."
          subjects:
            - "I enjoy computer science."

        """;

    private readonly ContentCopy _content = new ContentCopy().Edit("clusters/information-technology.md", "redirect_from: [info-tech]\n", ItStatements);
    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        _content.Dispose();
    }

    private SiteFactory Site()
    {
        var site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });
        _sites.Add(site);
        return site;
    }

    private int Record()
    {
        using var output = new StringWriter();
        return SurveyRecordCommand.Run(["--content", _content.Path], output, DateTimeOffset.UtcNow);
    }

    /// <summary>Ticks statements on the survey page by their words, and returns the result link the form leads to.</summary>
    private static async Task<string> TakeSurveyAsync(HttpClient client, params string[] statements)
    {
        var form = await PageAsync(client, "/survey");
        var boxes = form.QuerySelectorAll("input[name=s]").OfType<IHtmlInputElement>()
            .ToDictionary(box => form.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim(), box => box.Value);
        string query = string.Join("&", statements.Select(s => "s=" + boxes[s]));
        using var scored = await client.GetAsync(new Uri("/survey/results?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, scored.StatusCode);
        return scored.Headers.Location!.OriginalString;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<string> TopClusters(IHtmlDocument result) =>
        result.QuerySelectorAll(".match-list .card-title a").Select(a => a.TextContent.Trim()).ToList();

    private static List<string> Said(IHtmlDocument result) =>
        result.QuerySelectorAll(".match-list .said li").Select(li => li.TextContent.Trim('“', '”', ' ')).ToList();

    [Fact]
    public async Task ASavedResultLink_ShowsTheSameClustersAndWords_AfterAStatementIsReworded_AndAnotherMoved()
    {
        Assert.Equal(0, Record());
        var site = Site();
        using var client = site.CreatePlainClient();
        string link = await TakeSurveyAsync(client, "I like building computers.", "I enjoy computer science.", "I enjoy biology.");
        var before = await PageAsync(client, link);
        Assert.Equal(["Information Technology", "Health Science"], TopClusters(before));
        Assert.Contains("I enjoy biology.", Said(before));

        // An editor rewords the biology statement and moves one of IT's to Health Science, which would turn the ranking around.
        _content.Edit("clusters/health-science.md", "\"I enjoy biology.\"", "\"I enjoy biology and chemistry.\"")
            .Edit("clusters/information-technology.md", "    - \"I enjoy computer science.\"\n", "")
            .Edit("clusters/health-science.md", "  subjects:\n", "  subjects:\n    - \"I enjoy computer science.\"\n");
        var store = site.Services.GetRequiredService<ContentStore>();
        Assert.False((await store.LoadAsync("test")).HasErrors);

        var after = await PageAsync(client, link);
        Assert.Equal(TopClusters(before), TopClusters(after));
        Assert.Equal(Said(before), Said(after));
        Assert.Equal(before.QuerySelector(".match-share")!.TextContent, after.QuerySelector(".match-share")!.TextContent);
        Assert.Contains("earlier version of the survey", after.QuerySelector(".page-header")!.TextContent, StringComparison.Ordinal);

        // Today's survey is another one: the same ticks now make another link, read with today's words.
        string today = await TakeSurveyAsync(client, "I like building computers.", "I enjoy computer science.", "I enjoy biology and chemistry.");
        Assert.NotEqual(link.Split('-')[0], today.Split('-')[0]);
        Assert.DoesNotContain("earlier version", (await PageAsync(client, today)).QuerySelector(".page-header")!.TextContent, StringComparison.Ordinal);

        // What /admin lists: a warning at each changed statement, and how to record the new survey.
        var warnings = store.Problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(p => p.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("clusters/health-science.md:", StringComparison.Ordinal) && w.Contains("\"I enjoy biology and chemistry.\" was \"I enjoy biology.\"", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("clusters/health-science.md:", StringComparison.Ordinal) && w.Contains("moved here from information-technology", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("survey/versions.yml:", StringComparison.Ordinal) && w.Contains("record-survey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutARecordOfItsSurvey_ALinkSaysTheSurveyHasChanged()
    {
        File.Delete(Path.Combine(_content.Path, "survey", "versions.yml"));
        var site = Site();
        using var client = site.CreatePlainClient();
        string link = await TakeSurveyAsync(client, "I like building computers.", "I enjoy biology.");
        _content.Edit("clusters/health-science.md", "\"I enjoy biology.\"", "\"I enjoy biology and chemistry.\"");
        await site.Services.GetRequiredService<ContentStore>().LoadAsync("test");

        var page = await PageAsync(client, link);
        Assert.Equal("The survey has changed since this link was made", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(TopClusters(page));
    }

    [Fact]
    public void RecordSurvey_AddsTheSurveyOnce_AndTheWarningsGo()
    {
        Assert.Equal(0, Record());
        _content.Edit("clusters/health-science.md", "\"I stay calm.\"", "\"I stay calm when others panic.\"");
        var edited = ContentLoader.Load(_content.Path);
        var warning = Assert.Single(edited.Problems, p => p.File == "clusters/health-science.md");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(9, warning.Line); // the line of "qualities:"
        Assert.Contains("was \"I stay calm.\"", warning.Message, StringComparison.Ordinal);

        Assert.Equal(0, Record());
        string file = File.ReadAllText(Path.Combine(_content.Path, "survey", "versions.yml"));
        Assert.Equal(4, file.Split("- version: ").Length); // the test content's survey, this one, and the one made above
        Assert.Empty(ContentLoader.Load(_content.Path).Problems);
        using var output = new StringWriter();
        Assert.Equal(0, SurveyRecordCommand.Run(["--content", _content.Path], output, DateTimeOffset.UtcNow));
        Assert.Contains("already recorded", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordEditedByHand_IsAnError_AtItsLine()
    {
        _content.Edit("survey/versions.yml", "\"I stay calm.\"", "\"I stay very calm.\"");
        var problem = Assert.Single(ContentLoader.Load(_content.Path).Errors);
        Assert.Equal("survey/versions.yml", problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("record-survey writes this file", problem.Message, StringComparison.Ordinal);
    }
}
