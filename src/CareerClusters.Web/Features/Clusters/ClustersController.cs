using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Clusters;

[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class ClustersController(ClusterQueries queries) : Controller
{
    [HttpGet(SitePaths.Clusters)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var cards = await queries.CardsAsync(Frameworks.Sixteen, cancellationToken);
        var meta = new PageMeta("All 16 Career Clusters",
            "Browse the 16 Career Clusters of the National Career Clusters Framework and the 79 pathways inside them.",
            SitePaths.Clusters, [new Crumb("Home", SitePaths.Home), new Crumb("Clusters")]);
        return View(new ClusterListViewModel(meta, cards));
    }

    [HttpGet(SitePaths.Routes.Cluster)]
    public async Task<IActionResult> Cluster(string? cluster, CancellationToken cancellationToken)
    {
        // A blank segment ("/clusters/%20") binds as null.
        if (string.IsNullOrWhiteSpace(cluster))
        {
            return NotFound();
        }
        string slug = cluster.ToLowerInvariant();
        var model = await queries.ClusterAsync(Frameworks.Sixteen, slug, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        return slug == cluster ? View(model) : RedirectPermanent(model.Meta.CanonicalPath);
    }

    [HttpGet(SitePaths.Routes.Pathway)]
    public async Task<IActionResult> Pathway(string? cluster, string? pathway, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(cluster) || string.IsNullOrWhiteSpace(pathway))
        {
            return NotFound();
        }
        string clusterSlug = cluster.ToLowerInvariant();
        string pathwaySlug = pathway.ToLowerInvariant();
        var model = await queries.PathwayAsync(Frameworks.Sixteen, clusterSlug, pathwaySlug, cancellationToken);
        if (model is null)
        {
            // A pathway named under the wrong cluster still finds its page.
            string? actualCluster = await queries.ClusterOfPathwayAsync(Frameworks.Sixteen, pathwaySlug, cancellationToken);
            return actualCluster is null ? NotFound() : RedirectPermanent(SitePaths.Pathway(Frameworks.Sixteen, actualCluster, pathwaySlug));
        }
        return clusterSlug == cluster && pathwaySlug == pathway ? View(model) : RedirectPermanent(model.Meta.CanonicalPath);
    }
}
