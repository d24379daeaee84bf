using System.Globalization;
using System.Text;
using System.Xml.Linq;
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

    /// <summary>Built as XML, so an address is escaped like any other text.</summary>
    [HttpGet(SitePaths.SitemapXml)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        var all = await pages.AllAsync(cancellationToken);
        var sitemap = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Sitemaps + "urlset", all.Select(page => new XElement(Sitemaps + "url",
                new XElement(Sitemaps + "loc", site + page.Path),
                new XElement(Sitemaps + "lastmod", page.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))))));
        return Content(sitemap.Declaration + "\n" + sitemap.Root, "application/xml", Encoding.UTF8);
    }

    [HttpGet(SitePaths.RobotsTxt)]
    public IActionResult Robots()
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        return Content($"User-agent: *\nDisallow: /admin\n\nSitemap: {site}{SitePaths.SitemapXml}\n", "text/plain", Encoding.UTF8);
    }
}
