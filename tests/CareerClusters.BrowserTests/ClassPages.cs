using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerClusters.BrowserTests;

/// <summary>What the class-board browser tests share: a student who sends a result without a browser, and the axe check.</summary>
public static partial class ClassPages
{
    /// <summary>Saves a screenshot and fails on any axe violation (axe is a script: only in a page with JavaScript).</summary>
    public static async Task AssertAccessibleAsync(IPage page, string screenshot)
    {
        await page.KeepScreenshotAsync($"{screenshot}.png", fullPage: true);
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
        int overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    /// <summary>A client of the running site that keeps cookies (the antiforgery cookie) and does not follow redirects.</summary>
    public static HttpClient Client(BrowserSite site) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };

    /// <summary>A student takes the survey (its form's GET, as without JavaScript) and sends the result to a class; returns the result's path and its top clusters.</summary>
    public static async Task<(string ResultPath, List<string> Top)> SendResultAsync(BrowserSite site, IEnumerable<int> ticked, string classCode, string name)
    {
        using var client = Client(site);
        using var scored = await client.GetAsync(new Uri("/survey/results?" + string.Join("&", ticked.Select(i => $"s={i}")), UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, scored.StatusCode);
        string resultPath = scored.Headers.Location!.OriginalString;
        string result = await client.GetStringAsync(new Uri(resultPath, UriKind.Relative));
        var top = TopCluster().Matches(result).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        string code = resultPath.Split('/')[^1].Split('?')[0];
        string join = await client.GetStringAsync(new Uri($"/join/{classCode}?result={code}", UriKind.Relative));
        string token = Token().Match(join).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["code"] = classCode, ["result"] = code, ["name"] = name,
        });
        using var sent = await client.PostAsync(new Uri("/join", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        return (resultPath, top);
    }

    /// <summary>The board's chart, as shown: each cluster's name and number of students.</summary>
    public static async Task<Dictionary<string, int>> ChartAsync(IPage board)
    {
        var chart = new Dictionary<string, int>();
        foreach (var row in await board.Locator(".bar-table tbody tr").AllAsync())
        {
            string cluster = (await row.Locator("th a").InnerTextAsync()).Trim();
            string count = (await row.Locator(".bar-count").InnerTextAsync()).Trim().Split(' ', '\n')[0];
            chart[cluster] = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
        }
        return chart;
    }

    [GeneratedRegex(@"<h3 class=""card-title""><span class=""match-rank"">\d\.</span> <a href=""[^""]+"">([^<]+)</a></h3>")]
    private static partial Regex TopCluster();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
