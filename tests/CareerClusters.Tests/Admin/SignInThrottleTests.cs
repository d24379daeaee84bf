using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerClusters.Tests.Admin;

/// <summary>
/// Sign-in nobody else can block: wrong passwords from an address make further wrong ones wait longer and longer,
/// but the right password still signs in, unless the address made 50 attempts in the hour. Time is a manual clock.
/// The attempts are counted in the user-data database: every case runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class SignInThrottleTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly UserDataStore _store;
    private readonly ContentCopy _content = new();
    private readonly ManualClock _clock = new();
    private readonly SiteFactory _site;
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _timed;

    protected SignInThrottleTests(UserDataStore store)
    {
        _store = store;
        _site = new SiteFactory(_content.Path, store.With(new Dictionary<string, string> { ["Admin:PasswordHash"] = AdminPassword.Hash(Password) }));
        _timed = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose()
    {
        _timed.Dispose();
        _site.Dispose();
        _content.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private HttpClient Client() => _timed.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The site's user-data database (migrated at start-up), for a throttle made by the test itself.</summary>
    private AsyncServiceScope UserData(out UserDataDbContext db)
    {
        var scope = _timed.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        return scope;
    }

    private static async Task<(HttpResponseMessage Response, string Alert)> SignInAsync(HttpClient client, string password)
    {
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = password, ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
        string html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html).QuerySelector("[role=alert]")?.TextContent ?? "");
    }

    [Fact]
    public async Task AfterFiveWrongPasswords_TheNextWrongOneWaits20Seconds_ButTheRightPasswordSignsInAtOnce()
    {
        using var client = Client();
        var alerts = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            // Each wrong password comes after the wait the one before it set (at most 10 s so far).
            _clock.Advance(TimeSpan.FromMinutes(1));
            var (wrong, alert) = await SignInAsync(client, "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            alerts.Add(alert);
        }
        Assert.Equal("That password is not right.", alerts[0]);
        Assert.Equal("That password is not right. After several wrong passwords from your network, the next wrong one must wait: " +
            "try again in 20 seconds. The right password is never held back.", alerts[4]);

        // A sixth wrong one at once is held back, with the real wait; the right one is not.
        var (held, heldAlert) = await SignInAsync(client, "wrong again");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(20), held.Headers.RetryAfter?.Delta);
        Assert.Equal("That password is not right, and wrong passwords from your network must wait: try again in 20 seconds. " +
            "The right password signs in at any time.", heldAlert);
        var (right, _) = await SignInAsync(client, Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task After50AttemptsInAnHour_EvenTheRightPasswordWaits_UntilTheOldestLeavesTheHour()
    {
        using var client = Client();
        for (int i = 0; i < 50; i++)
        {
            var (wrong, _) = await SignInAsync(client, "wrong password " + i);
            Assert.Contains(wrong.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        // 25 minutes after the first attempt: it leaves the hour 35 minutes from now.
        var (refused, alert) = await SignInAsync(client, Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(35), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("Too many sign-in attempts from your network in the last hour, so sign-in is locked for it, even with the right password. " +
            "Try again in 35 minutes.", alert);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(35));
        var (accepted, _) = await SignInAsync(client, Password);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 5)]
    [InlineData(4, 10)]
    [InlineData(5, 20)]
    [InlineData(9, 320)]
    [InlineData(12, 900)]
    [InlineData(1000, 900)]
    public async Task TheWait_GrowsWithWrongPasswordsInARow_UpTo15Minutes(int failures, int seconds)
    {
        await using var scope = UserData(out var db);
        var throttle = new SignInThrottle(db, new ManualClock(), Options.Create(new AdminOptions()));

        Assert.Equal(TimeSpan.FromSeconds(seconds), throttle.Delay(failures));
    }

    [Fact]
    public async Task EachAddress_HasItsOwnCount()
    {
        await using var scope = UserData(out var db);
        var clock = new ManualClock();
        var throttle = new SignInThrottle(db, clock, Options.Create(new AdminOptions { MaxSignInAttemptsPerHour = 2 }));

        await throttle.BeginAsync("10.0.0.1");
        await throttle.BeginAsync("10.0.0.1");

        Assert.True((await throttle.BeginAsync("10.0.0.1")).TooMany);
        Assert.False((await throttle.BeginAsync("10.0.0.2")).TooMany);
        clock.Advance(SignInThrottle.Window);
        Assert.False((await throttle.BeginAsync("10.0.0.1")).TooMany);
    }

    [Fact]
    public async Task TheRightPassword_ForgetsTheWrongOnesBeforeIt_AndAWrongOneOlderThanAnHourNoLongerCounts()
    {
        await using var scope = UserData(out var db);
        var clock = new ManualClock();
        var throttle = new SignInThrottle(db, clock, Options.Create(new AdminOptions()));
        async Task<TimeSpan> WrongAsync()
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            return await throttle.FailedAsync("10.0.0.1", (await throttle.BeginAsync("10.0.0.1")).Attempt);
        }

        for (int i = 0; i < 3; i++)
        {
            await WrongAsync();
        }
        Assert.Equal(TimeSpan.FromSeconds(10), await WrongAsync());
        await throttle.SucceededAsync((await throttle.BeginAsync("10.0.0.1")).Attempt);
        Assert.Equal(TimeSpan.Zero, (await throttle.BeginAsync("10.0.0.1")).Wait);
        Assert.Equal(TimeSpan.Zero, await WrongAsync());

        // Four wrong ones in a row since the right one, a minute apart; 57 minutes after the last, the first of them
        // has left the hour: three remain, and a fifth makes four (10 s), not five (20 s).
        for (int i = 0; i < 2; i++)
        {
            await WrongAsync();
        }
        Assert.Equal(TimeSpan.FromSeconds(10), await WrongAsync());
        clock.Advance(SignInThrottle.Window - TimeSpan.FromMinutes(4));
        Assert.Equal(TimeSpan.FromSeconds(10), await WrongAsync());
    }

    [Fact]
    public async Task AttemptsOlderThanAnHour_AreRemovedNowAndThen()
    {
        await using var scope = UserData(out var db);
        var clock = new ManualClock();
        var throttle = new SignInThrottle(db, clock, Options.Create(new AdminOptions()));
        for (int i = 0; i < SignInThrottle.CleanUpEvery; i++)
        {
            await throttle.BeginAsync("10.0.1." + i);
        }
        var first = clock.GetUtcNow().UtcDateTime;

        clock.Advance(SignInThrottle.Window);
        for (int i = 0; i < SignInThrottle.CleanUpEvery; i++)
        {
            await throttle.BeginAsync("10.0.2." + i);
        }

        Assert.Equal(0, await db.AdminSignInAttempts.CountAsync(a => a.AttemptedUtc <= first));
        Assert.InRange(await db.AdminSignInAttempts.CountAsync(), 1, SignInThrottle.CleanUpEvery);
    }

    [Fact]
    public async Task AnAddressTooLongForTheColumn_IsCut_NotAnError()
    {
        await using var scope = UserData(out var db);
        var throttle = new SignInThrottle(db, new ManualClock(), Options.Create(new AdminOptions()));

        var gate = await throttle.BeginAsync(new string('a', 200));

        Assert.False(gate.TooMany);
        Assert.Equal(new string('a', AdminSignInAttempt.MaxAddress), (await db.AdminSignInAttempts.SingleAsync(a => a.Id == gate.Attempt)).Address);
    }
}

public sealed class SignInThrottleTestsOnSqlite() : SignInThrottleTests(new SqliteUserDataStore());

public sealed class SignInThrottleTestsOnPostgreSql() : SignInThrottleTests(new PostgreSqlUserDataStore());
