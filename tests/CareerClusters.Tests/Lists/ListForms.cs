using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Lists;

/// <summary>What the list tests do as a counselor's browser would: open pages, fill in and post their forms.</summary>
public static class ListForms
{
    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts a form of a page the way a browser would: its fields (also those outside it with form="its id"), its
    /// antiforgery token, the values given, to the form's action or the pressed button's formaction.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlDocument page, string formSelector, Dictionary<string, string> fields, string? action = null)
    {
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && i.Type is not ("submit" or "button"))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            values[area.Name!] = area.Value;
        }
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        using var body = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action ?? form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>Makes a list from the new-list form; its edit link.</summary>
    public static async Task<string> CreateListAsync(HttpClient client, string title = "Careers with animals")
    {
        var page = await PageAsync(client, "/lists/new");
        using var created = await SubmitAsync(client, page, "form.stacked-form", new() { ["title"] = title, ["introduction"] = "Read these before Friday." });
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    /// <summary>Makes a list; its edit link and the recovery code its editor shows once.</summary>
    public static async Task<(string EditPath, string RecoveryCode)> CreateListWithCodeAsync(HttpClient client, string title = "Careers with animals")
    {
        string editPath = await CreateListAsync(client, title);
        var editor = await PageAsync(client, editPath);
        return (editPath, editor.QuerySelector(".recovery-code")!.TextContent.Trim());
    }

    public static async Task AddAsync(HttpClient client, string pagePath, string note)
    {
        var page = await PageAsync(client, $"/lists/add?page={Uri.EscapeDataString(pagePath)}");
        using var added = await SubmitAsync(client, page, "form.stacked-form", new() { ["note"] = note });
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
    }

    public static string PublicPathOf(string editPath) => editPath[..editPath.IndexOf("/edit/", StringComparison.Ordinal)];

    public static string TokenOf(string editPath) => editPath[(editPath.IndexOf("/edit/", StringComparison.Ordinal) + "/edit/".Length)..].Split('?', '#')[0];

    public static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}

/// <summary>A clock a test moves by hand: days pass without waiting.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan time) => Now += time;
}

/// <summary>The site over test content, a user-data store's settings (SQLite or PostgreSQL) with the test's own, and the given clock.</summary>
public sealed class ListSite(string contentPath, IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null)
    : SiteFactory(contentPath, new Dictionary<string, string>(settings) { ["Content:WatchForChanges"] = "false" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
