using CareerClusters.Web.Data;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The words pages use for a framework's parts, from the text catalogue: the 16 clusters have pathways, the 2024
/// framework has sub-clusters. Views take their wording from here (<c>Text.WordsFor(framework)</c>) rather than
/// testing the framework themselves.
/// </summary>
public sealed record FrameworkWords(
    string Framework,
    string Pathway,
    string Pathways,
    string PathwayCapitalized,
    string PathwaysCapitalized,
    string Name,
    string ClustersTitle,
    string CrumbTitle,
    string PathwayEyebrow,
    string ClusterEyebrow);

public static class FrameworkWordsCatalogue
{
    public static FrameworkWords WordsFor(this IStringLocalizer<SiteText> text, string framework) => framework == Frameworks.Modern2024
        ? new(Frameworks.Modern2024, text["sub-cluster"], text["sub-clusters"], text["Sub-cluster"], text["Sub-clusters"], text["the 2024 Career Clusters"],
            text["The 14 Career Clusters of 2024"], text["2024 clusters"], text["Sub-cluster"], text["Career cluster · 2024 framework"])
        : new(Frameworks.Sixteen, text["pathway"], text["pathways"], text["Pathway"], text["Pathways"], text["the 16 Career Clusters"],
            text["All 16 Career Clusters"], text["Clusters"], text["Career pathway"], text["Career cluster"]);
}
