using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Looks up the pages a list points to in the current content, into read models (values only;
/// <see cref="CounselorListPages"/> words the pages): a page that moved is followed to its new address, a page that
/// is gone is simply missing from the answer (the list then shows the title it saved).
/// </summary>
public sealed class ListPages(ContentDbContext db, RedirectQueries redirects, SearchEngine search)
{
    private const int SummaryLength = 220;

    /// <summary>The most pages the editor's search offers.</summary>
    private const int FoundCount = 12;

    /// <summary>A list with its items in order, each with its page as it is now.</summary>
    public async Task<ListDetails> DetailsAsync(CounselorList list, CancellationToken cancellationToken)
    {
        var ordered = list.Items.OrderBy(i => i.Position).ToList();
        var found = await ResolveAsync(ordered.Select(i => i.Path), cancellationToken);
        return new ListDetails(list.PublicCode, list.Title, list.Introduction,
            ordered.Select(i => new ListItem(i.Id, i.Title, i.Note, found.GetValueOrDefault(i.Path))).ToList());
    }

    /// <summary>The page at an address a form sent, when a list can hold it; else null.</summary>
    public async Task<ListablePage?> PageAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > CounselorListItem.MaxPath || SitePaths.ParsePage(path) is null)
        {
            return null;
        }
        return (await ResolveAsync([path], cancellationToken)).GetValueOrDefault(path);
    }

    /// <summary>Pages to add, for the editor's search: clusters, pathways and jobs (a list holds no guide).</summary>
    public async Task<IReadOnlyList<SearchHit>> FindAsync(string query, CancellationToken cancellationToken)
    {
        var outcome = await search.SearchAsync(query, new SearchFilters(), 0, 40, withSnippets: false, cancellationToken);
        return outcome.Hits.Where(h => h.Kind is not (PageKinds.Guide or PageKinds.District)).Take(FoundCount).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ListablePage>> ResolveAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var asked = paths.Distinct().ToList();
        var moved = await redirects.TargetsOfAsync(asked, cancellationToken);
        var current = asked.ToDictionary(p => p, p => moved.GetValueOrDefault(p, p));
        var addresses = current.Values.Distinct().Select(p => (Path: p, Address: SitePaths.ParsePage(p))).Where(a => a.Address is not null).ToList();
        var clusterSlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Cluster).Select(a => a.Address!.Slug).ToList();
        var pathwaySlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Pathway).Select(a => a.Address!.Slug).ToList();
        var occupationSlugs = addresses.Where(a => a.Address!.Kind == PageAddressKind.Occupation).Select(a => a.Address!.Slug).ToList();

        var found = new Dictionary<string, ListablePage>();
        foreach (var c in await db.Clusters.Where(c => clusterSlugs.Contains(c.Slug)).Select(c => new { c.Framework, c.Slug, c.Title, c.Summary }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Cluster(c.Framework, c.Slug);
            found[path] = new ListablePage(path, PageAddressKind.Cluster, c.Title, c.Summary, c.Framework);
        }
        foreach (var p in await db.Pathways.Where(p => pathwaySlugs.Contains(p.Slug))
            .Select(p => new { p.Framework, p.Slug, p.Title, p.Summary, ClusterSlug = p.Cluster.Slug, ClusterTitle = p.Cluster.Title }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Pathway(p.Framework, p.ClusterSlug, p.Slug);
            found[path] = new ListablePage(path, PageAddressKind.Pathway, p.Title, p.Summary, p.Framework, p.ClusterTitle);
        }
        foreach (var o in await db.Occupations.Where(o => occupationSlugs.Contains(o.Slug))
            .Select(o => new { o.Slug, o.Title, o.DescriptionText, o.OnetDescription }).ToListAsync(cancellationToken))
        {
            string path = SitePaths.Occupation(o.Slug);
            found[path] = new ListablePage(path, PageAddressKind.Occupation, o.Title, Shorten(o.DescriptionText.Length > 0 ? o.DescriptionText : o.OnetDescription ?? ""));
        }
        return current.Where(c => found.ContainsKey(c.Value)).ToDictionary(c => c.Key, c => found[c.Value]);
    }

    private static string Shorten(string text) =>
        text.Length <= SummaryLength ? text : text[..text.LastIndexOf(' ', SummaryLength - 3)] + "…";
}
