using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerClusters.Tests.Lists;

/// <summary>
/// A list's private edit token never reaches the log: not in the request log, not in any property of any event (issue 22),
/// whichever provider keeps the user data (and logs its commands).
/// </summary>
/// <remarks>Alone, not beside other sites: Serilog's static logger belongs to the host built last in the process.</remarks>
public abstract class SecretLoggingTests : IDisposable
{
    private readonly UserDataStore _store;
    private readonly ContentCopy _content = new();
    private readonly CapturedLog _log = new();
    private readonly LoggedSite _site;

    protected SecretLoggingTests(UserDataStore store)
    {
        _store = store;
        _site = new LoggedSite(_content.Path, store, _log);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task MakingViewingAndEditingAList_LogsTheRequests_ButNeverTheToken()
    {
        using var client = _site.CreatePlainClient();
        var form = await PageAsync(client, "/lists/new");
        var fields = ((IHtmlFormElement)form.QuerySelector("form.stacked-form")!).Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is not null && i.Type != "submit").ToDictionary(i => i.Name!, i => i.Value);
        fields["title"] = "Careers with animals";
        using var body = new FormUrlEncodedContent(fields);
        using var created = await client.PostAsync(new Uri("/lists/new", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        string editPath = created.Headers.Location!.OriginalString;
        string token = editPath[(editPath.LastIndexOf('/') + 1)..];

        await PageAsync(client, editPath);
        using var missing = await client.GetAsync(new Uri(editPath + "x/more", UriKind.Relative));

        var lines = _log.Lines();
        Assert.Contains(lines, l => l.Contains("/edit/" + SecretRedaction.Redacted, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewEditLinks_RecoveryCodes_DeleteRestoreAndRemove_LeaveNoSecretInTheLog()
    {
        using var client = _site.CreatePlainClient();
        var (firstLink, firstCode) = await ListForms.CreateListWithCodeAsync(client);
        await ListForms.AddAsync(client, "/clusters/health-science", "");
        var editor = await ListForms.PageAsync(client, firstLink);
        using var rotated = await ListForms.SubmitAsync(client, editor, ".keep-safe form[action$='/new-link']", []);
        string secondLink = rotated.Headers.Location!.OriginalString.Split('?')[0];
        editor = await ListForms.PageAsync(client, secondLink);
        string itemId = editor.QuerySelector(".list-items > li")!.Id!["item-".Length..];
        using var asked = await ListForms.SubmitAsync(client, editor, "#list-form", [], $"{secondLink}/items/{itemId}/remove");
        await ListForms.PageAsync(client, asked.Headers.Location!.OriginalString);
        using var deleted = await ListForms.SubmitAsync(client, await ListForms.PageAsync(client, secondLink + "/delete"), "main form", []);
        var recoverForm = await ListForms.PageAsync(client, "/lists/recover");
        using var recovered = await ListForms.SubmitAsync(client, recoverForm, "main form", new() { ["list"] = ListForms.PublicPathOf(firstLink), ["recoveryCode"] = firstCode });
        string thirdLink = recovered.Headers.Location!.OriginalString.Split('?')[0];
        string secondCode = (await ListForms.PageAsync(client, recovered.Headers.Location!.OriginalString)).QuerySelector(".recovery-code")!.TextContent.Trim();
        using var wrong = await client.GetAsync(new Uri(thirdLink + "?token=leaked-in-a-query&recoveryCode=" + secondCode, UriKind.Relative));

        var lines = _log.Lines();
        Assert.Contains(lines, l => l.Contains("/new-link", StringComparison.Ordinal) && l.Contains(SecretRedaction.Redacted, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/lists/recover", StringComparison.Ordinal));
        foreach (string secret in new[] { ListForms.TokenOf(firstLink), ListForms.TokenOf(secondLink), ListForms.TokenOf(thirdLink), firstCode, secondCode, "leaked-in-a-query" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task MakingViewingAndReplacingAClassBoard_NeverLogsItsTokensOrRecoveryCode()
    {
        using var client = _site.CreatePlainClient();
        var form = await PageAsync(client, "/classes/new");
        var fields = ((IHtmlFormElement)form.QuerySelector("form.class-form")!).Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is not null && i.Type != "submit").ToDictionary(i => i.Name!, i => i.Value);
        fields["title"] = "Period 3";
        using var body = new FormUrlEncodedContent(fields);
        using var created = await client.PostAsync(new Uri("/classes/new", UriKind.Relative), body);
        string boardPath = created.Headers.Location!.OriginalString;
        var board = await PageAsync(client, boardPath);
        string recovery = board.QuerySelector(".recovery-code")!.TextContent.Trim();
        using var csv = await client.GetAsync(new Uri(boardPath + "/csv", UriKind.Relative));
        fields.Remove("title");
        using var replace = new FormUrlEncodedContent(fields);
        using var replaced = await client.PostAsync(new Uri(boardPath + "/new-link", UriKind.Relative), replace);
        string newPath = replaced.Headers.Location!.OriginalString;
        await PageAsync(client, newPath);
        using var old = await client.GetAsync(new Uri(boardPath, UriKind.Relative));

        var lines = _log.Lines();
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Contains(lines, l => l.Contains("/board/" + SecretRedaction.Redacted, StringComparison.Ordinal));
        foreach (string secret in new[] { boardPath[(boardPath.LastIndexOf('/') + 1)..], newPath[(newPath.LastIndexOf('/') + 1)..], recovery })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every event the site logs, rendered with all its properties, as any sink could write them.</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public void Emit(LogEvent logEvent) =>
            _lines.Enqueue(logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}")));

        public List<string> Lines() => [.. _lines];
    }

    private sealed class LoggedSite(string contentPath, UserDataStore store, CapturedLog log) : SiteFactory(contentPath, store.With(new Dictionary<string, string>
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Content:WatchForChanges"] = "false",
    }))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log));
        }
    }
}

[Collection(nameof(LogsAlone))]
public sealed class SecretLoggingTestsOnSqlite() : SecretLoggingTests(new SqliteUserDataStore());

[Collection(nameof(LogsAlone))]
public sealed class SecretLoggingTestsOnPostgreSql() : SecretLoggingTests(new PostgreSqlUserDataStore());

/// <summary>What the log's redaction takes out of a line, and what it leaves.</summary>
public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("HTTP GET /classes/K7M4PX/board/SECRETtoken_-1/csv responded 200", "HTTP GET /classes/K7M4PX/board/[redacted]/csv responded 200")]
    [InlineData("/Classes/K7M4PX/Board/SECRET?x=1", "/Classes/K7M4PX/Board/[redacted]?x=1")]
    [InlineData("/classes/new", "/classes/new")]
    [InlineData("HTTP GET /lists/abc2345/edit/SECRETtoken_-1 responded 200", "HTTP GET /lists/abc2345/edit/[redacted] responded 200")]
    [InlineData("HTTP POST /lists/abc2345/edit/SECRET/new-link responded 303", "HTTP POST /lists/abc2345/edit/[redacted]/new-link responded 303")]
    [InlineData("/lists/abc2345/edit/SECRET/items/4/remove", "/lists/abc2345/edit/[redacted]/items/4/remove")]
    [InlineData("Location: https://site.example/lists/abc2345/edit/SECRET?newlink=1", "Location: https://site.example/lists/abc2345/edit/[redacted]?newlink=1")]
    [InlineData("/anything/edit/SECRET", "/anything/edit/[redacted]")]
    [InlineData("/lists/recover?list=abc2345&recoveryCode=k7m2-x9pq&token=t0k", "/lists/recover?list=abc2345&recoveryCode=[redacted]&token=[redacted]")]
    [InlineData("/lists/recover", "/lists/recover")]
    [InlineData("/guides/editing-tips", "/guides/editing-tips")]
    [InlineData("/lists/abc2345/edit/SECRET?x=1", "/lists/abc2345/edit/[redacted]?x=1")]
    [InlineData("/LISTS/abc2345/EDIT/SECRET/delete", "/LISTS/abc2345/EDIT/[redacted]/delete")]
    [InlineData("/lists/abc2345", "/lists/abc2345")]
    public void Redact_ReplacesTheTokenOnly(string text, string expected) => Assert.Equal(expected, SecretRedaction.Redact(text));
}

[CollectionDefinition(nameof(LogsAlone), DisableParallelization = true)]
public sealed class LogsAlone;
