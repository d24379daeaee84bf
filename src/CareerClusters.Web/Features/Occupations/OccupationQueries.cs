using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Occupations;

public sealed class OccupationQueries(ContentDbContext db)
{
    private const int MostSimilarJobs = 6;

    public async Task<OccupationViewModel?> OccupationAsync(string slug, CancellationToken cancellationToken)
    {
        var occupation = await db.Occupations.Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id, o.Code, o.Slug, o.Title, o.Education, o.DescriptionHtml, o.DescriptionText, o.OnetDescription, o.AlsoCalled,
                o.Tasks, o.HotTechnologies, o.JobZone, o.Interests, o.Outlook,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var places = await db.PathwayOccupations
            .Where(po => po.OccupationId == occupation.Id)
            .OrderBy(po => po.Pathway.Cluster.Order).ThenBy(po => po.Pathway.Order)
            .Select(po => new { po.PathwayId, Place = new OccupationPathway(po.Pathway.Framework, po.Pathway.Cluster.Slug, po.Pathway.Cluster.Title, po.Pathway.Slug, po.Pathway.Title,
                new ClusterLook(po.Pathway.Cluster.Icon, po.Pathway.Cluster.Colour)) })
            .ToListAsync(cancellationToken);
        // The 16 clusters' pathways give the page its trail and its similar jobs; the 2024 sub-clusters are listed beside them.
        var pathways = places.Where(p => p.Place.Framework == Frameworks.Sixteen).Select(p => p.Place).ToList();
        var modernPlaces = places.Where(p => p.Place.Framework == Frameworks.Modern2024).Select(p => p.Place).ToList();
        // Similar jobs: others in the same pathways, closest in preparation and interests first.
        var pathwayIds = places.Where(p => p.Place.Framework == Frameworks.Sixteen).Select(p => p.PathwayId).ToList();
        var neighbours = await db.PathwayOccupations
            .Where(po => pathwayIds.Contains(po.PathwayId) && po.OccupationId != occupation.Id)
            .Select(po => new { po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Occupation.JobZone, po.Occupation.Interests, po.Occupation.Outlook, po.Featured })
            .ToListAsync(cancellationToken);
        var similar = neighbours
            .DistinctBy(n => n.Slug)
            .OrderBy(n => n.JobZone is null || occupation.JobZone is null ? 2 : Math.Abs(n.JobZone.Value - occupation.JobZone.Value))
            .ThenByDescending(n => SharedInterests(n.Interests, occupation.Interests))
            .ThenByDescending(n => n.Featured)
            .ThenBy(n => n.Title, StringComparer.Ordinal)
            .Take(MostSimilarJobs)
            .Select(n => new JobSummary(n.Slug, n.Title, n.Education, n.Outlook))
            .ToList();

        var crumbs = new List<Crumb> { new("Home", SitePaths.Home) };
        if (pathways.Count > 0)
        {
            // The first pathway gives the trail back up; the page lists every pathway.
            var home = pathways[0];
            crumbs.Add(new Crumb(home.ClusterTitle, home.ClusterPath));
            crumbs.Add(new Crumb(home.PathwayTitle, home.PathwayPath));
        }
        else
        {
            crumbs.Add(new Crumb("Jobs A–Z", SitePaths.Occupations));
        }
        crumbs.Add(new Crumb(occupation.Title));

        string summaryText = occupation.DescriptionText.Length > 0 ? occupation.DescriptionText : occupation.OnetDescription ?? "";
        string description = summaryText.Length > 0
            ? FirstSentences(summaryText)
            : $"{occupation.Title}: what the work is like, pay, outlook and how to get started.";
        return new OccupationViewModel(
            new PageMeta(occupation.Title, description, SitePaths.Occupation(occupation.Slug), crumbs),
            occupation.Code,
            occupation.Title,
            EducationLabel(occupation.Education) ?? OccupationFacts.JobZone(occupation.JobZone),
            occupation.DescriptionHtml.Length > 0 ? occupation.DescriptionHtml : null,
            occupation.OnetDescription,
            occupation.AlsoCalled,
            occupation.Tasks,
            occupation.HotTechnologies,
            OccupationFacts.JobZone(occupation.JobZone),
            OccupationFacts.Interests(occupation.Interests),
            occupation.Outlook,
            pathways,
            modernPlaces,
            similar,
            LearnMore(occupation.Code, occupation.Title, occupation.Outlook));
    }

    private static int SharedInterests(string? a, string? b) => (a ?? "").Take(2).Count(letter => (b ?? "").Take(2).Contains(letter));

    private static List<ExternalLink> LearnMore(string code, string title, OccupationOutlook? outlook)
    {
        var links = new List<ExternalLink>
        {
            new("My Next Move", $"https://www.mynextmove.org/profile/summary/{code}", "a student-friendly job profile from the U.S. Department of Labor"),
            new("O*NET OnLine", $"https://www.onetonline.org/link/summary/{code}", "every task, skill, tool and work style O*NET lists for this job"),
        };
        if (outlook?.OohUrl is { } ooh)
        {
            links.Add(new("Occupational Outlook Handbook", ooh, "the BLS guide to what the job is like, how to become one, pay and outlook"));
        }
        links.Add(new("CareerOneStop", $"https://www.careeronestop.org/Toolkit/Careers/Occupations/occupation-profile.aspx?keyword={Uri.EscapeDataString(title)}&onetcode={code}",
            "pay and jobs in your state, and training programs near you"));
        return links;
    }

    private static string? EducationLabel(string? education) => education is null ? null : EducationLevels.Labels[education];

    public Task<string?> SlugOfCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Occupations.Where(o => o.Code == code).Select(o => o.Slug).FirstOrDefaultAsync(cancellationToken);

    public async Task<OccupationIndexViewModel> IndexAsync(JobFilters filters, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.InFramework(Frameworks.Sixteen).OrderBy(c => c.Order).Select(c => new FilterChoice(c.Slug, c.Title)).ToListAsync(cancellationToken);
        var rows = await db.Occupations
            .Select(o => new
            {
                Job = new JobSummary(o.Slug, o.Title, o.Education, o.Outlook),
                Clusters = o.Pathways.Where(p => p.Pathway.Framework == Frameworks.Sixteen).Select(p => p.Pathway.Cluster.Slug).ToList(),
            })
            .ToListAsync(cancellationToken);
        // Unknown filter values are ignored rather than failing: a hand-edited link still lists jobs.
        filters = filters with
        {
            Cluster = clusters.Any(c => c.Value == filters.Cluster) ? filters.Cluster : null,
            Education = filters.Education is not null && EducationLevels.Labels.ContainsKey(filters.Education) ? filters.Education : null,
            Outlook = filters.Outlook is not null && JobFilters.Outlooks.ContainsKey(filters.Outlook) ? filters.Outlook : null,
            Sort = filters.Sort is not null && JobFilters.Sorts.ContainsKey(filters.Sort) ? filters.Sort : null,
        };
        var jobs = rows
            .Where(r => filters.Cluster is null || r.Clusters.Contains(filters.Cluster))
            .Where(r => filters.Education is null || r.Job.EducationKey == filters.Education)
            .Where(r => filters.Outlook is null || JobFilters.OutlookOf(r.Job.Outlook) == filters.Outlook)
            .Select(r => r.Job);
        jobs = filters.Sort switch
        {
            "pay" => jobs.OrderByDescending(j => j.Outlook?.MedianWage ?? j.Outlook?.MedianWageAtLeast ?? -1).ThenBy(j => j.Title, StringComparer.Ordinal),
            "growth" => jobs.OrderByDescending(j => j.Outlook?.ChangePercent ?? double.MinValue).ThenBy(j => j.Title, StringComparer.Ordinal),
            _ => jobs.OrderBy(j => j.Title, StringComparer.Ordinal),
        };
        var list = jobs.ToList();
        bool narrowed = filters != new JobFilters();
        string description = $"All {OccupationFacts.Count(rows.Count)} jobs on CareerClusters, from A to Z, with pay and outlook: filter by cluster, education and outlook, or sort by pay or growth.";
        return new OccupationIndexViewModel(
            new PageMeta("Jobs A–Z", description, SitePaths.Occupations, [new Crumb("Home", SitePaths.Home), new Crumb("Jobs A–Z")], NoIndex: narrowed),
            rows.Count,
            filters,
            clusters,
            list,
            filters.Sort is null ? list.GroupBy(j => char.ToUpperInvariant(j.Title[0]).ToString()).Select(g => new OccupationLetterGroup(g.Key, g.ToList())).ToList() : []);
    }

    private static string FirstSentences(string text) => text.Length <= 160 ? text : text[..text.LastIndexOf(' ', 157)] + "…";
}
