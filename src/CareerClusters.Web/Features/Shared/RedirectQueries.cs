using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The current address of a page that moved (a renamed cluster or pathway), from the content's redirect_from lists:
/// for the moved-pages middleware (Features/Redirects) and for counselors' lists that point to an old address.
/// </summary>
public sealed class RedirectQueries(ContentDbContext db)
{
    public Task<string?> TargetOfAsync(string path, CancellationToken cancellationToken) =>
        db.Redirects.Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The current address of each of these paths that moved, in one query.</summary>
    public async Task<Dictionary<string, string>> TargetsOfAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken) =>
        await db.Redirects.Where(r => paths.Contains(r.FromPath)).ToDictionaryAsync(r => r.FromPath, r => r.ToPath, cancellationToken);
}
