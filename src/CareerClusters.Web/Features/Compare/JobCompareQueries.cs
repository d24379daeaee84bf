using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Compare;

/// <summary>Reads jobs to compare side by side, and jobs to choose from (values only; <see cref="JobComparePages"/> words the pages).</summary>
public sealed class JobCompareQueries(ContentDbContext db, SearchEngine search)
{
    public const int TasksPerJob = 4;
    public const int SimilarShown = 8;
    public const int FoundShown = 8;

    /// <summary>The jobs with these slugs, in the order given, and the slugs that match none.</summary>
    public async Task<JobComparison> CompareAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var rows = await db.Occupations.AsNoTracking()
            .Where(o => slugs.Contains(o.Slug))
            .Select(o => new
            {
                o.Slug, o.Title, o.Education, o.JobZone, o.Interests, o.Tasks, o.Outlook,
                // The first pathway in the 16 clusters, in the order the job's own page lists them.
                Place = o.Pathways.Where(p => p.Pathway.Framework == Frameworks.Sixteen)
                    .OrderBy(p => p.Pathway.Cluster.Order).ThenBy(p => p.Pathway.Order)
                    .Select(p => new { ClusterSlug = p.Pathway.Cluster.Slug, p.Pathway.Slug, p.Pathway.Title, p.Pathway.Cluster.Icon, p.Pathway.Cluster.Colour })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var found = new List<ComparedJob>();
        foreach (string slug in slugs)
        {
            var o = rows.FirstOrDefault(r => r.Slug == slug);
            if (o is null)
            {
                continue;
            }
            found.Add(new ComparedJob(o.Slug, o.Title, o.Education, o.JobZone, o.Interests, o.Tasks.Take(TasksPerJob).ToList(), o.Outlook,
                o.Place is null ? ClusterLook.Default : new ClusterLook(o.Place.Icon, o.Place.Colour),
                o.Place?.Title, o.Place is null ? null : SitePaths.Pathway(Frameworks.Sixteen, o.Place.ClusterSlug, o.Place.Slug)));
        }
        var notFound = slugs.Where(slug => found.All(j => j.Slug != slug)).ToList();
        var words = await TranslatedTexts.ForAsync(db, [.. found.Select(j => TextKey.Occupation(j.Slug)),
            .. found.Select(j => j.PathwayPath is null ? null : SitePaths.ParsePage(j.PathwayPath)).OfType<Features.Shared.PageAddress>().Select(p => TextKey.Pathway(Frameworks.Sixteen, p.Slug))], cancellationToken);
        return new JobComparison([.. found.Select(j => j with
        {
            Title = words.Title(TextKey.Occupation(j.Slug), j.Title),
            PathwayTitle = j.PathwayTitle is null || j.PathwayPath is null || SitePaths.ParsePage(j.PathwayPath) is not { } pathway ? j.PathwayTitle
                : words.Title(TextKey.Pathway(Frameworks.Sixteen, pathway.Slug), j.PathwayTitle),
        })], notFound);
    }

    /// <summary>Jobs with their titles in the request's language, where translated.</summary>
    private async Task<IReadOnlyList<JobSummary>> InLanguageAsync(IReadOnlyList<JobSummary> jobs, CancellationToken cancellationToken) =>
        JobSummary.InLanguage(jobs, await TranslatedTexts.ForAsync(db, jobs.Select(j => TextKey.Occupation(j.Slug)), cancellationToken));

    /// <summary>
    /// Jobs that share a pathway of the 16 clusters with a chosen job: first those whose title shares a word with a
    /// chosen job's (nurses, nursing), then the pathways' featured jobs, then the closest in preparation (O*NET job zone)
    /// and interests. A specialty that BLS counts with a chosen job comes last: its figures would be the same.
    /// </summary>
    public async Task<IReadOnlyList<JobSummary>> SimilarAsync(IReadOnlyList<ComparedJob> chosen, CancellationToken cancellationToken)
    {
        if (chosen.Count == 0)
        {
            return [];
        }
        var slugs = chosen.Select(j => j.Slug).ToList();
        var pathwayIds = db.PathwayOccupations
            .Where(po => po.Pathway.Framework == Frameworks.Sixteen && slugs.Contains(po.Occupation.Slug))
            .Select(po => po.PathwayId);
        var neighbours = await db.PathwayOccupations.AsNoTracking()
            .Where(po => pathwayIds.Contains(po.PathwayId) && !slugs.Contains(po.Occupation.Slug))
            .Select(po => new { po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Occupation.Outlook, po.Occupation.JobZone, po.Occupation.Interests, po.Featured })
            .ToListAsync(cancellationToken);
        var zones = chosen.Select(j => j.JobZone).OfType<int>().ToList();
        var groups = chosen.Select(j => j.Outlook?.SocCode).OfType<string>().ToHashSet();
        var titleWords = chosen.SelectMany(j => WordStarts(j.Title)).ToHashSet();
        string interests = chosen[0].InterestCodes ?? "";
        return await InLanguageAsync(neighbours
            .GroupBy(n => n.Slug)
            .Select(g => g.OrderByDescending(n => n.Featured).First())
            .OrderBy(n => n.Outlook is not null && groups.Contains(n.Outlook.SocCode))
            .ThenByDescending(n => WordStarts(n.Title).Count(titleWords.Contains))
            .ThenByDescending(n => n.Featured)
            .ThenBy(n => n.JobZone is null || zones.Count == 0 ? 2 : zones.Min(zone => Math.Abs(zone - n.JobZone.Value)))
            .ThenByDescending(n => (n.Interests ?? "").Take(2).Count(letter => interests.Take(2).Contains(letter)))
            .ThenBy(n => n.Title, StringComparer.Ordinal)
            .Take(SimilarShown)
            .Select(n => new JobSummary(n.Slug, n.Title, n.Education, n.Outlook))
            .ToList(), cancellationToken);
    }

    /// <summary>Words that say little about the work, left out when titles are matched.</summary>
    private static readonly HashSet<string> CommonTitleWords = ["and", "all", "other", "except", "the", "for", "workers"];

    /// <summary>The first four letters of a title's telling words, so "Nurses" and "Nursing" match.</summary>
    private static IEnumerable<string> WordStarts(string title) =>
        SearchText.Words(title).Where(w => w.Length >= 4 && !CommonTitleWords.Contains(w)).Select(w => w[..4]).Distinct();

    /// <summary>Jobs the site's search finds for the words, leaving out those already chosen, best match first.</summary>
    public async Task<IReadOnlyList<JobSummary>> FindAsync(string query, IReadOnlyCollection<string> chosen, CancellationToken cancellationToken)
    {
        var outcome = await search.SearchAsync(query, new SearchFilters(Kind: PageKinds.Occupation), 0, FoundShown + chosen.Count, withSnippets: false, cancellationToken);
        var slugs = outcome.Hits
            .Select(hit => SitePaths.ParsePage(hit.Path))
            .Where(page => page is { Kind: PageAddressKind.Occupation } && !chosen.Contains(page.Slug))
            .Select(page => page!.Slug)
            .Distinct()
            .Take(FoundShown)
            .ToList();
        var jobs = await db.Occupations.AsNoTracking()
            .Where(o => slugs.Contains(o.Slug))
            .Select(o => new JobSummary(o.Slug, o.Title, o.Education, o.Outlook))
            .ToListAsync(cancellationToken);
        return await InLanguageAsync(slugs.Select(slug => jobs.FirstOrDefault(j => j.Slug == slug)).OfType<JobSummary>().ToList(), cancellationToken);
    }
}
