using System.ComponentModel;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Features.Clusters;

// The answers of the frameworks, clusters and pathways endpoints (ClusterApiController): the contract of the open data
// API, mapped from the same read models the pages use (ClusterApi). Every field is described for the OpenAPI document.

[Description("The career cluster frameworks the site holds.")]
public sealed record FrameworksAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The frameworks: the National Career Clusters Framework (\"16\") and Advance CTE's 2024 framework (\"2024\").")] IReadOnlyList<ApiFramework> Data);

[Description("A career cluster framework.")]
public sealed record ApiFramework
{
    [Description("The framework's name in addresses: \"16\" or \"2024\".")]
    [ApiExample("16")]
    public required string Id { get; init; }

    [Description("Its title, in the answer's language.")]
    [ApiExample("All 16 Career Clusters")]
    public required string Title { get; init; }

    [Description("What it calls the groups inside a cluster: \"pathway\" (the 16) or \"sub-cluster\" (2024). The API's addresses say \"pathways\" for both.")]
    [ApiExample("pathway")]
    public required string PartKind { get; init; }

    [Description("How many clusters it has.")]
    [ApiExample(16)]
    public required int ClusterCount { get; init; }

    [Description("How many pathways (sub-clusters) it has.")]
    [ApiExample(79)]
    public required int PathwayCount { get; init; }

    [Description("Its clusters' address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters")]
    public required string Api { get; init; }

    [Description("Its clusters' page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters)]
    public required string Html { get; init; }
}

[Description("A framework's clusters, each with its pathways (sub-clusters).")]
public sealed record ClustersAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The framework's clusters, in the framework's order.")] IReadOnlyList<ApiClusterSummary> Data);

[Description("A cluster in a list: its names, its summary and its pathways (sub-clusters).")]
public sealed record ApiClusterSummary
{
    [Description("The cluster's framework: \"16\" or \"2024\".")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("The cluster's name in addresses.")]
    [ApiExample("health-science")]
    public required string Slug { get; init; }

    [Description("The code O*NET gives a 2024 cluster (\"040200\"), whose first two digits group the clusters; null for the 16.")]
    [ApiExample("040200")]
    public required string? Code { get; init; }

    [Description("The cluster's title, in the answer's language where the site has it.")]
    [ApiExample("Health Science")]
    public required string Title { get; init; }

    [Description("The official English title when title is a translation; else null.")]
    [ApiExample("Health Science")]
    public required string? OfficialTitle { get; init; }

    [Description("A few sentences on the cluster, in plain words for students.")]
    [ApiExample("People in health science care for patients, find out what makes people ill and keep communities healthy.")]
    public required string Summary { get; init; }

    [Description("The language of title and summary: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("The cluster's pathways (sub-clusters), in order.")]
    public required IReadOnlyList<ApiPathwayName> Pathways { get; init; }

    [Description("The cluster's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science")]
    public required string Api { get; init; }

    [Description("The cluster's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science")]
    public required string Html { get; init; }
}

[Description("A pathway (sub-cluster) named in a list.")]
public sealed record ApiPathwayName
{
    [Description("The pathway's name in addresses.")]
    [ApiExample("therapeutic-services")]
    public required string Slug { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Therapeutic Services")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("Its address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science/pathways/therapeutic-services")]
    public required string Api { get; init; }

    [Description("Its page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science/therapeutic-services")]
    public required string Html { get; init; }
}

[Description("A pathway (sub-cluster) with its summary and how many jobs it holds.")]
public sealed record ApiPathwayLink
{
    [Description("The pathway's name in addresses.")]
    [ApiExample("therapeutic-services")]
    public required string Slug { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Therapeutic Services")]
    public required string Title { get; init; }

    [Description("Its summary, in the answer's language where the site has it.")]
    [ApiExample("Caring for patients directly, over time.")]
    public required string Summary { get; init; }

    [Description("The language of title and summary: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("How many jobs it holds.")]
    [ApiExample(71)]
    public required int OccupationCount { get; init; }

    [Description("Its address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science/pathways/therapeutic-services")]
    public required string Api { get; init; }

    [Description("Its page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science/therapeutic-services")]
    public required string Html { get; init; }
}

[Description("A cluster of the same framework that the site suggests beside this one.")]
public sealed record ApiRelatedCluster
{
    [Description("Its framework.")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("Its name in addresses.")]
    [ApiExample("human-services")]
    public required string Slug { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Human Services")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("Its address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/human-services")]
    public required string Api { get; init; }

    [Description("Its page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/human-services")]
    public required string Html { get; init; }
}

[Description("The \"Is this you?\" statements of a cluster page: what people in the cluster like doing, are like, and like learning.")]
public sealed record ApiStatements
{
    [Description("Things people in the cluster like to do.")]
    [ApiExample(new[] { "I like helping people feel better." })]
    public required IReadOnlyList<string> Activities { get; init; }

    [Description("What people in the cluster are like.")]
    [ApiExample(new[] { "I stay calm when things get busy." })]
    public required IReadOnlyList<string> Qualities { get; init; }

    [Description("School subjects they like.")]
    [ApiExample(new[] { "I like biology." })]
    public required IReadOnlyList<string> Subjects { get; init; }

    [Description("The language of the statements: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }
}
