using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Sitemap;

/// <summary>Home, the lists, and every cluster, pathway, occupation and guide: the pages of the sitemap.</summary>
public sealed class ContentPagesToShare(PageQueries pages) : IShareablePages
{
    public Task<bool> IsPageAsync(string path, string query, CancellationToken cancellationToken) =>
        query.Length == 0 ? pages.ExistsAsync(path, cancellationToken) : Task.FromResult(false);
}
