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
    public static FrameworkWords WordsFor(this IStringLocalizer<SiteText> text, string framework)
    {
        // One key per word: a resource file's names ignore case, so "pathway" is the capitalized word in lower case.
        if (framework == Frameworks.Modern2024)
        {
            string subCluster = text["Sub-cluster"], subClusters = text["Sub-clusters"];
            return new(Frameworks.Modern2024, LowerFirst(subCluster), LowerFirst(subClusters), subCluster, subClusters, text["the 2024 Career Clusters"],
                text["The 14 Career Clusters of 2024"], text["2024 clusters"], subCluster, text["Career cluster · 2024 framework"]);
        }
        string pathway = text["Pathway"], pathways = text["Pathways"];
        return new(Frameworks.Sixteen, LowerFirst(pathway), LowerFirst(pathways), pathway, pathways, text["the 16 Career Clusters"],
            text["All 16 Career Clusters"], text["Clusters"], text["Career pathway"], text["Career cluster"]);
    }

    private static readonly System.Buffers.SearchValues<char> Leading = System.Buffers.SearchValues.Create("¿¡\"'([ ");

    /// <summary>The word with its first letter in lower case ("Sub-cluster" to "sub-cluster").</summary>
    private static string LowerFirst(string word)
    {
        int first = word.AsSpan().IndexOfAnyExcept(Leading);
        return first < 0 ? word : word[..first] + char.ToLowerInvariant(word[first]) + word[(first + 1)..];
    }
}
