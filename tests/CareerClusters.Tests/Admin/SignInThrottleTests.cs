using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerClusters.Tests.Admin;

/// <summary>
/// Sign-in nobody else can block: wrong passwords from an address make further wrong ones wait longer and longer,
/// but the right password still signs in, unless the address made 50 attempts in the hour. Time is a manual clock.
/// </summary>
public sealed class SignInThrottleTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly ContentCopy _content = new();
    private readonly ManualClock _clock = new();
    private readonly SiteFactory _site;
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _timed;

    public SignInThrottleTests()
    {
        _site = new SiteFactory(_content.Path, new Dictionary<string, string> { ["Admin:PasswordHash"] = AdminPassword.Hash(Password) });
        _timed = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose()
    {
        _timed.Dispose();
        _site.Dispose();
        _content.Dispose();
    }

    private HttpClient Client() => _timed.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
    public void TheWait_GrowsWithWrongPasswordsInARow_UpTo15Minutes(int failures, int seconds)
    {
        var throttle = new SignInThrottle(new ManualClock(), Options.Create(new AdminOptions()));

        Assert.Equal(TimeSpan.FromSeconds(seconds), throttle.Delay(failures));
    }

    [Fact]
    public void EachAddress_HasItsOwnCount()
    {
        var clock = new ManualClock();
        var throttle = new SignInThrottle(clock, Options.Create(new AdminOptions { MaxSignInAttemptsPerHour = 2 }));

        throttle.Begin("10.0.0.1");
        throttle.Begin("10.0.0.1");

        Assert.True(throttle.Begin("10.0.0.1").TooMany);
        Assert.False(throttle.Begin("10.0.0.2").TooMany);
        clock.Advance(SignInThrottle.Window);
        Assert.False(throttle.Begin("10.0.0.1").TooMany);
    }
}
