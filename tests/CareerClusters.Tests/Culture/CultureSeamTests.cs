using System.Globalization;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Configuration;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace CareerClusters.Tests.Culture;

/// <summary>
/// English is the only language, but addresses, the request's culture, the caches and the content files can each
/// carry one: adding Spanish is adding files and one name in SiteCultures, not changing code.
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
    public void WithEnglishAlone_NoAddressNamesALanguage() => Assert.Null(SitePaths.CultureOf("/es/clusters"));

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
    [InlineData("health-science.es", "health-science.es", "en")]
    public void AContentFilesLanguage_ComesFromItsName_WhenTheSiteHasThatLanguage(string name, string slug, string language) =>
        Assert.Equal((slug, language), ContentLoader.SlugAndLanguage(name));

    [Fact]
    public void AContentFileInALanguageTheSiteDoesNotHave_IsReportedClearly()
    {
        using var content = new ContentCopy().Write("guides/what-is-a-career-cluster.es.md", "---\ntitle: \"¿Qué es?\"\norder: 9\nsummary: \"Una familia de trabajos.\"\n---\nTexto.\n");

        var problem = Assert.Single(ContentLoader.Load(content.Path).Problems);

        Assert.Equal("guides/what-is-a-career-cluster.es.md", problem.File);
        Assert.StartsWith("the file name ends with \".es\", which would make it a page in another language, but the site has no language \"es\" yet", problem.Message, StringComparison.Ordinal);
    }
}
