using System.Text;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerClusters.Tests.Hostile;

/// <summary>The site with the admin area on and no rate limits in the way, so every form reaches its code.</summary>
public sealed class HostileSite() : SiteFactory(TestPaths.TestContent, new Dictionary<string, string>
{
    ["Admin:PasswordHash"] = AdminPassword.Hash(HostileInputTests.AdminPasswordText),
    ["Admin:MaxSignInAttemptsPerHour"] = "1000000",
    ["Admin:WrongPasswordsBeforeDelay"] = "1000000",
    ["Lists:MaxChangesPerMinute"] = "1000000",
    ["Lists:MaxViewBurst"] = "1000000",
    ["Lists:MaxViewsPerSecond"] = "1000000",
    ["Lists:MaxRecoveryAttempts"] = "1000000",
    ["Lists:MaxWrongTriesPerHour"] = "1000000",
    ["Search:MaxBurst"] = "1000000",
    ["Search:MaxRequestsPerSecond"] = "1000000",
    ["Classes:MaxJoinBurst"] = "1000000",
    ["Classes:MaxChangesPerMinute"] = "1000000",
    ["Api:MaxBurst"] = "1000000",
    ["Api:MaxRequestsPerSecond"] = "1000000",
    ["Content:WatchForChanges"] = "false",
});

/// <summary>
/// Every input of <see cref="HostileInputs"/> is sent to the site's routes (found from its endpoints, so a new route is
/// covered without a change here), query parameters, path segments, cookies, headers and forms, and so are odd
/// methods, very long query strings and headers and many repeated parameters. No answer is a server error, no
/// redirect leaves the site, and no page carries the input as markup.
/// </summary>
public sealed class HostileInputTests(HostileSite site, ITestOutputHelper output) : IClassFixture<HostileSite>
{
    public const string AdminPasswordText = "correct horse battery staple";

    /// <summary>Every query parameter name a page reads; each GET route gets them all.</summary>
    private static readonly string[] QueryNames =
        ["q", "kind", "cluster", "education", "outlook", "sort", "page", "c", "clusters", "pathways", "items", "j", "change", "after", "v", "s", "from", "returnUrl", "added", "saved", "job", "code", "result", "list", "sent",
         "lang", "framework", "pathway", "apprenticeship", "pay_min", "pay_max", "per_page", "from"];

    /// <summary>Routes and parameters that read one value each, asked one at a time so no check stops at another parameter.</summary>
    private static readonly (string Path, string Name)[] SingleParameters =
    [
        ("/search", "q"), ("/search", "kind"), ("/search", "cluster"), ("/search", "education"), ("/search", "page"),
        ("/api/search/suggest", "q"), ("/api/search/opensearch-suggestions", "q"),
        ("/occupations", "cluster"), ("/occupations", "education"), ("/occupations", "outlook"), ("/occupations", "sort"),
        ("/compare", "clusters"), ("/compare", "pathways"), ("/compare", "items"), ("/compare/jobs", "j"), ("/compare/jobs", "q"), ("/my-clusters", "c"),
        ("/qr.svg", "page"), ("/qr.png", "page"), ("/survey/results", "s"), ("/survey/results", "after"), ("/survey/results", "v"), ("/survey/results", "from"),
        ("/lists/add", "page"), ("/admin/sign-in", "returnUrl"), ("/state", "job"), ("/state/texas", "job"), ("/join", "code"),
        // The open data API: every parameter of every endpoint (a value that does not fit is a 400 problem, never a 500); those
        // whose value reaches a query or the search engine get every input (EveryInputOf).
        ("/api/v1/frameworks", "lang"), ("/api/v1/frameworks/16/clusters", "lang"), ("/api/v1/frameworks/16/clusters/health-science", "lang"),
        ("/api/v1/frameworks/16/clusters/health-science/pathways/therapeutic-services", "lang"),
        ("/api/v1/occupations", "framework"), ("/api/v1/occupations", "cluster"), ("/api/v1/occupations", "pathway"), ("/api/v1/occupations", "education"),
        ("/api/v1/occupations", "outlook"), ("/api/v1/occupations", "apprenticeship"), ("/api/v1/occupations", "pay_min"), ("/api/v1/occupations", "pay_max"),
        ("/api/v1/occupations", "q"), ("/api/v1/occupations", "sort"), ("/api/v1/occupations", "page"), ("/api/v1/occupations", "per_page"),
        ("/api/v1/occupations", "lang"), ("/api/v1/occupations/registered-nurses", "lang"), ("/api/v1/crosswalk", "from"), ("/api/v1/crosswalk", "lang"),
        ("/api/v1/search", "q"), ("/api/v1/search", "kind"), ("/api/v1/search", "cluster"), ("/api/v1/search", "education"), ("/api/v1/search", "page"),
        ("/api/v1/search", "lang"), ("/openapi/v1.json", "lang"),
    ];

    /// <summary>The API's parameters whose value reaches a query or the search engine: every input, like /search's.</summary>
    private static readonly HashSet<(string Path, string Name)> EveryInputOf =
        [("/api/v1/occupations", "cluster"), ("/api/v1/occupations", "pathway"), ("/api/v1/occupations", "q"), ("/api/v1/search", "q"), ("/api/v1/search", "cluster")];

    /// <summary>Most routes get every third input (a different third each); these get every input.</summary>
    private const int Stride = 3;

    private static readonly string[] OddMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "CONNECT", "HEAD", "MKCOL", "FOO", "get"];

    private sealed record Answer(int Status, string ContentType, string Body, string? Location, TimeSpan Time);

    private sealed record Route(string Method, RoutePattern Pattern, string Text);

    /// <summary>What a test sends and the problems found in the answers.</summary>
    private sealed class Run
    {
        public List<string> Failures { get; } = [];

        public int Requests { get; set; }

        /// <summary>The slowest requests, printed with the results: a slow answer to odd input is a way to tie up the server.</summary>
        public List<(TimeSpan Time, string Request)> Slowest { get; } = [];
    }

    private sealed record FormSession(string Cookie, string Token, string EditPath, string ListCode, string ListToken, string SurveyCode);

    private FormSession? _session;

    [Fact]
    public void TheCorpus_HasAtLeast150Inputs_InEveryCategoryTheIssueNames()
    {
        Assert.True(HostileInputs.All.Count >= 150, $"{HostileInputs.All.Count} inputs");
        Assert.Equal(["format", "fts5", "number", "overlong", "percent", "script", "sql", "traversal", "traversal-encoded", "unicode"],
            HostileInputs.All.Select(i => i.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(HostileInputs.All.Count, HostileInputs.All.Select(i => (i.Value, i.Raw)).Distinct().Count());
    }

    [Fact]
    public void EveryGetRoute_IsFoundFromTheEndpoints()
    {
        var paths = Routes().Where(r => r.Method == "GET").Select(r => r.Text).ToList();

        Assert.Contains("/search", paths);
        Assert.Contains("/clusters/{cluster}/{pathway}", paths);
        Assert.Contains("/lists/{code}/edit/{token}", paths);
        Assert.Contains(Routes(), r => r.Method == "POST" && r.Text == "/admin/sign-in");
    }

    [Fact]
    public async Task QueryParametersCookiesAndHeaders_OnEveryGetRoute_NeverFailOrReflectMarkup()
    {
        var session = await SessionAsync();
        var run = new Run();
        var routes = Routes().Where(r => r.Method == "GET").ToList();
        for (int i = 0; i < HostileInputs.All.Count; i++)
        {
            var input = HostileInputs.All[i];
            string value = Encoded(input);
            string query = "?" + string.Join("&", QueryNames.Select(n => $"{n}={value}"));
            var headers = new Dictionary<string, string>
            {
                ["Cookie"] = $"cc_my={value}; cc_list={value}; cc_state={value}; cc_survey={value}",
                ["Referer"] = $"http://localhost/{value}",
                ["Accept-Language"] = value,
                ["User-Agent"] = value,
            };
            for (int r = 0; r < routes.Count; r++)
            {
                bool everyInput = routes[r].Text is "/search" or "/api/search/suggest";
                if (everyInput || (i + r) % Stride == 0)
                {
                    string path = PathOf(routes[r], session, null, null);
                    Check(run, input, $"GET {path}{Shorten(query)}", await SendAsync(run, "GET", path, query, headers));
                }
            }
            for (int p = 0; p < SingleParameters.Length; p++)
            {
                var (path, name) = SingleParameters[p];
                if (path.StartsWith("/search", StringComparison.Ordinal) || path.StartsWith("/api/search", StringComparison.Ordinal)
                    || EveryInputOf.Contains((path, name)) || (i + p) % Stride == 0)
                {
                    Check(run, input, $"GET {path}?{name}=", await SendAsync(run, "GET", path, $"?{name}={value}", null));
                }
            }
            Check(run, input, "GET /lists/{code}/edit/{token}?q=", await SendAsync(run, "GET", session.EditPath, $"?q={value}&added={value}", null));
            Check(run, input, "GET /survey/results/{code}?after=", await SendAsync(run, "GET", $"/survey/results/{session.SurveyCode}", $"?after={value}", null));
        }
        Report(run);
    }

    [Fact]
    public async Task EveryPathSegment_OfEveryRoute_NeverFailsOrReflectsMarkup()
    {
        var session = await SessionAsync();
        var run = new Run();
        var parameters = Routes().SelectMany(r => r.Pattern.Parameters.Select(p => (Route: r, Parameter: p.Name))).ToList();
        for (int i = 0; i < HostileInputs.All.Count; i++)
        {
            var input = HostileInputs.All[i];
            for (int p = 0; p < parameters.Count; p++)
            {
                var (route, parameter) = parameters[p];
                bool everyInput = route.Method == "GET" && route.Text == "/clusters/{cluster}" || route.Text == "/occupations/{occupation}"
                    || route.Text.StartsWith("/api/v1/", StringComparison.Ordinal) && parameter != "framework";
                if (!everyInput && (i + p) % Stride != 0)
                {
                    continue;
                }
                if (!KestrelAccepts(input))
                {
                    continue;
                }
                string path = PathOf(route, session, parameter, input);
                byte[]? form = route.Method == "POST" ? Form(session, []) : null;
                Check(run, input, $"{route.Method} {route.Text} with {{{parameter}}}",
                    await SendAsync(run, route.Method, path, "", route.Method == "POST" ? FormHeaders(session) : null, form));
            }
            if (!KestrelAccepts(input))
            {
                continue;
            }
            // A segment where no route has one: the not-found page, and the moved-pages check before it.
            Check(run, input, "GET /{segment}", await SendAsync(run, "GET", PathWith("/", input), "", null));
            Check(run, input, "GET /guides/{segment}/more", await SendAsync(run, "GET", PathWith("/guides/", input) + "/more", "", null));
        }
        Report(run);
    }

    [Fact]
    public async Task EveryForm_WithHostileFields_NeverFailsOrReflectsMarkup()
    {
        var session = await SessionAsync();
        var run = new Run();
        var forms = new (string Path, string[] Fields)[]
        {
            ("/lists/new", ["title", "introduction"]),
            ("/lists/add", ["page", "note", "newListTitle", "start"]),
            (session.EditPath, ["title", "introduction", "notes[1]"]),
            (session.EditPath + "/items", ["page"]),
            ("/lists/recover", ["list", "recoveryCode"]),
            ("/my-clusters/choose", ["slug", "to", "returnUrl"]),
            ("/my-clusters/add", ["c", "returnUrl"]),
            ("/state/choose", ["state", "job"]),
            ("/state/forget", ["job"]),
            ("/survey/results", ["v", "after", "s", "from"]),
            ("/survey/forget", ["returnUrl"]),
            ("/admin/sign-in", ["returnUrl"]),
            ("/classes/new", ["title"]),
            ("/classes/recover", ["code", "recoveryCode"]),
            ("/join", ["code", "name", "result"]),
        };
        for (int i = 0; i < HostileInputs.All.Count; i++)
        {
            var input = HostileInputs.All[i];
            for (int f = 0; f < forms.Length; f++)
            {
                var (path, fields) = forms[f];
                if (path != "/admin/sign-in" && (i + f) % Stride != 0)
                {
                    continue;
                }
                var form = Form(session, fields.Select(f => (f, input)).ToArray());
                Check(run, input, $"POST {path} ({string.Join(", ", fields)})", await SendAsync(run, "POST", path, "", FormHeaders(session), form));
            }
            // Each password is checked with a slow hash on purpose: a sample of the inputs is enough here.
            if (i % 10 == 0)
            {
                var wrong = Form(session, [("password", input), ("returnUrl", input)]);
                Check(run, input, "POST /admin/sign-in (password)", await SendAsync(run, "POST", "/admin/sign-in", "", FormHeaders(session), wrong));
                var right = Form(session, [("returnUrl", input)], $"password={Uri.EscapeDataString(AdminPasswordText)}");
                Check(run, input, "POST /admin/sign-in (right password, returnUrl)", await SendAsync(run, "POST", "/admin/sign-in", "", FormHeaders(session), right));
            }
        }
        Report(run);
    }

    [Fact]
    public async Task OddMethods_LongAddressesAndHeaders_AndRepeatedParameters_NeverFail()
    {
        var session = await SessionAsync();
        var run = new Run();
        string repeated = "?" + string.Join("&", Enumerable.Range(0, 1_000).Select(i => $"q={i}&c=health-science&clusters=x{i}&s={i}"));
        string longQuery = "?q=" + new string('a', 100_000) + "&" + string.Join("&", QueryNames.Select(n => $"{n}={new string('b', 10_000)}"));
        var longHeaders = new Dictionary<string, string>
        {
            ["Cookie"] = "cc_my=" + new string('a', 64_000),
            ["Referer"] = "http://localhost/" + new string('r', 64_000),
            ["Accept-Language"] = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"x{i};q=0.{i % 10}")),
            ["X-Forwarded-For"] = string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"10.0.{i / 256 % 256}.{i % 256}")),
            ["If-None-Match"] = new string('"', 10_000),
            ["Range"] = "bytes=" + string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"{i}-{i}")),
        };
        foreach (var route in Routes())
        {
            string path = PathOf(route, session, null, null);
            foreach (string method in OddMethods)
            {
                Check(run, null, $"{method} {path}", await SendAsync(run, method, path, "", null));
            }
            if (route.Method != "GET")
            {
                continue;
            }
            Check(run, null, $"GET {path} with 4,000 repeated parameters", await SendAsync(run, "GET", path, repeated, null));
            Check(run, null, $"GET {path} with a 280 KB query string", await SendAsync(run, "GET", path, longQuery, null));
            Check(run, null, $"GET {path} with 64 KB headers", await SendAsync(run, "GET", path, "", longHeaders));
        }
        var manyFields = Encoding.ASCII.GetBytes($"__RequestVerificationToken={session.Token}&" + string.Join("&", Enumerable.Range(0, 1_000).Select(i => $"s={i}&c=health-science&title=t{i}&page=/clusters/health-science")));
        foreach (string path in new[] { "/survey/results", "/my-clusters/add", "/lists/new", "/lists/add", session.EditPath + "/items" })
        {
            Check(run, null, $"POST {path} with 4,000 fields", await SendAsync(run, "POST", path, "", FormHeaders(session), manyFields));
        }
        var hugeBody = Encoding.ASCII.GetBytes($"__RequestVerificationToken={session.Token}&title=" + new string('a', 2_000_000));
        Check(run, null, "POST /lists/new with a 2 MB field", await SendAsync(run, "POST", "/lists/new", "", FormHeaders(session), hugeBody));
        Report(run);
    }

    // ----- the site's routes -----

    private List<Route> Routes()
    {
        var sources = site.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new Route(m, e.RoutePattern, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .DistinctBy(r => (r.Method, r.Text))
            .OrderBy(r => r.Text, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The route's address with a working value in each parameter, or the hostile input in one of them.</summary>
    private static string PathOf(Route route, FormSession session, string? hostileParameter, HostileInput? input)
    {
        var path = new StringBuilder();
        foreach (var segment in route.Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal)
                {
                    path.Append(literal.Content);
                }
                else if (part is RoutePatternParameterPart parameter)
                {
                    path.Append(parameter.Name == hostileParameter ? Decoded(input!) : parameter.Name switch
                    {
                        "framework" when route.Text.StartsWith("/api/", StringComparison.Ordinal) => "16",
                        "framework" => "2024",
                        "cluster" when route.Text.StartsWith("/frameworks", StringComparison.Ordinal) => "healthcare-and-human-services",
                        "pathway" when route.Text.StartsWith("/frameworks", StringComparison.Ordinal) => "physical-health",
                        "cluster" => "health-science",
                        "pathway" => "therapeutic-services",
                        "occupation" => "registered-nurses",
                        "page" => "what-is-a-career-cluster",
                        "code" when route.Text.StartsWith("/lists", StringComparison.Ordinal) => session.ListCode,
                        "code" => session.SurveyCode,
                        "token" => session.ListToken,
                        "itemId" => "1",
                        "change" => "up",
                        "statusCode" => "404",
                        "state" => "texas",
                        _ => throw new InvalidOperationException($"no working value for {{{parameter.Name}}} in {route.Text}: add one here"),
                    });
                }
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    /// <summary>Kestrel answers 400 itself to an address with %00 in its path: such a request never reaches the site.</summary>
    private static bool KestrelAccepts(HostileInput input) =>
        !Encoded(input).Contains("%00", StringComparison.Ordinal);

    private static string PathWith(string prefix, HostileInput input) => prefix + Decoded(input);

    // ----- encoding the inputs as a client would -----

    /// <summary>The input as it goes into a query string or form body.</summary>
    private static string Encoded(HostileInput input) => input.Raw ? input.Value : PercentEncode(input.Value);

    /// <summary>
    /// The input as a path segment after the server decoded the address, as Kestrel does: %2F stays as it is (a
    /// segment never becomes two) and bytes that are not UTF-8 stay percent-encoded.
    /// </summary>
    private static string Decoded(HostileInput input) =>
        PathString.FromUriComponent("/" + Encoded(input).Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase)).Value![1..];

    /// <summary>UTF-8 percent-encoding of everything but unreserved characters (a lone surrogate becomes U+FFFD, as on the wire).</summary>
    private static string PercentEncode(string value)
    {
        var encoded = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    private static byte[] Form(FormSession session, (string Name, HostileInput Input)[] fields, string extra = "") =>
        Encoding.ASCII.GetBytes(string.Join("&", new[] { $"__RequestVerificationToken={Uri.EscapeDataString(session.Token)}", extra }
            .Concat(fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Encoded(f.Input)}")).Where(s => s.Length > 0)));

    private static Dictionary<string, string> FormHeaders(FormSession session) => new() { ["Cookie"] = session.Cookie };

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "..." : text;

    // ----- sending and checking -----

    private async Task<Answer> SendAsync(Run run, string method, string path, string query, Dictionary<string, string>? headers, byte[]? form = null)
    {
        run.Requests++;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            c.Request.Path = new PathString(path);
            c.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
            foreach (var (name, value) in headers ?? [])
            {
                c.Request.Headers[name] = value;
            }
            if (form is not null)
            {
                c.Request.ContentType = "application/x-www-form-urlencoded";
                c.Request.ContentLength = form.Length;
                c.Request.Body = new MemoryStream(form);
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, context.Response.ContentType ?? "", await reader.ReadToEndAsync(), context.Response.Headers.Location.ToString(), clock.Elapsed);
    }

    private static void Check(Run run, HostileInput? input, string request, Answer answer)
    {
        string what = $"{request} [{input?.ToString() ?? "no input"}]";
        run.Slowest.Add((answer.Time, what));
        if (run.Slowest.Count > 20)
        {
            run.Slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
            run.Slowest.RemoveRange(10, run.Slowest.Count - 10);
        }
        if (answer.Status >= 500)
        {
            run.Failures.Add($"{answer.Status} for {what}");
        }
        if (answer.Status == 429)
        {
            // The limits are lifted for this site: a 429 would mean the input never reached the code it is for.
            run.Failures.Add($"429 (a rate limit hid the answer) for {what}");
        }
        if (answer.Status is >= 400 and < 500 && answer.ContentType.StartsWith("text/html", StringComparison.Ordinal) && answer.Body.Length > 0
            && !(answer.Body.Contains("<h1>", StringComparison.Ordinal) && answer.Body.Contains("href=\"/\"", StringComparison.Ordinal)))
        {
            run.Failures.Add($"{answer.Status} without the site's page (a heading and a way home) for {what}");
        }
        if (answer.Status is >= 300 and < 400 && !string.IsNullOrEmpty(answer.Location) && !IsLocal(answer.Location))
        {
            run.Failures.Add($"a redirect off the site ({answer.Location}) for {what}");
        }
        if (input is null || !(answer.ContentType.StartsWith("text/html", StringComparison.Ordinal) || answer.ContentType.Contains("json", StringComparison.Ordinal)
            || answer.ContentType.Contains("xml", StringComparison.Ordinal)))
        {
            return;
        }
        if (!input.Raw && input.Value.Length >= 4 && input.Value.IndexOfAny(['<', '>', '"', '\'']) >= 0 && answer.Body.Contains(input.Value, StringComparison.Ordinal))
        {
            run.Failures.Add($"the input unencoded in the answer to {what}");
        }
        if (answer.Body.Contains(HostileInput.Marker, StringComparison.Ordinal) && answer.ContentType.StartsWith("text/html", StringComparison.Ordinal)
            && InjectedMarkup(answer.Body) is { } injected)
        {
            run.Failures.Add($"injected markup ({injected}) in the answer to {what}");
        }
    }

    private static bool IsLocal(string location) =>
        (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal))
        || location.StartsWith("http://localhost/", StringComparison.Ordinal);

    /// <summary>Markup the input made: a script, an event handler or a javascript: address carrying the marker, or the made-up element.</summary>
    private static string? InjectedMarkup(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            if (element.LocalName is "cc-xss-tag")
            {
                return "<cc-xss-tag>";
            }
            if (element.LocalName == "script" && element.TextContent.Contains(HostileInput.Marker, StringComparison.Ordinal))
            {
                return "a script element";
            }
            foreach (var attribute in element.Attributes)
            {
                bool handler = attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style";
                bool scriptAddress = attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "srcdoc" or "xlink:href" or "poster"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
                if ((handler || scriptAddress) && attribute.Value.Contains(HostileInput.Marker, StringComparison.Ordinal))
                {
                    return $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"";
                }
            }
        }
        return null;
    }

    private void Report(Run run)
    {
        output.WriteLine($"{run.Requests} requests, {HostileInputs.All.Count} inputs, {run.Failures.Count} failures; slowest:");
        foreach (var (time, request) in run.Slowest.OrderByDescending(s => s.Time).Take(5))
        {
            output.WriteLine($"  {(int)time.TotalMilliseconds} ms {Shorten(request)}");
        }
        Assert.True(run.Failures.Count == 0,
            $"{run.Failures.Count} of {run.Requests} requests failed:\n" + string.Join("\n", run.Failures.Distinct().Take(40)));
        Assert.True(run.Requests > 500, $"only {run.Requests} requests were sent");
    }

    // ----- a list, a survey result and an antiforgery token to send forms with -----

    private async Task<FormSession> SessionAsync()
    {
        if (_session is not null)
        {
            return _session;
        }
        using var client = site.CreatePlainClient();
        using var newList = await client.GetAsync(new Uri("/lists/new", UriKind.Relative));
        string cookie = string.Join("; ", newList.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var page = new HtmlParser().ParseDocument(await newList.Content.ReadAsStringAsync());
        string token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var create = new HttpRequestMessage(HttpMethod.Post, "/lists/new")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["title"] = "Hostile", ["introduction"] = "" }),
        };
        create.Headers.Add("Cookie", cookie);
        using var created = await client.SendAsync(create);
        string editPath = created.Headers.Location!.OriginalString;
        using var add = new HttpRequestMessage(HttpMethod.Post, editPath + "/items")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["page"] = "/clusters/health-science" }),
        };
        add.Headers.Add("Cookie", cookie);
        using var added = await client.SendAsync(add);
        Assert.True((int)added.StatusCode < 400, $"adding a page answered {(int)added.StatusCode}");

        using var survey = await client.GetAsync(new Uri("/survey/results?s=0", UriKind.Relative));
        string surveyCode = survey.Headers.Location!.OriginalString.Split('/', '?')[3];
        string[] parts = editPath.Split('/');
        return _session = new FormSession(cookie, token, editPath, parts[2], parts[4], surveyCode);
    }
}
