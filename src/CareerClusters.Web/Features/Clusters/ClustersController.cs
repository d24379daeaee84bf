using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>
/// A framework's clusters, a cluster and a pathway (sub-cluster): /clusters/... for the 16 clusters, whose addresses
/// counselors have printed since the start, and /frameworks/{framework}/... for another framework.
/// </summary>
[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class ClustersController(ClusterQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.Clusters)]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => FrameworkIndex(Frameworks.Sixteen, cancellationToken);

    [HttpGet(SitePaths.Routes.Cluster)]
    public Task<IActionResult> Cluster(string? cluster, CancellationToken cancellationToken) => ClusterPage(Frameworks.Sixteen, cluster, cancellationToken);

    [HttpGet(SitePaths.Routes.Pathway)]
    public Task<IActionResult> Pathway(string? cluster, string? pathway, CancellationToken cancellationToken) =>
        PathwayPage(Frameworks.Sixteen, cluster, pathway, cancellationToken);

    [HttpGet(SitePaths.Routes.Framework)]
    public async Task<IActionResult> Framework(string? framework, CancellationToken cancellationToken) =>
        FrameworkOf(framework) is not { } known ? NotFound()
        : known == Frameworks.Sixteen ? RedirectPermanent(SitePaths.Clusters)
        : await FrameworkIndex(known, cancellationToken);

    [HttpGet(SitePaths.Routes.FrameworkCluster)]
    public async Task<IActionResult> FrameworkCluster(string? framework, string? cluster, CancellationToken cancellationToken) =>
        FrameworkOf(framework) is not { } known ? NotFound()
        : known == Frameworks.Sixteen && !string.IsNullOrWhiteSpace(cluster) ? RedirectPermanent(SitePaths.Cluster(known, cluster.ToLowerInvariant()))
        : await ClusterPage(known, cluster, cancellationToken);

    [HttpGet(SitePaths.Routes.FrameworkPathway)]
    public async Task<IActionResult> FrameworkPathway(string? framework, string? cluster, string? pathway, CancellationToken cancellationToken) =>
        FrameworkOf(framework) is not { } known ? NotFound()
        : known == Frameworks.Sixteen && !string.IsNullOrWhiteSpace(cluster) && !string.IsNullOrWhiteSpace(pathway)
            ? RedirectPermanent(SitePaths.Pathway(known, cluster.ToLowerInvariant(), pathway.ToLowerInvariant()))
        : await PathwayPage(known, cluster, pathway, cancellationToken);

    private async Task<IActionResult> FrameworkIndex(string framework, CancellationToken cancellationToken)
    {
        var cards = await queries.CardsAsync(framework, cancellationToken);
        if (cards.Count == 0)
        {
            return NotFound();
        }
        return View("Index", ClusterPages.Index(framework, cards, text));
    }

    private async Task<IActionResult> ClusterPage(string framework, string? cluster, CancellationToken cancellationToken)
    {
        // A blank segment ("/clusters/%20") binds as null.
        if (string.IsNullOrWhiteSpace(cluster))
        {
            return NotFound();
        }
        string slug = cluster.ToLowerInvariant();
        var details = await queries.ClusterAsync(framework, slug, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }
        return slug == cluster ? View("Cluster", ClusterPages.Cluster(details, text)) : RedirectPermanent(SitePaths.Cluster(details.Framework, details.Slug));
    }

    private async Task<IActionResult> PathwayPage(string framework, string? cluster, string? pathway, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(cluster) || string.IsNullOrWhiteSpace(pathway))
        {
            return NotFound();
        }
        string clusterSlug = cluster.ToLowerInvariant();
        string pathwaySlug = pathway.ToLowerInvariant();
        var details = await queries.PathwayAsync(framework, clusterSlug, pathwaySlug, cancellationToken);
        if (details is null)
        {
            // A pathway named under the wrong cluster still finds its page.
            string? actualCluster = await queries.ClusterOfPathwayAsync(framework, pathwaySlug, cancellationToken);
            return actualCluster is null ? NotFound() : RedirectPermanent(SitePaths.Pathway(framework, actualCluster, pathwaySlug));
        }
        return clusterSlug == cluster && pathwaySlug == pathway
            ? View("Pathway", ClusterPages.Pathway(details, text))
            : RedirectPermanent(SitePaths.Pathway(details.Framework, details.ClusterSlug, details.Slug));
    }

    /// <summary>A framework named in an address, in any case; null when the site has no such framework.</summary>
    private static string? FrameworkOf(string? framework) =>
        framework?.ToLowerInvariant() is { } name && Frameworks.IsKnown(name) ? name : null;
}
