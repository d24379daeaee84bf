using System.Net;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Classes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareerClusters.Tests.Classes.ClassSteps;

namespace CareerClusters.Tests.Classes;

/// <summary>
/// The private board link (issue 22): replaced by a new one that locks the old one out at once, recovered with the
/// one-time recovery code, gone with the class when it expires, and the join codes cannot be tried one after another;
/// on each user-data provider.
/// </summary>
public abstract class ClassBoardLinkTests(UserDataStore store) : IDisposable
{
    private readonly ClassContent _classes = new(store);

    public void Dispose()
    {
        _classes.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ANewBoardLink_LocksTheOldOneOutAtOnce()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string oldPath = await MakeClassAsync(counselor);
        var board = await PageAsync(counselor, oldPath);

        using var replaced = await SubmitAsync(counselor, board, $"form[action='{oldPath}/new-link']", []);
        string newPath = replaced.Headers.Location!.OriginalString;

        Assert.Equal(HttpStatusCode.SeeOther, replaced.StatusCode);
        Assert.NotEqual(oldPath, newPath);
        Assert.Equal(CodeOf(oldPath), CodeOf(newPath));
        var now = await PageAsync(counselor, newPath);
        Assert.Contains("The old link no longer works", now.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var refused = await PageAsync(counselor, oldPath, HttpStatusCode.NotFound);
        Assert.Equal("This board link does not work", refused.QuerySelector("h1")!.TextContent.Trim());
        await PageAsync(counselor, oldPath + "/csv", HttpStatusCode.NotFound);
        using var closeWithOld = await SubmitAsync(counselor, now, $"form[action='{newPath}/close']", [], oldPath + "/close");
        Assert.Equal(HttpStatusCode.NotFound, closeWithOld.StatusCode);
        Assert.Contains("open for results", (await PageAsync(counselor, newPath)).QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRecoveryCode_GivesANewBoardLink_Once()
    {
        var site = _classes.Site();
        using var counselor = site.CreatePlainClient();
        string lostPath = await MakeClassAsync(counselor);
        string recovery = (await PageAsync(counselor, lostPath)).QuerySelector(".recovery-code")!.TextContent.Trim();
        string code = CodeOf(lostPath);

        var form = await PageAsync(counselor, "/classes/recover");
        using var wrong = await SubmitAsync(counselor, form, "form.class-form", new() { ["code"] = code, ["recoveryCode"] = "2222-2222-2222-2222" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        await PageAsync(counselor, lostPath);

        // Typed as a person would: small letters, spaces for dashes.
        using var recovered = await SubmitAsync(counselor, form, "form.class-form",
            new() { ["code"] = code.ToLowerInvariant(), ["recoveryCode"] = recovery.Replace('-', ' ').ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.SeeOther, recovered.StatusCode);
        string newPath = recovered.Headers.Location!.OriginalString;
        var board = await PageAsync(counselor, newPath);
        string newRecovery = board.QuerySelector(".recovery-code")!.TextContent.Trim();
        Assert.NotEqual(recovery, newRecovery);
        await PageAsync(counselor, lostPath, HttpStatusCode.NotFound);

        using var again = await SubmitAsync(counselor, form, "form.class-form", new() { ["code"] = code, ["recoveryCode"] = recovery });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        using var withNew = await SubmitAsync(counselor, form, "form.class-form", new() { ["code"] = code, ["recoveryCode"] = newRecovery });
        Assert.Equal(HttpStatusCode.SeeOther, withNew.StatusCode);
    }

    [Fact]
    public async Task AClass_ExpiresWithItsResults_AfterTheConfiguredMonths()
    {
        var site = _classes.Site(new() { ["Classes:KeepMonths"] = "3" });
        using var counselor = site.CreatePlainClient();
        string boardPath = await MakeClassAsync(counselor);
        using var student = site.CreatePlainClient();
        using (await SendAsync(student, await TakeSurveyAsync(student, ["I stay calm."]), CodeOf(boardPath), "Zoe"))
        {
        }
        Assert.Contains("deleted on December 1, 2026", (await PageAsync(counselor, boardPath)).QuerySelector("#manage")!.ParentElement!.TextContent, StringComparison.Ordinal);

        _classes.Clock.Now = _classes.Clock.Now.AddMonths(3).AddMinutes(-1);
        await PageAsync(counselor, boardPath);
        Assert.Equal(0, await site.Services.GetRequiredService<ClassExpiry>().SweepAsync(CancellationToken.None));

        _classes.Clock.Now = _classes.Clock.Now.AddMinutes(2);
        await PageAsync(counselor, boardPath, HttpStatusCode.NotFound);
        await PageAsync(student, $"/join/{CodeOf(boardPath)}", HttpStatusCode.NotFound);
        Assert.Equal(1, await site.Services.GetRequiredService<ClassExpiry>().SweepAsync(CancellationToken.None));
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        Assert.Equal(0, await db.ClassBoards.CountAsync());
        Assert.Equal(0, await db.ClassEntries.CountAsync());
    }

    [Fact]
    public async Task JoinAttempts_AreLimitedPerClientAddress()
    {
        var site = _classes.Site(new() { ["Classes:MaxJoinBurst"] = "3", ["Classes:MaxJoinsPerMinute"] = "1" });
        using var client = site.CreatePlainClient();
        for (int i = 0; i < 3; i++)
        {
            await PageAsync(client, "/join/ABCDEF", HttpStatusCode.NotFound);
        }
        using var limited = await client.GetAsync(new Uri("/join/ABCDEG", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // Sending and recovering count too; the counselor's board does not.
        using var recover = await client.PostAsync(new Uri("/classes/recover", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, recover.StatusCode);
        await PageAsync(client, "/classes/new");
    }
}

public sealed class ClassBoardLinkTestsOnSqlite() : ClassBoardLinkTests(new SqliteUserDataStore());

public sealed class ClassBoardLinkTestsOnPostgreSql() : ClassBoardLinkTests(new PostgreSqlUserDataStore());

/// <summary>Join codes, recovery codes and board tokens, apart from any database.</summary>
public sealed class ClassSecretsTests
{
    [Theory]
    [InlineData("k7m 4px", "K7M4PX")]
    [InlineData(" K7M-4PX ", "K7M4PX")]
    [InlineData("K7M4P", null)]
    [InlineData("K7M4PO", null)]
    [InlineData("K7M4P1", null)]
    [InlineData("<b>K7M4</b>", null)]
    [InlineData(null, null)]
    public void AJoinCode_IsReadAsTyped(string? typed, string? expected) => Assert.Equal(expected, ClassSecrets.NormalizeJoinCode(typed));

    [Fact]
    public void NewCodes_UseOnlyTheEasyAlphabet_AndAreNeverStoredInTheClear()
    {
        for (int i = 0; i < 200; i++)
        {
            Assert.Matches("^[2-9A-HJ-NP-Z]{6}$", ClassSecrets.NewJoinCode());
            string recovery = ClassSecrets.NewRecoveryCode();
            Assert.Equal(recovery, ClassSecrets.NormalizeRecoveryCode(recovery.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
        }
        string token = ClassSecrets.NewToken();
        Assert.Equal(64, ClassSecrets.Hash(token).Length);
        Assert.DoesNotContain(token, ClassSecrets.Hash(token), StringComparison.Ordinal);
        Assert.True(ClassSecrets.Matches(token, ClassSecrets.Hash(token)));
        Assert.False(ClassSecrets.Matches(token + "x", ClassSecrets.Hash(token)));
        Assert.Equal("K7M 4PX", ClassSecrets.Display("K7M4PX"));
        Assert.Equal(ClassBoard.CodeLength, ClassSecrets.NewJoinCode().Length);
    }
}
