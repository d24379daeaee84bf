using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Occupations;

public sealed class OccupationQueries(ContentDbContext db)
{
    public async Task<OccupationViewModel?> OccupationAsync(string slug, CancellationToken cancellationToken)
    {
        var occupation = await db.Occupations.Where(o => o.Slug == slug)
            .Select(o => new { o.Id, o.Code, o.Slug, o.Title, o.Education, o.DescriptionHtml, o.DescriptionText, o.AlternateTitles })
            .FirstOrDefaultAsync(cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var pathways = await db.PathwayOccupations
            .Where(po => po.OccupationId == occupation.Id)
            .OrderBy(po => po.Pathway.Cluster.Order).ThenBy(po => po.Pathway.Order)
            .Select(po => new OccupationPathway(po.Pathway.Cluster.Slug, po.Pathway.Cluster.Title, po.Pathway.Slug, po.Pathway.Title))
            .ToListAsync(cancellationToken);

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

        string description = occupation.DescriptionText.Length > 0
            ? FirstSentences(occupation.DescriptionText)
            : $"{occupation.Title} (O*NET-SOC {occupation.Code}): the career pathways this job belongs to, and where to learn more.";
        return new OccupationViewModel(
            new PageMeta(occupation.Title, description, SitePaths.Occupation(occupation.Slug), crumbs),
            occupation.Code,
            occupation.Title,
            occupation.Education is null ? null : EducationLevels.Labels[occupation.Education],
            occupation.DescriptionHtml,
            occupation.AlternateTitles,
            pathways);
    }

    public Task<string?> SlugOfCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Occupations.Where(o => o.Code == code).Select(o => o.Slug).FirstOrDefaultAsync(cancellationToken);

    public async Task<OccupationIndexViewModel> IndexAsync(CancellationToken cancellationToken)
    {
        var all = await db.Occupations.OrderBy(o => o.Title).Select(o => new OccupationIndexEntry(o.Slug, o.Title)).ToListAsync(cancellationToken);
        var groups = all.GroupBy(o => char.ToUpperInvariant(o.Title[0]).ToString())
            .Select(g => new OccupationLetterGroup(g.Key, g.ToList()))
            .ToList();
        return new OccupationIndexViewModel(
            new PageMeta("Jobs A–Z", $"All {all.Count} jobs on CareerClusters, from A to Z, each with the career pathways it belongs to.",
                SitePaths.Occupations, [new Crumb("Home", SitePaths.Home), new Crumb("Jobs A–Z")]),
            all.Count,
            groups);
    }

    private static string FirstSentences(string text) => text.Length <= 160 ? text : text[..text.LastIndexOf(' ', 157)] + "…";
}
