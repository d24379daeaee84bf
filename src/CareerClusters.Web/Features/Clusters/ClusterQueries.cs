using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>Reads clusters and pathways from the content database into page view models.</summary>
public sealed class ClusterQueries(ContentDbContext db)
{
    public Task<IReadOnlyList<ClusterCard>> CardsAsync(string framework, CancellationToken cancellationToken) => ClusterCards.AllAsync(db, framework, cancellationToken);

    /// <summary>
    /// A cluster page in two queries: the cluster with its pathways and their featured jobs (one projection, one
    /// SQL statement), then the related clusters.
    /// </summary>
    public async Task<ClusterViewModel?> ClusterAsync(string framework, string slug, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters.InFramework(framework)
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Framework,
                c.Slug,
                c.Title,
                c.Summary,
                c.Icon,
                c.Colour,
                c.Sections,
                c.IsThisYou,
                c.RelatedSlugs,
                Pathways = c.Pathways.OrderBy(p => p.Order).Select(p => new
                {
                    Link = new PathwayLink(p.Slug, p.Title, p.Summary, p.Occupations.Count),
                    Featured = p.Occupations.Where(o => o.Featured).OrderBy(o => o.Order)
                        .Select(o => new JobSummary(o.Occupation.Slug, o.Occupation.Title, o.Occupation.Education, o.Occupation.Outlook))
                        .ToList(),
                }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (cluster is null)
        {
            return null;
        }
        var related = await db.Clusters.InFramework(framework)
            .Where(c => cluster.RelatedSlugs.Contains(c.Slug))
            .Select(c => new RelatedCluster(c.Framework, c.Slug, c.Title, c.Summary, new ClusterLook(c.Icon, c.Colour)))
            .ToListAsync(cancellationToken);
        var crosswalk = await CrosswalkReader.FromGroupAsync(db, cluster.Id, null, cancellationToken);

        return new ClusterViewModel(
            new PageMeta(cluster.Title, cluster.Summary, SitePaths.Cluster(cluster.Framework, cluster.Slug),
                [new Crumb("Home", SitePaths.Home), new Crumb(FrameworkWords.For(framework).CrumbTitle, SitePaths.Framework(framework)), new Crumb(cluster.Title)]),
            cluster.Framework,
            cluster.Slug,
            cluster.Title,
            cluster.Summary,
            new ClusterLook(cluster.Icon, cluster.Colour),
            cluster.Sections,
            StatementsOf(cluster.IsThisYou, "activity"),
            StatementsOf(cluster.IsThisYou, "quality"),
            StatementsOf(cluster.IsThisYou, "subject"),
            cluster.Pathways.Select(p => p.Link).ToList(),
            EducationGroup.Of(cluster.Pathways.SelectMany(p => p.Featured).DistinctBy(j => j.Slug)),
            related.OrderBy(r => cluster.RelatedSlugs.IndexOf(r.Slug)).ToList(),
            new CrosswalkPanel(framework, cluster.Title, crosswalk));
    }

    public async Task<PathwayViewModel?> PathwayAsync(string framework, string clusterSlug, string pathwaySlug, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.InFramework(framework)
            .Where(p => p.Slug == pathwaySlug && p.Cluster.Slug == clusterSlug)
            .Select(p => new
            {
                p.Id,
                p.ClusterId,
                p.Slug,
                p.Title,
                p.Summary,
                p.Sections,
                ClusterSlug = p.Cluster.Slug,
                ClusterTitle = p.Cluster.Title,
                ClusterIcon = p.Cluster.Icon,
                ClusterColour = p.Cluster.Colour,
                Occupations = p.Occupations.OrderBy(o => o.Order)
                    .Select(o => new { o.Featured, Job = new JobSummary(o.Occupation.Slug, o.Occupation.Title, o.Occupation.Education, o.Occupation.Outlook), o.Occupation.DescriptionText })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (pathway is null)
        {
            return null;
        }
        var siblings = await db.Pathways
            .Where(p => p.ClusterId == pathway.ClusterId && p.Id != pathway.Id)
            .OrderBy(p => p.Order)
            .Select(p => new PathwayLink(p.Slug, p.Title, p.Summary, p.Occupations.Count))
            .ToListAsync(cancellationToken);
        var crosswalk = await CrosswalkReader.FromGroupAsync(db, pathway.ClusterId, pathway.Id, cancellationToken);
        string clusterPath = SitePaths.Cluster(framework, pathway.ClusterSlug);
        var words = FrameworkWords.For(framework);
        return new PathwayViewModel(
            new PageMeta($"{pathway.Title} {words.Pathway}", pathway.Summary, SitePaths.Pathway(framework, pathway.ClusterSlug, pathway.Slug),
                [new Crumb("Home", SitePaths.Home), new Crumb(words.CrumbTitle, SitePaths.Framework(framework)), new Crumb(pathway.ClusterTitle, clusterPath), new Crumb(pathway.Title)]),
            framework,
            pathway.Slug,
            pathway.Title,
            pathway.Summary,
            pathway.ClusterSlug,
            pathway.ClusterTitle,
            new ClusterLook(pathway.ClusterIcon, pathway.ClusterColour),
            pathway.Sections,
            pathway.Occupations.Where(o => o.Featured).Select(o => new FeaturedJob(o.Job, o.DescriptionText.Length > 0 ? o.DescriptionText : null)).ToList(),
            EducationGroup.Of(pathway.Occupations.Select(o => o.Job).OrderBy(j => j.Title, StringComparer.Ordinal)),
            siblings,
            new CrosswalkPanel(framework, pathway.Title, crosswalk));
    }

    /// <summary>The cluster a pathway belongs to, for moving a pathway address typed under the wrong cluster.</summary>
    public Task<string?> ClusterOfPathwayAsync(string framework, string pathwaySlug, CancellationToken cancellationToken) =>
        db.Pathways.InFramework(framework).Where(p => p.Slug == pathwaySlug).Select(p => p.Cluster.Slug).FirstOrDefaultAsync(cancellationToken);

    private static List<string> StatementsOf(List<InterestStatement> statements, string kind) =>
        statements.Where(s => s.Kind == kind).Select(s => s.Text).ToList();
}
