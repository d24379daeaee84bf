using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Lists;

/// <summary>A page a list points to, as the content has it now.</summary>
public sealed record ListedPage(string Path, string KindLabel, string Title, string Summary);

/// <summary>
/// Looks up the pages a list points to in the current content: a page that moved is followed to its new address,
/// a page that is gone is simply missing from the answer (the list then shows the title it saved).
/// </summary>
public sealed class ListPages(ContentDbContext db, RedirectQueries redirects)
{
    private const int SummaryLength = 220;

    public async Task<IReadOnlyDictionary<string, ListedPage>> ResolveAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var asked = paths.Distinct().ToList();
        var moved = await redirects.TargetsOfAsync(asked, cancellationToken);
        var current = asked.ToDictionary(p => p, p => moved.GetValueOrDefault(p, p));
        var addresses = current.Values.Distinct().Select(p => (Path: p, Address: SitePaths.ParsePage(p))).Where(a => a.Address is not null).ToList();
        var clusterSlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Cluster).Select(a => a.Address!.Slug).ToList();
        var pathwaySlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Pathway).Select(a => a.Address!.Slug).ToList();
        var occupationSlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Occupation).Select(a => a.Address!.Slug).ToList();

        var found = new Dictionary<string, ListedPage>();
        foreach (var c in await db.Clusters.Where(c => clusterSlugs.Contains(c.Slug)).Select(c => new { c.Framework, c.Slug, c.Title, c.Summary }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Cluster(c.Framework, c.Slug);
            found[path] = new ListedPage(path, FrameworkWords.For(c.Framework).ClusterEyebrow, c.Title, c.Summary);
        }
        foreach (var p in await db.Pathways.Where(p => pathwaySlugs.Contains(p.Slug))
            .Select(p => new { p.Framework, p.Slug, p.Title, p.Summary, ClusterSlug = p.Cluster.Slug, ClusterTitle = p.Cluster.Title }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Pathway(p.Framework, p.ClusterSlug, p.Slug);
            found[path] = new ListedPage(path, $"{FrameworkWords.For(p.Framework).PathwayEyebrow} in {p.ClusterTitle}", p.Title, p.Summary);
        }
        foreach (var o in await db.Occupations.Where(o => occupationSlugs.Contains(o.Slug))
            .Select(o => new { o.Slug, o.Title, o.DescriptionText, o.OnetDescription }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Occupation(o.Slug);
            found[path] = new ListedPage(path, "Job", o.Title, Shorten(o.DescriptionText.Length > 0 ? o.DescriptionText : o.OnetDescription ?? ""));
        }
        return current.Where(c => found.ContainsKey(c.Value)).ToDictionary(c => c.Key, c => found[c.Value]);
    }

    private static string Shorten(string text) =>
        text.Length <= SummaryLength ? text : text[..text.LastIndexOf(' ', SummaryLength - 3)] + "…";
}
