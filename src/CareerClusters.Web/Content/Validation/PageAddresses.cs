using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content.Validation;

/// <summary>The addresses links and old addresses are checked against.</summary>
internal static class PageAddresses
{
    /// <summary>The address of every page the content makes, and of the site's fixed pages.</summary>
    public static HashSet<string> Of(ContentSet content)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal) { SitePaths.Home, SitePaths.Clusters, SitePaths.Occupations, SitePaths.Guides, SitePaths.Search };
        pages.UnionWith(content.Clusters.Select(c => SitePaths.Framework(c.Framework)));
        pages.UnionWith(content.Clusters.Where(c => c.Framework != Frameworks.Sixteen).Select(_ => SitePaths.Crosswalk));
        pages.UnionWith(content.Clusters.Select(c => SitePaths.Cluster(c.Framework, c.Slug)));
        pages.UnionWith(content.Pathways.Select(p => SitePaths.Pathway(p.Framework, p.Meta.Cluster ?? "", p.Slug)));
        pages.UnionWith(content.Occupations.Select(o => SitePaths.Occupation(o.Slug)));
        pages.UnionWith(content.Guides.Select(g => SitePaths.Guide(g.Slug)));
        return pages;
    }
}
