using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Search;

public sealed record SearchResult(string Kind, string Title, string Path, string? Context);

public sealed record SearchViewModel(PageMeta Meta, string? Query, IReadOnlyList<SearchResult> Results) : IPageViewModel;

/// <summary>Finds pages whose title contains every word typed.</summary>
public sealed class SearchController(ContentDbContext db) : Controller
{
    public const int MaxQueryLength = 200;
    private const int MaxResults = 50;

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        string query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .Take(8)
            .ToList();
        var results = words.Count == 0 ? [] : await FindAsync(words, cancellationToken);
        var meta = new PageMeta(query.Length == 0 ? "Search" : $"Search results for \u201c{query}\u201d",
            "Search CareerClusters for career clusters, pathways, jobs and guides.", "/search",
            [new Crumb("Home", "/"), new Crumb("Search")]);
        return View(new SearchViewModel(meta, query.Length == 0 ? null : query, results));
    }

    private async Task<List<SearchResult>> FindAsync(List<string> words, CancellationToken cancellationToken)
    {
        IQueryable<Cluster> clusters = db.Clusters;
        IQueryable<Pathway> pathways = db.Pathways;
        IQueryable<Occupation> occupations = db.Occupations;
        IQueryable<Guide> guides = db.Guides;
        foreach (string word in words)
        {
            // SQLite's LIKE is case-insensitive for ASCII; EF parameterizes the pattern.
            string pattern = $"%{word.Replace("%", "").Replace("_", "")}%";
            clusters = clusters.Where(c => EF.Functions.Like(c.Title, pattern));
            pathways = pathways.Where(p => EF.Functions.Like(p.Title, pattern));
            occupations = occupations.Where(o => EF.Functions.Like(o.Title, pattern));
            guides = guides.Where(g => EF.Functions.Like(g.Title, pattern));
        }
        var results = new List<SearchResult>();
        results.AddRange(await clusters.OrderBy(c => c.Order)
            .Select(c => new SearchResult("Cluster", c.Title, "/clusters/" + c.Slug, null)).ToListAsync(cancellationToken));
        results.AddRange(await pathways.OrderBy(p => p.Title)
            .Select(p => new SearchResult("Pathway", p.Title, "/clusters/" + p.Cluster.Slug + "/" + p.Slug, p.Cluster.Title)).ToListAsync(cancellationToken));
        results.AddRange(await occupations.OrderBy(o => o.Title.Length).Take(MaxResults)
            .Select(o => new SearchResult("Job", o.Title, "/occupations/" + o.Slug, null)).ToListAsync(cancellationToken));
        results.AddRange(await guides.OrderBy(g => g.Order)
            .Select(g => new SearchResult("Guide", g.Title, "/guides/" + g.Slug, null)).ToListAsync(cancellationToken));
        return results.Take(MaxResults).ToList();
    }
}
