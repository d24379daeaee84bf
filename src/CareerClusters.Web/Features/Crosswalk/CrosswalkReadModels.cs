using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Crosswalk;

// What the crosswalk queries return: values from the content database, no wording (CrosswalkPages words the page).

/// <summary>A cluster of one framework: where its jobs sit in the other framework, and the same for each of its pathways.</summary>
public sealed record ClusterCrosswalk(ClusterKey Key, string Title, ClusterLook Look, IReadOnlyList<CrosswalkDestination> Destinations, IReadOnlyList<CrosswalkPathway> Pathways)
{
    /// <summary>"en" when <see cref="Title"/> is English in a request of another language (no translation yet); else null.</summary>
    public string? TitleLang { get; init; }
}

/// <summary>A pathway (sub-cluster) of <paramref name="Cluster"/>, how many jobs it has, and where they sit in the other framework.</summary>
public sealed record CrosswalkPathway(ClusterKey Cluster, string Slug, string Title, int Jobs, IReadOnlyList<CrosswalkDestination> Destinations)
{
    public string Path => SitePaths.Pathway(Cluster.Framework, Cluster.Slug, Slug);

    /// <summary>"en" when <see cref="Title"/> is English in a request of another language (no translation yet); else null.</summary>
    public string? TitleLang { get; init; }
}
