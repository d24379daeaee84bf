using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerClusters.Tests.Students;

/// <summary>
/// The test content with what the student tools need on top: statements for Information Technology (one shared
/// with Health Science), its work environment and skills, and two more pathways, so three (and too many) pathways can be compared.
/// Built from a copy, so the shared test content and the tests that count its files stay as they are.
/// </summary>
public sealed class StudentSite : SiteFactory
{
    private readonly ContentCopy _content;

    public StudentSite() : this(MakeContent())
    {
    }

    private StudentSite(ContentCopy content) : base(content.Path) => _content = content;

    /// <summary>A copy of the test content with what the student tools need (the caller disposes of it).</summary>
    public static ContentCopy MakeContent()
    {
        var content = new ContentCopy();
        content
            .Edit("clusters/information-technology.md", "redirect_from: [info-tech]\n", """
                redirect_from: [info-tech]
                is_this_you:
                  activities:
                    - "I like building or upgrading computers."
                    - "I like logic puzzles."
                  qualities:
                    - "I stay calm."
                    - "I like to learn new things on my own."
                  subjects:
                    - "I enjoy computer science."

                """)
            .Edit("clusters/information-technology.md", "IT workers keep computers running.", """
                IT workers keep computers running.

                ## Work environment
                Offices, server rooms and data centers.

                ## Skills you'll build
                - Coding
                - Networking
                """)
            .Write("pathways/network-systems.md", """
                ---
                title: "Network Systems"
                cluster: information-technology
                order: 2
                summary: "Connect computers and keep them safe."
                featured: [15-1211.01]
                occupations:
                  - 15-1211.01  # Health Informatics Specialists
                ---
                ## What you would do
                You would set up networks.

                ## Where you would work
                In server rooms.
                """)
            .Write("pathways/health-informatics.md", """
                ---
                title: "Health Informatics"
                cluster: health-science
                order: 2
                summary: "Keep health records safe and useful."
                occupations:
                  - 15-1211.01  # Health Informatics Specialists
                ---
                ## What you would do
                You would look after health records.
                """);
        return content;
    }

    /// <summary>A client that neither follows redirects nor keeps cookies, so each test says exactly what it sends.</summary>
    public HttpClient CreateBareClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public async Task<IHtmlDocument> GetAsync(string path, string? shortlistCookie = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = CreateBareClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (shortlistCookie is not null)
        {
            request.Headers.Add("Cookie", $"cc_my={shortlistCookie}");
        }
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{path} answered {(int)response.StatusCode}, not {(int)expected}");
        return await ParseAsync(response);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
