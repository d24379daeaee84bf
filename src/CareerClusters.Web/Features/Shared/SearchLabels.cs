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
        [PageKinds.District] = "In our district",
    };

    /// <summary>The tabs over the results, one a kind: "Jobs (12)".</summary>
    public static readonly IReadOnlyDictionary<string, string> KindTabs = new Dictionary<string, string>
    {
        [PageKinds.Cluster] = "Clusters ({0})",
        [PageKinds.Pathway] = "Pathways ({0})",
        [PageKinds.Occupation] = "Jobs ({0})",
        [PageKinds.Guide] = "Guides ({0})",
        [PageKinds.District] = "In our district ({0})",
    };

    /// <summary>An education ceiling, as a filter of search ("jobs without college" asks for a high school diploma or less).</summary>
    public static readonly IReadOnlyDictionary<string, string> EducationUpTo = new Dictionary<string, string>
    {
        ["no-formal-credential"] = "No diploma or degree needed",
        ["high-school-diploma"] = "High school diploma or less",
        ["postsecondary-nondegree-award"] = "Certificate or less",
        ["some-college"] = "Some college or less",
        ["associates-degree"] = "Associate's degree or less",
        ["bachelors-degree"] = "Bachelor's degree or less",
        ["masters-degree"] = "Master's degree or less",
        ["doctoral-or-professional-degree"] = "Doctoral or professional degree or less",
    };

    /// <summary>The apprenticeship filter of search.</summary>
    public const string Apprenticeship = "Has an apprenticeship route";

    /// <summary>The order of search that lists jobs by pay.</summary>
    public const string ByPay = "Highest pay first";

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
