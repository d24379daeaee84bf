using System.ComponentModel;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Features.Clusters;

[Description("A cluster with its pathways (sub-clusters), its jobs and where its jobs sit in the other framework.")]
public sealed record ClusterAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The cluster.")] ApiCluster Data);

[Description("A cluster: its words, its pathways (sub-clusters), its jobs, related clusters and the crosswalk to the other framework.")]
public sealed record ApiCluster
{
    [Description("The cluster's framework: \"16\" or \"2024\".")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("The cluster's name in addresses.")]
    [ApiExample("health-science")]
    public required string Slug { get; init; }

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

    [Description("The \"Is this you?\" statements.")]
    public required ApiStatements Statements { get; init; }

    [Description("The cluster's pathways (sub-clusters), in order.")]
    public required IReadOnlyList<ApiPathwayLink> Pathways { get; init; }

    [Description("The jobs the cluster page features, each once.")]
    public required IReadOnlyList<ApiJob> FeaturedOccupations { get; init; }

    [Description("Every job in the cluster's pathways (sub-clusters), each once, by title.")]
    public required IReadOnlyList<ApiJob> Occupations { get; init; }

    [Description("Clusters of the same framework the site suggests beside this one.")]
    public required IReadOnlyList<ApiRelatedCluster> Related { get; init; }

    [Description("Where the cluster's jobs sit in the other framework, most first.")]
    public required IReadOnlyList<ApiCrosswalkDestination> Crosswalk { get; init; }

    [Description("The cluster's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science")]
    public required string Api { get; init; }

    [Description("The cluster's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science")]
    public required string Html { get; init; }
}

[Description("A pathway (sub-cluster) with its jobs and where they sit in the other framework.")]
public sealed record PathwayAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The pathway (sub-cluster).")] ApiPathway Data);

[Description("A pathway of the 16 clusters, or a sub-cluster of the 2024 framework: its words, its cluster, its jobs, the cluster's other pathways and the crosswalk to the other framework.")]
public sealed record ApiPathway
{
    [Description("The framework: \"16\" or \"2024\".")]
    [ApiExample("16")]
    public required string Framework { get; init; }

    [Description("The pathway's name in addresses.")]
    [ApiExample("therapeutic-services")]
    public required string Slug { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Therapeutic Services")]
    public required string Title { get; init; }

    [Description("The official English title when title is a translation; else null.")]
    [ApiExample("Therapeutic Services")]
    public required string? OfficialTitle { get; init; }

    [Description("A few sentences on the pathway, in plain words for students.")]
    [ApiExample("Therapeutic services workers care for patients directly, over time.")]
    public required string Summary { get; init; }

    [Description("The language of title and summary: the answer's language, or \"en\" when they have no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("The cluster it belongs to, by its name in addresses.")]
    [ApiExample("health-science")]
    public required string Cluster { get; init; }

    [Description("The cluster's title, in the answer's language where the site has it.")]
    [ApiExample("Health Science")]
    public required string ClusterTitle { get; init; }

    [Description("The jobs the pathway page features, with a line about the work.")]
    public required IReadOnlyList<ApiFeaturedJob> FeaturedOccupations { get; init; }

    [Description("Every job in the pathway, by title.")]
    public required IReadOnlyList<ApiJob> Occupations { get; init; }

    [Description("The cluster's other pathways (sub-clusters).")]
    public required IReadOnlyList<ApiPathwayLink> OtherPathways { get; init; }

    [Description("Where the pathway's jobs sit in the other framework, most first.")]
    public required IReadOnlyList<ApiCrosswalkDestination> Crosswalk { get; init; }

    [Description("The pathway's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science/pathways/therapeutic-services")]
    public required string Api { get; init; }

    [Description("The pathway's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science/therapeutic-services")]
    public required string Html { get; init; }
}

[Description("A job a pathway page features, with a line about the work.")]
public sealed record ApiFeaturedJob
{
    [Description("The job.")]
    public required ApiJob Occupation { get; init; }

    [Description("A line about the work (the site's own summary), in the job's language; null when the site has none.")]
    [ApiExample("Registered nurses care for patients, give medicines and teach families how to manage an illness.")]
    public required string? Description { get; init; }
}
