using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Redirects;

/// <summary>The current address of a page that moved (a renamed cluster or pathway), from the content's redirect_from lists.</summary>
public sealed class RedirectQueries(ContentDbContext db)
{
    public Task<string?> TargetOfAsync(string path, CancellationToken cancellationToken) =>
        db.Redirects.Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);
}
