using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Sitemap;

/// <summary>What search engines read first: the sitemap of every content page, and robots.txt pointing to it.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class SitemapController(PageQueries pages, IConfiguration configuration) : Controller
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// Built as XML, so an address is escaped like any other text. A page written in every language (the import lists
    /// it under each language's address) names its versions, as its own alternate links do.
    /// </summary>
    [HttpGet(SitePaths.SitemapXml)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        var all = await pages.AllAsync(cancellationToken);
        var listed = all.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        IEnumerable<XElement> Alternates(string path)
        {
            string english = SitePaths.WithoutCulture(path).Path;
            var versions = SiteCultures.All.Select(language => (Language: language, Path: SitePaths.InCulture(english, language))).ToList();
            return versions.All(v => listed.Contains(v.Path))
                ? [.. versions.Select(v => Alternate(v.Language, site + v.Path)), Alternate("x-default", site + english)]
                : [];
        }
        var sitemap = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Sitemaps + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), all.Select(page => new XElement(Sitemaps + "url",
                new XElement(Sitemaps + "loc", site + page.Path),
                new XElement(Sitemaps + "lastmod", page.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                Alternates(page.Path)))));
        return Content(sitemap.Declaration + "\n" + sitemap.Root, "application/xml", Encoding.UTF8);
    }

    private static XElement Alternate(string language, string url) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", url));

    [HttpGet(SitePaths.RobotsTxt)]
    public IActionResult Robots()
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        return Content($"User-agent: *\nDisallow: /admin\n\nSitemap: {site}{SitePaths.SitemapXml}\n", "text/plain", Encoding.UTF8);
    }
}
