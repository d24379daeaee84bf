using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace CareerClusters.Tests.Pages;

/// <summary>The real content, with the admin area on and a sign-in limit low enough to reach the "too many tries" page.</summary>
public sealed class ValidatedSite() : SiteFactory(TestPaths.RealContent, new Dictionary<string, string>
{
    ["Admin:PasswordHash"] = AdminPassword.Hash(HtmlValidityTests.AdminPasswordText),
    ["Admin:MaxSignInAttemptsPerHour"] = "2",
    ["Content:WatchForChanges"] = "false",
});

/// <summary>
/// One page of every type passes the Nu Html Checker (vnu.jar) with no errors. ./test.sh installs Java and the
/// checker (into .tools/vnu/) and sets VNU_JAR: then a missing checker fails the test rather than passing unchecked.
/// Without VNU_JAR (a plain <c>dotnet test</c> on a fresh clone) the test uses .tools/vnu/vnu.jar when it is there,
/// and is skipped with a one-line hint when it is not.
/// </summary>
public sealed class HtmlValidityTests(ValidatedSite site, ITestOutputHelper output) : IClassFixture<ValidatedSite>
{
    public const string AdminPasswordText = "correct horse battery staple";

    [SkippableFact]
    public async Task EveryPageType_HasNoNuHtmlCheckerErrors()
    {
        string jar = VnuJar();
        string java = Java();
        // Cookies are sent by hand, so the admin pages can be asked for signed in and signed out.
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var pages = new Dictionary<string, string>();

        async Task<HttpResponseMessage> Keep(string name, string path, HttpStatusCode expected, HttpRequestMessage? request = null)
        {
            var response = await client.SendAsync(request ?? new HttpRequestMessage(HttpMethod.Get, path));
            pages[name] = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected,
                $"{path} answered {(int)response.StatusCode}, not {(int)expected}: {new HtmlParser().ParseDocument(pages[name]).QuerySelector("h1")?.TextContent}");
            return response;
        }

        await Keep("home", "/", HttpStatusCode.OK);
        await Keep("clusters", "/clusters", HttpStatusCode.OK);
        await Keep("cluster", "/clusters/health-science", HttpStatusCode.OK);
        await Keep("pathway", "/clusters/health-science/therapeutic-services", HttpStatusCode.OK);
        await Keep("clusters-2024", "/frameworks/2024", HttpStatusCode.OK);
        await Keep("cluster-2024", "/frameworks/2024/healthcare-and-human-services", HttpStatusCode.OK);
        await Keep("sub-cluster-2024", "/frameworks/2024/healthcare-and-human-services/physical-health", HttpStatusCode.OK);
        await Keep("crosswalk", "/frameworks/crosswalk", HttpStatusCode.OK);
        await Keep("occupation", "/occupations/registered-nurses", HttpStatusCode.OK);
        await Keep("occupation-all-other", "/occupations/agricultural-workers-all-other", HttpStatusCode.OK);
        await Keep("occupations", "/occupations", HttpStatusCode.OK);
        await Keep("occupations-filtered", "/occupations?cluster=health-science&education=bachelors-degree&outlook=faster&sort=pay", HttpStatusCode.OK);
        await Keep("guides", "/guides", HttpStatusCode.OK);
        await Keep("api-reference", "/api", HttpStatusCode.OK);
        foreach (string? guide in Directory.EnumerateFiles(Path.Combine(TestPaths.RealContent, "guides"), "*.md").Where(f => !f.EndsWith(".es.md", StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal))
        {
            await Keep($"guide-{guide}", $"/guides/{guide}", HttpStatusCode.OK);
        }
        await Keep("search", "/search?q=nurse", HttpStatusCode.OK);
        await Keep("search-filtered", "/search?q=data&kind=occupation&cluster=information-technology&page=2", HttpStatusCode.OK);
        await Keep("search-typo", "/search?q=nurce", HttpStatusCode.OK);
        await Keep("search-none", "/search?q=zzqqxxjj", HttpStatusCode.OK);
        await Keep("search-empty", "/search", HttpStatusCode.OK);
        await Keep("search-state", "/search?q=nurse+in+texas", HttpStatusCode.OK);
        await Keep("search-state-only", "/search?q=texas", HttpStatusCode.OK);
        await Keep("survey", "/survey", HttpStatusCode.OK);
        using (var scored = await client.GetAsync(new Uri("/survey/results?s=0&s=3&s=7&s=12&after=bachelors", UriKind.Relative)))
        {
            await Keep("survey-results", scored.Headers.Location!.OriginalString, HttpStatusCode.OK);
            // The survey and "My clusters" in a browser that remembers that result.
            string remembered = scored.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("cc_survey=", StringComparison.Ordinal)).Split(';')[0];
            await Keep("survey-remembered", "/survey", HttpStatusCode.OK, Get("/survey", remembered));
            await Keep("my-clusters-remembered", "/my-clusters", HttpStatusCode.OK, Get("/my-clusters", remembered));
        }
        await Keep("survey-nothing-ticked", "/survey/results?from=form&after=associate", (HttpStatusCode)422);
        await Keep("survey-unreadable", "/survey/results/zz", HttpStatusCode.BadRequest);
        await Keep("compare-clusters", "/compare?clusters=health-science,information-technology", HttpStatusCode.OK);
        await Keep("compare-pathways", "/compare?pathways=therapeutic-services,web-and-digital-communications,health-informatics", HttpStatusCode.OK);
        await Keep("compare-picker", "/compare", HttpStatusCode.OK);
        await Keep("compare-picker-message", "/compare?clusters=health-science", HttpStatusCode.OK);
        await Keep("compare-jobs", "/compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses,electricians", HttpStatusCode.OK);
        await Keep("compare-jobs-picker", "/compare/jobs?j=registered-nurses&q=electrician", HttpStatusCode.OK);
        await Keep("compare-jobs-unknown", "/compare/jobs?j=no-such-job", HttpStatusCode.NotFound);
        await Keep("my-clusters-empty", "/my-clusters", HttpStatusCode.OK);
        await Keep("my-clusters-shared", "/my-clusters?c=health-science,information-technology", HttpStatusCode.OK);
        await Keep("not-found", "/no-such-page", HttpStatusCode.NotFound);
        await Keep("state-picker", "/state?job=registered-nurses", HttpStatusCode.OK);
        await Keep("state-picker-with-choice", "/state", HttpStatusCode.OK, Get("/state", "cc_state=TX"));
        await Keep("state-page", "/state/texas?job=registered-nurses", HttpStatusCode.OK);
        await Keep("state-unknown", "/state/atlantis", HttpStatusCode.NotFound);
        await Keep("occupation-in-a-state", "/occupations/registered-nurses", HttpStatusCode.OK, Get("/occupations/registered-nurses", "cc_state=TX"));
        // In Spanish: pages with their Spanish text, pages without it yet (English, under a notice), the offer to a
        // Spanish-first browser on an English page, and an error page.
        await Keep("es-home", "/es", HttpStatusCode.OK);
        await Keep("es-cluster", "/es/clusters/health-science", HttpStatusCode.OK);
        await Keep("es-cluster-2024", "/es/frameworks/2024/healthcare-and-human-services", HttpStatusCode.OK);
        await Keep("es-clusters", "/es/clusters", HttpStatusCode.OK);
        await Keep("es-pathway", "/es/clusters/health-science/therapeutic-services", HttpStatusCode.OK);
        await Keep("es-occupation", "/es/occupations/registered-nurses", HttpStatusCode.OK);
        await Keep("es-guide", "/es/guides/for-families", HttpStatusCode.OK);
        await Keep("es-search", "/es/search?q=nurse", HttpStatusCode.OK);
        // Every other student page type in Spanish: their words are the views' .es.resx files and the catalogue's.
        await Keep("es-sub-cluster-2024", "/es/frameworks/2024/healthcare-and-human-services/physical-health", HttpStatusCode.OK);
        await Keep("es-crosswalk", "/es/frameworks/crosswalk", HttpStatusCode.OK);
        await Keep("es-occupations", "/es/occupations", HttpStatusCode.OK);
        await Keep("es-occupations-filtered", "/es/occupations?cluster=health-science&education=bachelors-degree&outlook=faster&sort=pay", HttpStatusCode.OK);
        await Keep("es-guides", "/es/guides", HttpStatusCode.OK);
        await Keep("es-survey", "/es/survey", HttpStatusCode.OK);
        using (var scored = await client.GetAsync(new Uri("/es/survey/results?s=0&s=3&s=7&s=12&after=certificate", UriKind.Relative)))
        {
            string result = scored.Headers.Location!.OriginalString;
            await Keep("es-survey-results", result, HttpStatusCode.OK);
            await Keep("es-sheet", result.Split('?')[0] + "/sheet", HttpStatusCode.OK, Get(result.Split('?')[0] + "/sheet", "cc_my=health-science~manufacturing"));
        }
        await Keep("es-survey-unreadable", "/es/survey/results/zz", HttpStatusCode.BadRequest);
        await Keep("es-compare-clusters", "/es/compare?clusters=health-science,information-technology", HttpStatusCode.OK);
        await Keep("es-compare-picker", "/es/compare?pathways=therapeutic-services", HttpStatusCode.OK);
        await Keep("es-compare-jobs", "/es/compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses,electricians", HttpStatusCode.OK);
        await Keep("es-compare-jobs-picker", "/es/compare/jobs?j=registered-nurses&q=electrician", HttpStatusCode.OK);
        await Keep("es-my-clusters", "/es/my-clusters", HttpStatusCode.OK, Get("/es/my-clusters", "cc_my=health-science.information-technology~manufacturing"));
        await Keep("es-my-clusters-shared", "/es/my-clusters?c=health-science,information-technology", HttpStatusCode.OK);
        await Keep("es-state-picker", "/es/state?job=registered-nurses", HttpStatusCode.OK);
        await Keep("es-state-page", "/es/state/texas?job=registered-nurses", HttpStatusCode.OK);
        await Keep("es-occupation-in-a-state", "/es/occupations/electricians", HttpStatusCode.OK, Get("/es/occupations/electricians", "cc_state=TX"));
        await Keep("es-join", "/es/join", HttpStatusCode.OK);
        await Keep("es-not-found", "/es/no-such-page", HttpStatusCode.NotFound);
        using (var offered = new HttpRequestMessage(HttpMethod.Get, "/clusters/health-science"))
        {
            offered.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.8");
            await Keep("en-cluster-with-spanish-offer", "/clusters/health-science", HttpStatusCode.OK, offered);
            Assert.Contains("language-offer", pages["en-cluster-with-spanish-offer"], StringComparison.Ordinal);
        }

        string cookie, token;
        // A counselor's list: the new-list form, the editor (first with its recovery code, then with a problem, then changed meanwhile), the remove and
        // delete checks, the add-to-list page, the recovery form, the public page, and once deleted the restore page and the 410.
        using (var newList = await client.GetAsync(new Uri("/lists/new", UriKind.Relative)))
        {
            cookie = string.Join("; ", newList.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
            pages["list-new"] = await newList.Content.ReadAsStringAsync();
            token = new HtmlParser().ParseDocument(pages["list-new"]).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }
        using var created = await client.SendAsync(Post("/lists/new", cookie, token, new() { ["title"] = "Careers with animals", ["introduction"] = "Read these before Friday." }));
        string editPath = created.Headers.Location!.OriginalString;
        // The first visit to the editor shows the recovery code, which comes in a one-time cookie.
        string withCode = cookie + "; " + string.Join("; ", created.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
        await Keep("list-edit-first", editPath, HttpStatusCode.OK, Get(editPath, withCode));
        using var added = await client.SendAsync(Post(editPath + "/items", cookie, token, new() { ["page"] = "/clusters/health-science" }));
        using var addedJob = await client.SendAsync(Post(editPath + "/items", cookie, token, new() { ["page"] = "/occupations/registered-nurses" }));
        await Keep("list-edit", editPath, HttpStatusCode.OK, Get(editPath, cookie));
        string itemId = new HtmlParser().ParseDocument(pages["list-edit"]).QuerySelector(".list-items > li")!.Id!["item-".Length..];
        await Keep("list-remove-item", $"{editPath}/items/{itemId}/remove", HttpStatusCode.OK, Get($"{editPath}/items/{itemId}/remove", cookie));
        await Keep("list-edit-problem", editPath, HttpStatusCode.BadRequest, Post(editPath, cookie, token, new() { ["title"] = "", [$"notes[{itemId}]"] = "typed" }));
        // A form made from an older version of the list: the "changed meanwhile" page, with what the list now says under the boxes typed in.
        await Keep("list-edit-changed-meanwhile", editPath, HttpStatusCode.Conflict,
            Post(editPath, cookie, token, new() { ["version"] = "0", ["title"] = "Typed while it changed", ["introduction"] = "Read these before Friday.", [$"notes[{itemId}]"] = "typed" }));
        Assert.Equal(2, new HtmlParser().ParseDocument(pages["list-edit-changed-meanwhile"]).QuerySelectorAll(".meanwhile").Length);
        await Keep("list-recover", "/lists/recover", HttpStatusCode.OK, Get("/lists/recover", cookie));
        await Keep("list-recover-problem", "/lists/recover", HttpStatusCode.BadRequest, Post("/lists/recover", cookie, token, new() { ["list"] = editPath, ["recoveryCode"] = "2222-3333-4444-5555" }));
        await Keep("list-edit-search", editPath + "?q=vet", HttpStatusCode.OK, Get(editPath + "?q=vet", cookie));
        await Keep("list-add", "/lists/add?page=/clusters/information-technology", HttpStatusCode.OK, Get("/lists/add?page=/clusters/information-technology", cookie));
        await Keep("list-delete", editPath + "/delete", HttpStatusCode.OK, Get(editPath + "/delete", cookie));
        await Keep("list", editPath[..editPath.IndexOf("/edit/", StringComparison.Ordinal)], HttpStatusCode.OK);
        using var deleted = await client.SendAsync(Post(editPath + "/delete", cookie, token, []));
        await Keep("list-restore", editPath, HttpStatusCode.OK, Get(editPath, cookie));
        await Keep("list-deleted", editPath[..editPath.IndexOf("/edit/", StringComparison.Ordinal)], HttpStatusCode.Gone);
        await Keep("list-new-error", "/lists/new", HttpStatusCode.BadRequest, Post("/lists/new", cookie, token, new() { ["title"] = "" }));
        await Keep("bad-request", "/lists/new", HttpStatusCode.BadRequest, Post("/lists/new", cookie, "not-the-token", new() { ["title"] = "x" }));

        // A class board: the new-class form, the board (with the one view of its recovery code), its delete check, the
        // recovery form, a dead board link, the join pages, what a student sees after sending, and the problem pages.
        await Keep("class-new", "/classes/new", HttpStatusCode.OK, Get("/classes/new", cookie));
        await Keep("class-new-error", "/classes/new", HttpStatusCode.BadRequest, Post("/classes/new", cookie, token, new() { ["title"] = "" }));
        using var madeClass = await client.SendAsync(Post("/classes/new", cookie, token, new() { ["title"] = "Period 3, grade 9" }));
        string boardPath = madeClass.Headers.Location!.OriginalString, classCode = boardPath.Split('/')[2];
        string boardCookie = cookie + "; " + string.Join("; ", madeClass.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
        string resultCode;
        using (var scored = await client.GetAsync(new Uri("/survey/results?s=0&s=3&s=7&s=12&s=40", UriKind.Relative)))
        {
            resultCode = scored.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0];
            string remembered = scored.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("cc_survey=", StringComparison.Ordinal)).Split(';')[0];
            await Keep("join-class-remembered", $"/join/{classCode}", HttpStatusCode.OK, Get($"/join/{classCode}", cookie + "; " + remembered));
        }
        using (await client.SendAsync(Post("/join", cookie, token, new() { ["code"] = classCode, ["name"] = "Maya", ["result"] = resultCode })))
        {
        }
        await Keep("class-board", boardPath, HttpStatusCode.OK, Get(boardPath, boardCookie));
        await Keep("class-board-delete", boardPath + "/delete", HttpStatusCode.OK, Get(boardPath + "/delete", cookie));
        await Keep("class-recover", "/classes/recover", HttpStatusCode.OK);
        await Keep("class-recover-error", "/classes/recover", HttpStatusCode.BadRequest, Post("/classes/recover", cookie, token, new() { ["code"] = classCode, ["recoveryCode"] = "x" }));
        await Keep("class-no-board", boardPath + "x", HttpStatusCode.NotFound);
        await Keep("join", "/join", HttpStatusCode.OK);
        await Keep("join-class", $"/join/{classCode}", HttpStatusCode.OK);
        await Keep("join-sent", $"/join/{classCode}?sent=true", HttpStatusCode.OK);
        await Keep("join-wrong-code", "/join", HttpStatusCode.NotFound, Post("/join", cookie, token, new() { ["code"] = "ZZZ ZZZ", ["name"] = "Leo", ["result"] = resultCode }));
        await Keep("join-unknown-code", "/join/ZZZZZZ", HttpStatusCode.NotFound);
        using (await client.SendAsync(Post(boardPath + "/close", cookie, token, [])))
        {
        }
        await Keep("join-closed", "/join", HttpStatusCode.Forbidden, Post("/join", cookie, token, new() { ["code"] = classCode, ["result"] = resultCode }));
        await Keep("join-class-closed", $"/join/{classCode}", HttpStatusCode.OK);
        await Keep("sheet", $"/survey/results/{resultCode}/sheet", HttpStatusCode.OK, Get($"/survey/results/{resultCode}/sheet", "cc_my=health-science.2024:healthcare-and-human-services"));
        string listCode = editPath.Split('/')[2];
        await Keep("sheet-with-list", $"/survey/results/{resultCode}/sheet?after=bachelors&list={listCode}", HttpStatusCode.OK);
        await Keep("sheet-unknown-list", $"/survey/results/{resultCode}/sheet?list=zzzzzzz", HttpStatusCode.OK);

        // The admin area: sign-in, the status page, a wrong password, then the "too many tries" page.
        await Keep("admin-sign-in", "/admin/sign-in", HttpStatusCode.OK, Get("/admin/sign-in", cookie));
        token = new HtmlParser().ParseDocument(pages["admin-sign-in"]).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signedIn = await client.SendAsync(Post("/admin/sign-in", cookie, token, new() { ["password"] = AdminPasswordText }));
        string adminCookie = cookie + "; " + string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
        await Keep("admin", "/admin", HttpStatusCode.OK, Get("/admin", adminCookie));
        await Keep("admin-wrong-password", "/admin/sign-in", HttpStatusCode.Unauthorized, Post("/admin/sign-in", cookie, token, new() { ["password"] = "wrong" }));
        await Keep("too-many-tries", "/admin/sign-in", HttpStatusCode.TooManyRequests, Post("/admin/sign-in", cookie, token, new() { ["password"] = "wrong" }));

        var errors = await CheckAsync(java, jar, pages);

        output.WriteLine($"{pages.Count} pages checked, {errors.Count} errors");
        Assert.True(errors.Count == 0, $"{errors.Count} Nu Html Checker errors in {pages.Count} pages:\n" + string.Join("\n", errors));
    }

    [SkippableFact]
    public async Task PagesWithADistrictsParts_HaveNoNuHtmlCheckerErrors()
    {
        string jar = VnuJar();
        string java = Java();
        using var district = new SiteFactory(TestPaths.RealContent, new Dictionary<string, string>
        {
            ["Content:LocalPath"] = TestPaths.ExampleLocal,
            ["Content:WatchForChanges"] = "false",
        });
        using var client = district.CreatePlainClient();
        var pages = new Dictionary<string, string>();
        foreach (var (name, path) in new[]
        {
            ("district-cluster", "/clusters/health-science"), ("district-pathway", "/clusters/health-science/therapeutic-services"),
            ("district-occupation", "/occupations/registered-nurses"), ("district-cluster-2024", "/frameworks/2024/healthcare-and-human-services"),
            ("district-guide", "/guides/our-career-center"), ("district-guides", "/guides"), ("district-search", "/search?q=dual+enrollment"),
            ("district-search-kind", "/search?q=dual+enrollment&kind=district"),
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages[name] = await response.Content.ReadAsStringAsync();
            Assert.Contains(path.StartsWith("/search", StringComparison.Ordinal) ? "In our district" : "Example Unified School District", pages[name], StringComparison.Ordinal);
        }

        var errors = await CheckAsync(java, jar, pages);

        output.WriteLine($"{pages.Count} pages checked, {errors.Count} errors");
        Assert.True(errors.Count == 0, $"{errors.Count} Nu Html Checker errors in {pages.Count} pages:\n" + string.Join("\n", errors));
    }

    private static HttpRequestMessage Get(string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    private static HttpRequestMessage Post(string path, string cookie, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    /// <summary>Writes the pages to files and runs the checker once over all of them; returns each error as "file:line:column: message".</summary>
    private static async Task<List<string>> CheckAsync(string java, string jar, Dictionary<string, string> pages)
    {
        string folder = Path.Combine(Path.GetTempPath(), "cc-vnu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, html) in pages)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), html);
            }
            var start = new ProcessStartInfo(java) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string argument in new[] { "-jar", jar, "--errors-only", "--format", "json" }.Concat(pages.Keys.Order(StringComparer.Ordinal).Select(n => Path.Combine(folder, n + ".html"))))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            string report = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await standardOutput;
            using var json = JsonDocument.Parse(report);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m =>
                {
                    string file = m.TryGetProperty("url", out var url) ? Path.GetFileName(url.GetString()!) : "?";
                    string line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                    string column = m.TryGetProperty("firstColumn", out var col) ? col.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                    string extract = m.TryGetProperty("extract", out var e) ? $" [{e.GetString()!.ReplaceLineEndings(" ")}]" : "";
                    return $"{file}:{line}:{column}: {m.GetProperty("message").GetString()}{extract}";
                })
                .ToList();
        }
        finally
        {
            TestPaths.DeleteDirectory(folder);
        }
    }

    /// <summary>The checker: VNU_JAR (which must exist), or where ./test.sh puts it (the test is skipped when it is not there).</summary>
    private static string VnuJar()
    {
        if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), $"The Nu Html Checker is not at {configured} (VNU_JAR): run ./test.sh (it installs it) or set VNU_JAR to a vnu.jar");
            return configured;
        }
        string jar = Path.Combine(TestPaths.RepositoryRoot, ".tools", "vnu", "vnu.jar");
        Skip.IfNot(File.Exists(jar), "The Nu Html Checker is not installed: ./test.sh installs it (and Java) into .tools/vnu/, or set VNU_JAR to a vnu.jar.");
        return jar;
    }

    private static string Java()
    {
        string? home = Environment.GetEnvironmentVariable("JAVA_HOME");
        string java = home is { Length: > 0 } ? Path.Combine(home, "bin", "java") : "/usr/bin/java";
        Assert.True(File.Exists(java), $"Java is not at {java}: run ./test.sh (it installs Debian's default-jre-headless) or set JAVA_HOME");
        return java;
    }
}
