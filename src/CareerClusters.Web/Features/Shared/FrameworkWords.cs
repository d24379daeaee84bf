using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The words pages use for a framework's parts: the 16 clusters have pathways, the 2024 framework has sub-clusters.
/// Views take their wording from here rather than testing the framework themselves.
/// </summary>
public sealed record FrameworkWords(string Framework, string Pathway, string Pathways, string Name, string ClustersTitle, string CrumbTitle)
{
    public static readonly FrameworkWords Sixteen = new(Frameworks.Sixteen, "pathway", "pathways", "the 16 Career Clusters", "All 16 Career Clusters", "Clusters");

    public static readonly FrameworkWords Modern2024 = new(Frameworks.Modern2024, "sub-cluster", "sub-clusters", "the 2024 Career Clusters", "The 14 Career Clusters of 2024", "2024 clusters");

    public static FrameworkWords For(string framework) => framework == Frameworks.Modern2024 ? Modern2024 : Sixteen;

    /// <summary>"Pathway" or "Sub-cluster", to start a sentence or a heading.</summary>
    public string PathwayCapitalized => char.ToUpperInvariant(Pathway[0]) + Pathway[1..];

    public string PathwaysCapitalized => char.ToUpperInvariant(Pathways[0]) + Pathways[1..];

    /// <summary>The small line above a cluster's title.</summary>
    public string PathwayEyebrow => Framework == Frameworks.Sixteen ? "Career pathway" : "Sub-cluster";

    public string ClusterEyebrow => Framework == Frameworks.Sixteen ? "Career cluster" : "Career cluster · 2024 framework";
}
