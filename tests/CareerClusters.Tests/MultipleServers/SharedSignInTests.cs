using System.Net;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CareerClusters.Tests.MultipleServers;

/// <summary>
/// Two instances behind a load balancer over one PostgreSQL user-data database: admin sign-in attempts sent to one
/// count on the other (a script cannot double its guesses by spreading them over the servers), and the admin cookie
/// one issues is accepted by the other. Both instances read one manual clock.
/// </summary>
public sealed class SharedSignInTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly PostgreSqlUserDataStore _store = new();
    private readonly ManualClock _clock = new();
    private readonly List<IDisposable> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        _store.Dispose();
    }

    /// <summary>Two instances with the same settings over the one database, as a load balancer would have them.</summary>
    private (WebApplicationFactory<Program> A, WebApplicationFactory<Program> B) TwoInstances(Dictionary<string, string>? admin = null)
    {
        var settings = _store.With(new Dictionary<string, string>(admin ?? [])
        {
            ["Admin:PasswordHash"] = AdminPassword.Hash(Password),
            ["Content:WatchForChanges"] = "false",
        });
        WebApplicationFactory<Program> Instance()
        {
            var site = new SiteFactory(TestPaths.TestContent, settings);
            var timed = site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
            _sites.Add(timed);
            _sites.Add(site);
            return timed;
        }
        return (Instance(), Instance());
    }

    private static HttpClient ClientOf(WebApplicationFactory<Program> site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<(HttpResponseMessage Response, string Alert)> SignInAsync(HttpClient client, string password)
    {
        string form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        string token = new HtmlParser().ParseDocument(form).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = password, ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
        string html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html).QuerySelector("[role=alert]")?.TextContent ?? "");
    }

    /// <summary>A wrong password a minute after the one before (past any wait so far), and the answer's alert.</summary>
    private async Task<(HttpStatusCode Status, string Alert)> WrongAsync(HttpClient client, int i)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        var (response, alert) = await SignInAsync(client, "wrong password " + i);
        using (response)
        {
            return (response.StatusCode, alert);
        }
    }

    [Fact]
    public async Task WrongPasswordsOnOneInstance_CountOnTheOther_SoItsAnswerMakesTheNextWrongOneWait()
    {
        var (a, b) = TwoInstances(new Dictionary<string, string> { ["Admin:WrongPasswordsBeforeDelay"] = "5" });
        using var onA = ClientOf(a);
        using var onB = ClientOf(b);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal((HttpStatusCode.Unauthorized, "That password is not right."), await WrongAsync(onA, i));
        }
        // Three on B alone would set no wait; with A's three they are the 4th, 5th and 6th in a row: 0, 5 and 10 seconds.
        Assert.Equal((HttpStatusCode.Unauthorized, "That password is not right."), await WrongAsync(onB, 3));
        var (fifth, fifthAlert) = await WrongAsync(onB, 4);
        Assert.Equal(HttpStatusCode.Unauthorized, fifth);
        Assert.Contains("try again in 5 seconds", fifthAlert, StringComparison.Ordinal);
        var (sixth, sixthAlert) = await WrongAsync(onB, 5);
        Assert.Equal(HttpStatusCode.Unauthorized, sixth);
        Assert.Equal("That password is not right. After several wrong passwords from your network, the next wrong one must wait: " +
            "try again in 10 seconds. The right password is never held back.", sixthAlert);

        // The wait B set holds on A too; the right password still signs in on either.
        var (held, heldAlert) = await SignInAsync(onA, "wrong again");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), held.Headers.RetryAfter?.Delta);
        Assert.Contains("must wait: try again in 10 seconds", heldAlert, StringComparison.Ordinal);
        var (right, _) = await SignInAsync(onA, Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task TheHourlyLimit_ReachedAcrossBothInstances_RefusesTheRightPasswordOnEither()
    {
        var (a, b) = TwoInstances(new Dictionary<string, string> { ["Admin:MaxSignInAttemptsPerHour"] = "6" });
        using var onA = ClientOf(a);
        using var onB = ClientOf(b);

        // Three attempts on each: neither instance alone has reached six.
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await WrongAsync(i % 2 == 0 ? onA : onB, i)).Status);
        }
        _clock.Advance(TimeSpan.FromMinutes(1));

        // The first attempt was 6 minutes ago: it leaves the hour in 54 minutes.
        foreach (var client in new[] { onA, onB })
        {
            var (refused, alert) = await SignInAsync(client, Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromMinutes(54), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("Too many sign-in attempts from your network in the last hour, so sign-in is locked for it, even with the right password. " +
                "Try again in 54 minutes.", alert);
        }

        _clock.Advance(TimeSpan.FromMinutes(54));
        var (accepted, _) = await SignInAsync(onB, Password);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task AnAdminCookieIssuedByOneInstance_IsAcceptedByTheOther()
    {
        var (a, b) = TwoInstances();
        using var onA = ClientOf(a);
        var (signedIn, _) = await SignInAsync(onA, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = SetCookieHeaderValue.ParseList([.. signedIn.Headers.GetValues(HeaderNames.SetCookie)]).Single(c => c.Name == "cc_admin");
        using var onB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var withoutCookie = await onB.GetAsync(new Uri("/admin", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add(HeaderNames.Cookie, $"{cookie.Name}={cookie.Value}");
        using var withCookie = await onB.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, withoutCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Contains("Content status", await withCookie.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The key that protects the cookie is the one in the PostgreSQL database both instances read.
        await using var scope = b.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        Assert.IsType<PostgreSqlUserDataDbContext>(db);
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }
}
