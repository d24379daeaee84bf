using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>Turns the crosswalk read models into the page's view model, with the page's wording from the text catalogue.</summary>
public static class CrosswalkPages
{
    public static CrosswalkViewModel Index(IReadOnlyList<ClusterCrosswalk> fromSixteen, IReadOnlyList<ClusterCrosswalk> fromModern, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["From the 16 Career Clusters to the 2024 framework"],
                text["Where the jobs of each of the 16 Career Clusters and 79 pathways sit in Advance CTE's 2024 framework, and back: counted from the jobs both place."],
                SitePaths.Crosswalk, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Crosswalk"])]),
            fromSixteen.Select(c => Cluster(c, text)).ToList(),
            fromModern.Select(c => Cluster(c, text)).ToList(),
            [
                new("summary", text["At a glance"]),
                new("from-16", text["From the 16 clusters"]),
                new("from-2024", text["From the 2024 clusters"]),
                new("how", text["How we counted"]),
            ]);

    private static CrosswalkCluster Cluster(ClusterCrosswalk cluster, IStringLocalizer<SiteText> text) =>
        new(cluster.Key, cluster.Title, cluster.Look, cluster.Destinations, cluster.Pathways,
            // The 16 clusters are in the past: their jobs "sit" in 2024 now; the 2024 clusters' jobs "sat" in the 16.
            cluster.Key.Framework == Frameworks.Sixteen ? text["Where its jobs sit in 2024"] : text["Where its jobs sat in the 16"]);
}
