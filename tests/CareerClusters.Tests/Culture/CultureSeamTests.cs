using System.Globalization;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace CareerClusters.Tests.Culture;

/// <summary>
/// Addresses, the request's culture, the caches and the content files each carry a language: English without a prefix,
/// Spanish under /es (tests/CareerClusters.Tests/Spanish test the Spanish site itself).
/// </summary>
public class CultureSeamTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    [Theory]
    [InlineData("/clusters/health-science", "en", "/clusters/health-science")]
    [InlineData("/clusters/health-science", "es", "/es/clusters/health-science")]
    [InlineData("/", "es", "/es")]
    public void AnAddress_InALanguage_IsPrefixedByItsCode_ExceptEnglish(string path, string culture, string expected) =>
        Assert.Equal(expected, SitePaths.InCulture(path, culture));

    [Theory]
    [InlineData("/es/clusters/health-science", "es")]
    [InlineData("/ES", "es")]
    [InlineData("/clusters/es", null)]
    [InlineData("/en/clusters", null)]
    [InlineData("/estonia", null)]
    public void TheLanguageOfAnAddress_IsItsFirstSegment_WhenTheSiteHasThatLanguage(string path, string? expected) =>
        Assert.Equal(expected, SitePaths.CultureOf(path, ["en", "es"]));

    [Fact]
    public void TheSitesLanguages_AreEnglishAndSpanish()
    {
        Assert.Equal(["en", "es"], SiteCultures.All);
        Assert.Equal("es", SitePaths.CultureOf("/es/clusters"));
        Assert.Null(SitePaths.CultureOf("/fr/clusters"));
    }

    [Fact]
    public async Task APage_IsServedInEnglish_WhateverTheBrowserAsksFor()
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clusters/health-science");
        request.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");
        using var response = await client.SendAsync(request);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Is this you?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePagesETag_ChangesWithItsLanguage()
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/clusters/health-science";
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            string english = HttpCacheHeadersFilter.ETagOf(http, null, withShortlist: false);
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            string spanish = HttpCacheHeadersFilter.ETagOf(http, null, withShortlist: false);

            Assert.NotEqual(english, spanish);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("health-science", "health-science", "en")]
    [InlineData("health-science.es", "health-science", "es")]
    [InlineData("health-science.fr", "health-science.fr", "en")]
    public void AContentFilesLanguage_ComesFromItsName_WhenTheSiteHasThatLanguage(string name, string slug, string language) =>
        Assert.Equal((slug, language), ContentLoader.SlugAndLanguage(name));

    [Fact]
    public void AContentFileInALanguageTheSiteDoesNotHave_IsReportedClearly()
    {
        using var content = new ContentCopy().Write("guides/what-is-a-career-cluster.fr.md", "---\ntitle: \"Qu'est-ce que c'est ?\"\norder: 9\nsummary: \"Une famille de métiers.\"\n---\nTexte.\n");

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal("guides/what-is-a-career-cluster.fr.md", problem.File);
        Assert.StartsWith("the file name ends with \".fr\", which would make it a page in another language, but the site has no language \"fr\" yet (its languages: en, es)", problem.Message, StringComparison.Ordinal);
    }
}
