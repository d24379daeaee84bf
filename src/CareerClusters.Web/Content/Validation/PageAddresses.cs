using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content.Validation;

/// <summary>The addresses links and old addresses are checked against.</summary>
internal static class PageAddresses
{
    /// <summary>
    /// Every page the content makes (the sitemap's list, <see cref="PageList"/>: a new page type added there is known
    /// here too) and the site's fixed pages.
    /// </summary>
    public static HashSet<string> Of(ContentSet content)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal) { SitePaths.Home, SitePaths.Clusters, SitePaths.Occupations, SitePaths.Guides, SitePaths.Search };
        pages.UnionWith(PageList.From(content).Select(page => page.Path));
        return pages;
    }
}
