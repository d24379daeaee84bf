using CareerClusters.Web.Data;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// What a search result is, in the words a student reads: the search page, its suggestions and a counselor's list
/// search. The labels are keys of the text catalogue (SiteText): pages show them through it.
/// </summary>
public static class SearchLabels
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        [PageKinds.Cluster] = "Cluster",
        [PageKinds.Pathway] = "Pathway",
        [PageKinds.Occupation] = "Job",
        [PageKinds.Guide] = "Guide",
    };

    /// <summary>A result's kind; the 2024 framework's clusters and sub-clusters are named as such.</summary>
    public static string KindOf(this IStringLocalizer<SiteText> text, SearchHit hit) => text[(hit.Kind, IsModern(hit.ClusterKey)) switch
    {
        (PageKinds.Cluster, true) => "2024 cluster",
        (PageKinds.Pathway, true) => "Sub-cluster",
        _ => Kinds[hit.Kind],
    }];

    /// <summary>A cluster key of a framework other than the 16 clusters.</summary>
    public static bool IsModern(string? clusterKey) => ClusterKey.TryParse(clusterKey, out var key) && key.Value.Framework != Frameworks.Sixteen;
}
