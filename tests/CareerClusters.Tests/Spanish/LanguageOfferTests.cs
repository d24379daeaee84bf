using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// A browser whose first language is Spanish is offered the Spanish page on an English page written in both languages,
/// in one line, never redirected; its answer is remembered in a cookie; and the cached page never carries one visitor's
/// offer to another.
/// </summary>
public sealed class LanguageOfferTests(SpanishSite site) : IClassFixture<SpanishSite>
{
    private const string SpanishFirst = "es-MX,es;q=0.9,en;q=0.8";
    private const string EnglishFirst = "en-US,en;q=0.9,es;q=0.8";

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path, string? acceptLanguage, string? cookie = null, string? ifNoneMatch = null)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.ParseAdd(ifNoneMatch);
        }
        var response = await client.SendAsync(request);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.8", "es")]
    [InlineData("es", "es")]
    [InlineData("ES-us", "es")]
    [InlineData("en-US,en;q=0.9,es;q=0.8", "en")]
    [InlineData("en;q=0.5, es;q=0.9", "es")]
    [InlineData("fr-FR,es;q=0.9", null)]
    [InlineData("*", null)]
    [InlineData("es;q=0", null)]
    [InlineData("", null)]
    [InlineData(";;;,,", null)]
    public void TheFirstLanguage_IsTheOneRankedHighest(string header, string? expected) =>
        Assert.Equal(expected, LanguageChoice.FirstOf(new StringValues(header)));

    [Fact]
    public async Task ASpanishFirstBrowser_IsOfferedTheSpanishPage_InSpanish_WithoutARedirect()
    {
        var (response, page) = await GetAsync("/clusters/health-science", SpanishFirst);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var offer = page.QuerySelector("aside.language-offer")!;
        Assert.Equal("es", offer.GetAttribute("lang"));
        Assert.Equal("¿Quieres leer esta página en español?", offer.QuerySelector("p")!.TextContent);
        var form = offer.QuerySelector("form")!;
        Assert.Equal(("post", "/language"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("/clusters/health-science", form.QuerySelector("input[name=page]")!.GetAttribute("value"));
        Assert.Equal(["Sí, en español|es", "No, gracias|en"], form.QuerySelectorAll("button[name=language]").Select(b => $"{b.TextContent}|{b.GetAttribute("value")}"));
        // The page is this browser's: no shared cache may keep it.
        Assert.True(response.Headers.CacheControl!.Private, response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task TheOffer_KeepsASearchsWords()
    {
        var (_, page) = await GetAsync("/search?q=nurse&kind=occupation", SpanishFirst);

        Assert.Equal("/search?q=nurse&kind=occupation", page.QuerySelector("aside.language-offer input[name=page]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/clusters/health-science", EnglishFirst, null)]
    [InlineData("/clusters/health-science", null, null)]
    [InlineData("/clusters/health-science", SpanishFirst, "cc_lang=en")]
    [InlineData("/clusters/health-science", SpanishFirst, "cc_lang=es")]
    [InlineData("/es/clusters/health-science", SpanishFirst, null)]
    // Not written in Spanish yet: nothing to offer.
    [InlineData("/occupations/registered-nurses", SpanishFirst, null)]
    public async Task NoOffer_ForOtherBrowsers_AnsweredOnes_SpanishPages_OrPagesWithoutSpanish(string path, string? acceptLanguage, string? cookie)
    {
        var (response, page) = await GetAsync(path, acceptLanguage, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".language-offer"));
    }

    [Fact]
    public async Task TheOffer_NeverLeaksThroughTheCache_ToAnotherBrowser()
    {
        // The same address, one browser after another: each gets its own copy from the output cache.
        const string path = "/clusters";
        var (first, firstPage) = await GetAsync(path, SpanishFirst);
        var (second, secondPage) = await GetAsync(path, EnglishFirst);
        var (third, thirdPage) = await GetAsync(path, "es");
        var (fourth, fourthPage) = await GetAsync(path, null);
        var (fifth, fifthPage) = await GetAsync(path, SpanishFirst, "cc_lang=en");

        Assert.NotNull(firstPage.QuerySelector(".language-offer"));
        Assert.Null(secondPage.QuerySelector(".language-offer"));
        Assert.NotNull(thirdPage.QuerySelector(".language-offer"));
        Assert.Null(fourthPage.QuerySelector(".language-offer"));
        Assert.Null(fifthPage.QuerySelector(".language-offer"));
        // Two ETags only: with the offer and without it, whatever the raw header said.
        Assert.Equal(first.Headers.ETag, third.Headers.ETag);
        Assert.Equal(second.Headers.ETag, fourth.Headers.ETag);
        Assert.Equal(second.Headers.ETag, fifth.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.CacheControl!.Public && !second.Headers.CacheControl.Private, second.Headers.CacheControl.ToString());
        Assert.True(first.Headers.CacheControl!.Private, first.Headers.CacheControl.ToString());
        // An English-first browser holding the offer's tag gets the page without it, not a 304.
        var (revalidated, revalidatedPage) = await GetAsync(path, EnglishFirst, ifNoneMatch: first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Null(revalidatedPage.QuerySelector(".language-offer"));
        var (confirmed, _) = await GetAsync(path, EnglishFirst, ifNoneMatch: second.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, confirmed.StatusCode);
    }

    [Theory]
    [InlineData("es", "/clusters/health-science", "/es/clusters/health-science")]
    [InlineData("en", "/clusters/health-science", "/clusters/health-science")]
    [InlineData("es", "/search?q=nurse", "/es/search?q=nurse")]
    [InlineData("es", "https://example.com/", "/es")]
    [InlineData("en", "//example.com/x", "/")]
    [InlineData("es", "/lists/new", "/es")]
    public async Task AnAnswer_IsRemembered_AndLeadsToThePageInTheLanguageChosen(string language, string page, string expected)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = language, ["page"] = page }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"cc_lang={language};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        // Asked again with the cookie, the English page makes no offer.
        var (_, after) = await GetAsync("/clusters/health-science", SpanishFirst, cookie.Split(';')[0]);
        Assert.Null(after.QuerySelector(".language-offer"));
    }

    [Theory]
    [InlineData("fr", "same-origin", HttpStatusCode.BadRequest)]
    [InlineData("es", "cross-site", HttpStatusCode.Forbidden)]
    public async Task AnAnswerFromAnotherSite_OrForAnotherLanguage_IsRefused(string language, string fetchSite, HttpStatusCode expected)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/language")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = language, ["page"] = "/clusters" }),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
