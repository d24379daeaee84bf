using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>A cluster on the crosswalk page: where its jobs sit in the other framework, and the same for each of its pathways.</summary>
/// <param name="DestinationHeading">The heading of its table's last column ("Where its jobs sit in 2024").</param>
public sealed record CrosswalkCluster(
    ClusterKey Key, string Title, ClusterLook Look, IReadOnlyList<CrosswalkDestination> Destinations, IReadOnlyList<CrosswalkPathway> Pathways, string DestinationHeading)
{
    public string Path => SitePaths.Cluster(Key);

    public int Total => Destinations.Count == 0 ? 0 : Destinations[0].Total;

}

public sealed record CrosswalkViewModel(
    PageMeta Meta, IReadOnlyList<CrosswalkCluster> SixteenToModern, IReadOnlyList<CrosswalkCluster> ModernToSixteen, IReadOnlyList<OnThisPageLink> OnThisPage) : IPageViewModel;
