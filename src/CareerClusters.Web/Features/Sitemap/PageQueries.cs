using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Sitemap;

/// <summary>The pages the content makes (home, the lists, every cluster, pathway, occupation and guide), from the import's page list.</summary>
public sealed class PageQueries(ContentDbContext db)
{
    public async Task<IReadOnlyList<SitemapPage>> AllAsync(CancellationToken cancellationToken) =>
        await db.Pages.OrderBy(p => p.Path).Select(p => new SitemapPage(p.Path, p.LastModified)).ToListAsync(cancellationToken);

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        db.Pages.AnyAsync(p => p.Path == path, cancellationToken);
}
