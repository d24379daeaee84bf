using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>Turns the cluster read models into the open data API's answers, as <see cref="ClusterPages"/> turns them into pages.</summary>
public static class ClusterApi
{
    private static string Language => SiteCultures.Current;

    private static string Html(string path) => SitePaths.InLanguage(path, Language);

    public static ApiFramework Framework(string framework, IReadOnlyList<ClusterCard> cards, IStringLocalizer<SiteText> text) => new()
    {
        Id = framework,
        Title = text.WordsFor(framework).ClustersTitle,
        PartKind = framework == Frameworks.Sixteen ? "pathway" : "sub-cluster",
        ClusterCount = cards.Count,
        PathwayCount = cards.Sum(c => c.PathwayCount),
        Api = SitePaths.ApiClusters(framework),
        Html = Html(SitePaths.Framework(framework)),
    };

    public static IReadOnlyList<ApiClusterSummary> Clusters(IReadOnlyList<ClusterCard> cards) =>
        [.. cards.Select(c => new ApiClusterSummary
        {
            Framework = c.Framework,
            Slug = c.Slug,
            Code = c.Code,
            Title = c.Title,
            OfficialTitle = c.OfficialTitle,
            Summary = c.Summary,
            Language = c.Lang ?? Language,
            Pathways = [.. c.Pathways.Select(p => new ApiPathwayName
            {
                Slug = p.Slug,
                Title = p.Title,
                Language = p.Lang ?? Language,
                Api = SitePaths.ApiPathway(c.Framework, c.Slug, p.Slug),
                Html = Html(c.PathOf(p)),
            })],
            Api = SitePaths.ApiCluster(c.Framework, c.Slug),
            Html = Html(c.Path),
        })];

    public static ApiCluster Cluster(ClusterDetails cluster, IReadOnlyList<JobSummary> jobs, IStringLocalizer<SiteText> text) => new()
    {
        Framework = cluster.Framework,
        Slug = cluster.Slug,
        Title = cluster.Title,
        OfficialTitle = cluster.OfficialTitle,
        Summary = cluster.Summary,
        Language = cluster.TextLang ?? Language,
        Statements = new ApiStatements
        {
            Activities = cluster.Activities,
            Qualities = cluster.Qualities,
            Subjects = cluster.Subjects,
            Language = cluster.StatementsLang ?? Language,
        },
        Pathways = PathwayLinks(cluster.Framework, cluster.Slug, cluster.Pathways),
        FeaturedOccupations = ApiJob.From(cluster.FeaturedJobs, text),
        Occupations = ApiJob.From(jobs, text),
        Related = [.. cluster.Related.Select(r => new ApiRelatedCluster
        {
            Framework = r.Framework,
            Slug = r.Slug,
            Title = r.Title,
            Language = r.Lang ?? Language,
            Api = SitePaths.ApiCluster(r.Framework, r.Slug),
            Html = Html(r.Path),
        })],
        Crosswalk = ApiCrosswalkDestination.From(cluster.Crosswalk, Language),
        Api = SitePaths.ApiCluster(cluster.Framework, cluster.Slug),
        Html = Html(cluster.Path),
    };

    public static ApiPathway Pathway(PathwayDetails pathway, IStringLocalizer<SiteText> text) => new()
    {
        Framework = pathway.Framework,
        Slug = pathway.Slug,
        Title = pathway.Title,
        OfficialTitle = pathway.OfficialTitle,
        Summary = pathway.Summary,
        Language = pathway.TextLang ?? Language,
        Cluster = pathway.ClusterSlug,
        ClusterTitle = pathway.ClusterTitle,
        FeaturedOccupations = [.. pathway.Featured.Select(f => new ApiFeaturedJob { Occupation = ApiJob.From(f.Job, text), Description = f.Description })],
        Occupations = ApiJob.From(pathway.Jobs, text),
        OtherPathways = PathwayLinks(pathway.Framework, pathway.ClusterSlug, pathway.OtherPathways),
        Crosswalk = ApiCrosswalkDestination.From(pathway.Crosswalk, Language),
        Api = SitePaths.ApiPathway(pathway.Framework, pathway.ClusterSlug, pathway.Slug),
        Html = Html(pathway.Path),
    };

    private static IReadOnlyList<ApiPathwayLink> PathwayLinks(string framework, string clusterSlug, IEnumerable<PathwayLink> pathways) =>
        [.. pathways.Select(p => new ApiPathwayLink
        {
            Slug = p.Slug,
            Title = p.Title,
            Summary = p.Summary,
            Language = p.Lang ?? Language,
            OccupationCount = p.OccupationCount,
            Api = SitePaths.ApiPathway(framework, clusterSlug, p.Slug),
            Html = Html(SitePaths.Pathway(framework, clusterSlug, p.Slug)),
        })];
}
