using System.ComponentModel;

namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>A cluster of the other framework that holds some of a group's jobs, with the pathways (sub-clusters) that hold them.</summary>
[Description("A cluster of the other framework where some of a group's jobs sit, computed from the jobs both frameworks place: how many of the group's jobs it holds, and in which of its pathways (sub-clusters).")]
public sealed record ApiCrosswalkDestination
{
    [Description("The other framework: \"16\" or \"2024\".")]
    [ApiExample("2024")]
    public required string Framework { get; init; }

    [Description("The cluster's name in addresses.")]
    [ApiExample("healthcare-and-human-services")]
    public required string Cluster { get; init; }

    [Description("The cluster's title, in the answer's language where the site has it.")]
    [ApiExample("Healthcare & Human Services")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("How many of the group's jobs this cluster holds.")]
    [ApiExample(61)]
    public required int Shared { get; init; }

    [Description("How many jobs the group has that the other framework places at all.")]
    [ApiExample(71)]
    public required int Total { get; init; }

    [Description("shared divided by total, from 0 to 1, to three decimals.")]
    [ApiExample(0.859)]
    public required double Share { get; init; }

    [Description("The pathways (sub-clusters) of this cluster that hold the jobs, most first.")]
    public required IReadOnlyList<ApiCrosswalkPart> Parts { get; init; }

    [Description("The cluster's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/2024/clusters/healthcare-and-human-services")]
    public required string Api { get; init; }

    [Description("The cluster's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.FrameworkPages + "/2024/healthcare-and-human-services")]
    public required string Html { get; init; }

    public static IReadOnlyList<ApiCrosswalkDestination> From(IEnumerable<CrosswalkDestination> destinations, string language) =>
        [.. destinations.Select(d => new ApiCrosswalkDestination
        {
            Framework = d.Cluster.Framework,
            Cluster = d.Cluster.Slug,
            Title = d.Title,
            Language = d.TitleLang ?? language,
            Shared = d.Shared,
            Total = d.Total,
            Share = d.Total == 0 ? 0 : Math.Round((double)d.Shared / d.Total, 3),
            Parts = [.. d.Parts.Select(p => Part(d, p, language))],
            Api = SitePaths.ApiCluster(d.Cluster.Framework, d.Cluster.Slug),
            Html = SitePaths.InLanguage(d.Path, language),
        })];

    private static ApiCrosswalkPart Part(CrosswalkDestination destination, CrosswalkPart part, string language)
    {
        string slug = SitePaths.PathwaySlugOf(part.Path) ?? "";
        return new ApiCrosswalkPart
        {
            Pathway = slug,
            Title = part.Title,
            Language = part.TitleLang ?? language,
            Shared = part.Shared,
            Api = SitePaths.ApiPathway(destination.Cluster.Framework, destination.Cluster.Slug, slug),
            Html = SitePaths.InLanguage(part.Path, language),
        };
    }
}

/// <summary>A pathway (sub-cluster) of a crosswalk destination, with how many of the group's jobs it holds.</summary>
[Description("A pathway (sub-cluster) of a crosswalk destination, with how many of the group's jobs it holds.")]
public sealed record ApiCrosswalkPart
{
    [Description("The pathway's (sub-cluster's) name in addresses.")]
    [ApiExample("physical-health")]
    public required string Pathway { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Physical Health")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("How many of the group's jobs it holds.")]
    [ApiExample(42)]
    public required int Shared { get; init; }

    [Description("Its address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/2024/clusters/healthcare-and-human-services/pathways/physical-health")]
    public required string Api { get; init; }

    [Description("Its page on the site, in the answer's language.")]
    [ApiExample(SitePaths.FrameworkPages + "/2024/healthcare-and-human-services/physical-health")]
    public required string Html { get; init; }
}
