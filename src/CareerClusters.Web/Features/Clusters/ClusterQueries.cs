using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>Reads clusters and pathways from the content database into read models (values only; <see cref="ClusterPages"/> words the pages).</summary>
public sealed class ClusterQueries(ContentDbContext db, DistrictInfo? district = null)
{
    public Task<IReadOnlyList<ClusterCard>> CardsAsync(string framework, CancellationToken cancellationToken) => ClusterCards.AllAsync(db, framework, cancellationToken);

    /// <summary>
    /// A cluster page in two queries: the cluster with its pathways and their featured jobs (one projection, one
    /// SQL statement), then the related clusters.
    /// </summary>
    public async Task<ClusterDetails?> ClusterAsync(string framework, string slug, CancellationToken cancellationToken)
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
                        .Select(o => new JobSummary(o.Occupation.Slug, o.Occupation.Title, o.Occupation.Education, o.Occupation.Outlook) { Apprenticeship = o.Occupation.ApprenticeshipRoute, Code = o.Occupation.Code })
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

        var details = new ClusterDetails(
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
            cluster.Pathways.SelectMany(p => p.Featured).DistinctBy(j => j.Slug).ToList(),
            related.OrderBy(r => cluster.RelatedSlugs.IndexOf(r.Slug)).ToList(),
            crosswalk)
        {
            District = await DistrictSections.ForPageAsync(db, district, SitePaths.Cluster(cluster.Framework, cluster.Slug), cancellationToken),
        };
        return await InLanguageAsync(details, cancellationToken);
    }

    /// <summary>The cluster page's words in the request's language, where translated (one more query, none for English).</summary>
    private async Task<ClusterDetails> InLanguageAsync(ClusterDetails cluster, CancellationToken cancellationToken)
    {
        var key = TextKey.Cluster(cluster.Framework, cluster.Slug);
        var words = await TranslatedTexts.ForAsync(db, [key, .. cluster.Pathways.Select(p => TextKey.Pathway(cluster.Framework, p.Slug)),
            .. cluster.FeaturedJobs.Select(j => TextKey.Occupation(j.Slug)), .. cluster.Related.Select(r => TextKey.Cluster(r.Framework, r.Slug))], cancellationToken);
        if (words.Language == SiteCultures.Default)
        {
            return cluster;
        }
        var statements = words.Of(key)?.IsThisYou is { Count: > 0 } translated ? translated : null;
        return cluster with
        {
            Title = words.Title(key, cluster.Title),
            Activities = statements is null ? cluster.Activities : StatementsOf(statements, "activity"),
            Qualities = statements is null ? cluster.Qualities : StatementsOf(statements, "quality"),
            Subjects = statements is null ? cluster.Subjects : StatementsOf(statements, "subject"),
            StatementsLang = statements is null ? SiteCultures.Default : null,
            OfficialTitle = words.Of(key) is null ? null : cluster.Title,
            Summary = words.Summary(key, cluster.Summary),
            Sections = words.Of(key)?.Sections ?? cluster.Sections,
            TextLang = words.FallbackLang(key),
            Pathways = InLanguage(cluster.Framework, cluster.Pathways, words),
            FeaturedJobs = JobSummary.InLanguage(cluster.FeaturedJobs, words),
            Related = [.. cluster.Related.Select(r => TextKey.Cluster(r.Framework, r.Slug) is var k
                ? r with { Title = words.Title(k, r.Title), Summary = words.Summary(k, r.Summary), Lang = words.FallbackLang(k) } : r)],
        };
    }

    private static List<PathwayLink> InLanguage(string framework, IEnumerable<PathwayLink> pathways, TranslatedTexts words) =>
        [.. pathways.Select(p => TextKey.Pathway(framework, p.Slug) is var k
            ? p with { Title = words.Title(k, p.Title), Summary = words.Summary(k, p.Summary), Lang = words.FallbackLang(k) } : p)];

    public async Task<PathwayDetails?> PathwayAsync(string framework, string clusterSlug, string pathwaySlug, CancellationToken cancellationToken)
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
                    .Select(o => new { o.Featured, Job = new JobSummary(o.Occupation.Slug, o.Occupation.Title, o.Occupation.Education, o.Occupation.Outlook) { Apprenticeship = o.Occupation.ApprenticeshipRoute, Code = o.Occupation.Code }, o.Occupation.DescriptionText })
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
        var details = new PathwayDetails(
            framework,
            pathway.Slug,
            pathway.Title,
            pathway.Summary,
            pathway.ClusterSlug,
            pathway.ClusterTitle,
            new ClusterLook(pathway.ClusterIcon, pathway.ClusterColour),
            pathway.Sections,
            pathway.Occupations.Where(o => o.Featured).Select(o => new FeaturedJob(o.Job, o.DescriptionText.Length > 0 ? o.DescriptionText : null)).ToList(),
            pathway.Occupations.Select(o => o.Job).OrderBy(j => j.Title, StringComparer.Ordinal).ToList(),
            siblings,
            crosswalk)
        {
            District = await DistrictSections.ForPageAsync(db, district, SitePaths.Pathway(framework, pathway.ClusterSlug, pathway.Slug), cancellationToken),
        };
        return await InLanguageAsync(details, cancellationToken);
    }

    private async Task<PathwayDetails> InLanguageAsync(PathwayDetails pathway, CancellationToken cancellationToken)
    {
        var key = TextKey.Pathway(pathway.Framework, pathway.Slug);
        var cluster = TextKey.Cluster(pathway.Framework, pathway.ClusterSlug);
        var words = await TranslatedTexts.ForAsync(db, [key, cluster, .. pathway.OtherPathways.Select(p => TextKey.Pathway(pathway.Framework, p.Slug)),
            .. pathway.Jobs.Select(j => TextKey.Occupation(j.Slug))], cancellationToken);
        if (words.Language == SiteCultures.Default)
        {
            return pathway;
        }
        return pathway with
        {
            Title = words.Title(key, pathway.Title),
            OfficialTitle = words.Of(key) is null ? null : pathway.Title,
            Summary = words.Summary(key, pathway.Summary),
            Sections = words.Of(key)?.Sections ?? pathway.Sections,
            TextLang = words.FallbackLang(key),
            ClusterTitle = words.Title(cluster, pathway.ClusterTitle),
            Featured = [.. pathway.Featured.Select(f => TextKey.Occupation(f.Job.Slug) is var k && words.Of(k) is { } job
                ? new FeaturedJob(JobSummary.InLanguage([f.Job], words)[0], job.IntroText.Length > 0 ? job.IntroText : f.Description) : f with { Job = f.Job with { Lang = words.FallbackLang(k) } })],
            Jobs = [.. JobSummary.InLanguage(pathway.Jobs, words).OrderBy(j => j.Title, StringComparer.Ordinal)],
            OtherPathways = InLanguage(pathway.Framework, pathway.OtherPathways, words),
        };
    }

    /// <summary>Every job in a cluster's pathways (each once), by title, in the request's language: the open data API's list of a cluster's jobs.</summary>
    public async Task<IReadOnlyList<JobSummary>> JobsAsync(string framework, string clusterSlug, CancellationToken cancellationToken)
    {
        var jobs = (await db.PathwayOccupations
            .Where(po => po.Pathway.Framework == framework && po.Pathway.Cluster.Slug == clusterSlug)
            .Select(po => new JobSummary(po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Occupation.Outlook)
                { Apprenticeship = po.Occupation.ApprenticeshipRoute, Code = po.Occupation.Code })
            .ToListAsync(cancellationToken)).DistinctBy(j => j.Slug).ToList();
        var words = await TranslatedTexts.ForAsync(db, jobs.Select(j => TextKey.Occupation(j.Slug)), cancellationToken);
        return [.. JobSummary.InLanguage(jobs, words).OrderBy(j => j.Title, StringComparer.Ordinal)];
    }

    /// <summary>The cluster a pathway belongs to, for moving a pathway address typed under the wrong cluster.</summary>
    public Task<string?> ClusterOfPathwayAsync(string framework, string pathwaySlug, CancellationToken cancellationToken) =>
        db.Pathways.InFramework(framework).Where(p => p.Slug == pathwaySlug).Select(p => p.Cluster.Slug).FirstOrDefaultAsync(cancellationToken);

    private static List<string> StatementsOf(List<InterestStatement> statements, string kind) =>
        statements.Where(s => s.Kind == kind).Select(s => s.Text).ToList();
}
