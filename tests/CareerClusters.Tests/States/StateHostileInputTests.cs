using System.Text;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Hostile;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace CareerClusters.Tests.States;

/// <summary>
/// The hostile-input corpus against the state pages over content that has states (the site-wide hostile test's content
/// has none): as the state in the address, the job in the query, the state cookie on a job page, and every form field.
/// No answer is a server error, leaves the site, or carries the input unencoded.
/// </summary>
public sealed class StateHostileInputTests(StateSite site) : IClassFixture<StateSite>
{
    private sealed record Answer(int Status, string Body, string Location);

    private async Task<Answer> SendAsync(string method, string path, string query = "", string? cookie = null, string? form = null)
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Path = new PathString(path);
            c.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
            if (cookie is not null)
            {
                c.Request.Headers.Cookie = cookie;
            }
            if (form is not null)
            {
                byte[] body = Encoding.ASCII.GetBytes(form);
                c.Request.ContentType = "application/x-www-form-urlencoded";
                c.Request.ContentLength = body.Length;
                c.Request.Body = new MemoryStream(body);
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, await reader.ReadToEndAsync(), context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task EveryHostileInput_InEveryPlaceTheStatePagesRead_IsAnsweredWithoutAServerErrorOrItsMarkup()
    {
        // A real session: the picker's antiforgery cookie and token, so the forms reach the code that reads their fields.
        var picker = await SendWithCookiesAsync(SitePaths.MyState);
        var failures = new List<string>();
        int requests = 0, formsTaken = 0;
        foreach (var input in HostileInputs.All)
        {
            string encoded = input.Raw ? input.Value : Uri.EscapeDataString(input.Value);
            var asked = new List<(string What, Answer Answer)>();
            // Kestrel answers an address with %00 in its path itself; such a request never reaches the site.
            if (!encoded.Contains("%00", StringComparison.Ordinal))
            {
                string segment = PathString.FromUriComponent("/" + encoded.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase)).Value![1..];
                asked.Add(("GET /state/{state}", await SendAsync("GET", SitePaths.MyState + "/" + segment)));
            }
            asked.Add(("GET /state?job=", await SendAsync("GET", SitePaths.MyState, "?job=" + encoded)));
            asked.Add(("GET /state/texas?job=", await SendAsync("GET", SitePaths.State("texas"), "?job=" + encoded)));
            asked.Add(("GET job page with cc_state", await SendAsync("GET", SitePaths.Occupation("registered-nurses"), cookie: $"{MyState.CookieName}={encoded}")));
            asked.Add(("POST /state/choose", await SendAsync("POST", SitePaths.ChooseState, cookie: picker.Cookie,
                form: $"__RequestVerificationToken={Uri.EscapeDataString(picker.Token)}&state={encoded}&job={encoded}")));
            asked.Add(("POST /state/choose (job)", await SendAsync("POST", SitePaths.ChooseState, cookie: picker.Cookie,
                form: $"__RequestVerificationToken={Uri.EscapeDataString(picker.Token)}&state=TX&job={encoded}")));
            asked.Add(("POST /state/forget", await SendAsync("POST", SitePaths.ForgetState, cookie: picker.Cookie,
                form: $"__RequestVerificationToken={Uri.EscapeDataString(picker.Token)}&job={encoded}")));
            foreach (var (what, answer) in asked)
            {
                requests++;
                formsTaken += what.StartsWith("POST", StringComparison.Ordinal) && answer.Status == 303 ? 1 : 0;
                if (answer.Status >= 500)
                {
                    failures.Add($"{answer.Status} for {what} [{input}]");
                }
                if (answer.Location.Length > 0 && (!answer.Location.StartsWith('/') || answer.Location.StartsWith("//", StringComparison.Ordinal)))
                {
                    failures.Add($"a redirect off the site ({answer.Location}) for {what} [{input}]");
                }
                if (!input.Raw && input.Value.Length >= 4 && input.Value.IndexOfAny(['<', '>', '"', '\'']) >= 0 && answer.Body.Contains(input.Value, StringComparison.Ordinal))
                {
                    failures.Add($"the input unencoded in the answer to {what} [{input}]");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join("\n", failures.Distinct().Take(40)));
        Assert.True(requests > 1000, $"only {requests} requests");
        // The token was good: the forms reached the code that reads their fields (choosing TX with any job is taken).
        Assert.True(formsTaken >= HostileInputs.All.Count, $"only {formsTaken} forms were taken");
    }

    private async Task<(string Cookie, string Token)> SendWithCookiesAsync(string path)
    {
        var context = await site.Server.SendAsync(c => c.Request.Path = new PathString(path));
        string cookie = context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var reader = new StreamReader(context.Response.Body);
        string token = new HtmlParser().ParseDocument(await reader.ReadToEndAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (cookie, token);
    }
}
