using System.ComponentModel;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>The open data API's frameworks, clusters and pathways (sub-clusters), from the read models the cluster pages use.</summary>
[Tags("Frameworks and clusters")]
public sealed class ClusterApiController(ClusterQueries queries, IStringLocalizer<SiteText> text) : ApiControllerBase
{
    [HttpGet(SitePaths.ApiFrameworks, Name = "listFrameworks")]
    [EndpointSummary("The frameworks")]
    [EndpointDescription("The two career cluster frameworks the site holds, with how many clusters and pathways (sub-clusters) each has.")]
    [ProducesResponseType<FrameworksAnswer>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ListFrameworks(CancellationToken cancellationToken)
    {
        var frameworks = new List<ApiFramework>();
        foreach (string framework in Data.Frameworks.All)
        {
            frameworks.Add(ClusterApi.Framework(framework, await queries.CardsAsync(framework, cancellationToken), text));
        }
        return Answer(new FrameworksAnswer(Meta(SitePaths.Crosswalk), frameworks));
    }

    [HttpGet(SitePaths.ApiRoutes.Clusters, Name = "listClusters")]
    [EndpointSummary("A framework's clusters")]
    [EndpointDescription("Every cluster of a framework in its order, with its summary and its pathways (sub-clusters).")]
    [ProducesResponseType<ClustersAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> ListClusters(
        [FromRoute, Description("The framework: \"16\" (the National Career Clusters Framework) or \"2024\" (Advance CTE's).")] [ApiExample("16")] string? framework,
        CancellationToken cancellationToken)
    {
        if (FrameworkOf(framework) is not { } known)
        {
            return UnknownFramework();
        }
        var cards = await queries.CardsAsync(known, cancellationToken);
        return Answer(new ClustersAnswer(Meta(SitePaths.Framework(known)), ClusterApi.Clusters(cards)));
    }

    [HttpGet(SitePaths.ApiRoutes.Cluster, Name = "getCluster")]
    [EndpointSummary("A cluster")]
    [EndpointDescription("A cluster with its summary, its \"Is this you?\" statements, its pathways (sub-clusters), every job in it with pay and outlook, related clusters, and where its jobs sit in the other framework.")]
    [ProducesResponseType<ClusterAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> GetCluster(
        [FromRoute, Description("The framework: \"16\" or \"2024\".")] [ApiExample("16")] string? framework,
        [FromRoute, Description("The cluster's name in addresses, as in its page's address.")] [ApiExample("health-science")] string? cluster,
        CancellationToken cancellationToken)
    {
        if (FrameworkOf(framework) is not { } known)
        {
            return UnknownFramework();
        }
        // A blank segment ("%20") binds as null: no cluster has that name.
        string slug = cluster?.Trim().ToLowerInvariant() ?? "";
        var details = slug.Length == 0 ? null : await queries.ClusterAsync(known, slug, cancellationToken);
        if (details is null)
        {
            return NotFoundProblem($"The framework {known} has no cluster of this name: {SitePaths.ApiClusters(known)} lists them.", "cluster");
        }
        var jobs = await queries.JobsAsync(known, slug, cancellationToken);
        return Answer(new ClusterAnswer(Meta(details.Path), ClusterApi.Cluster(details, jobs, text)));
    }

    [HttpGet(SitePaths.ApiRoutes.Pathway, Name = "getPathway")]
    [EndpointSummary("A pathway (sub-cluster)")]
    [EndpointDescription("A pathway of the 16 clusters or a sub-cluster of the 2024 framework, with its summary, every job in it with pay and outlook, its featured jobs, its cluster's other pathways, and where its jobs sit in the other framework.")]
    [ProducesResponseType<PathwayAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> GetPathway(
        [FromRoute, Description("The framework: \"16\" or \"2024\".")] [ApiExample("16")] string? framework,
        [FromRoute, Description("The cluster's name in addresses.")] [ApiExample("health-science")] string? cluster,
        [FromRoute, Description("The pathway's (sub-cluster's) name in addresses, as in its page's address.")] [ApiExample("therapeutic-services")] string? pathway,
        CancellationToken cancellationToken)
    {
        if (FrameworkOf(framework) is not { } known)
        {
            return UnknownFramework();
        }
        var details = string.IsNullOrWhiteSpace(cluster) || string.IsNullOrWhiteSpace(pathway) ? null
            : await queries.PathwayAsync(known, cluster.ToLowerInvariant(), pathway.ToLowerInvariant(), cancellationToken);
        if (details is null)
        {
            return NotFoundProblem($"The framework {known} has no cluster with a pathway (sub-cluster) of these names: {SitePaths.ApiClusters(known)} lists them.", "pathway");
        }
        return Answer(new PathwayAnswer(Meta(details.Path), ClusterApi.Pathway(details, text)));
    }

    private JsonResult UnknownFramework() =>
        NotFoundProblem($"There is no framework of this name: it is one of {string.Join(", ", Data.Frameworks.All)} ({SitePaths.ApiFrameworks}).", "framework");
}
