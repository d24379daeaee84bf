using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>A cluster on the crosswalk page: where its jobs sit in the other framework, and the same for each of its pathways.</summary>
public sealed record CrosswalkCluster(ClusterKey Key, string Title, ClusterLook Look, IReadOnlyList<CrosswalkDestination> Destinations, IReadOnlyList<CrosswalkPathway> Pathways)
{
    public string Path => SitePaths.Cluster(Key);

    public int Total => Destinations.Count == 0 ? 0 : Destinations[0].Total;

    public FrameworkWords Words => FrameworkWords.For(Key.Framework);

    public string DestinationHeading => Key.Framework == Frameworks.Sixteen ? "Where its jobs sit in 2024" : "Where its jobs sat in the 16";
}

public sealed record CrosswalkPathway(string Path, string Title, int Jobs, IReadOnlyList<CrosswalkDestination> Destinations);

public sealed record CrosswalkViewModel(PageMeta Meta, IReadOnlyList<CrosswalkCluster> SixteenToModern, IReadOnlyList<CrosswalkCluster> ModernToSixteen) : IPageViewModel
{
    public IReadOnlyList<OnThisPageLink> OnThisPage =>
    [
        new("summary", "At a glance"),
        new("from-16", "From the 16 clusters"),
        new("from-2024", "From the 2024 clusters"),
        new("how", "How we counted"),
    ];
}
