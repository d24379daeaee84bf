using System.ComponentModel;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Crosswalk;

/// <summary>The open data API's crosswalk between the 16 clusters and the 2024 framework, from the read models the crosswalk page uses.</summary>
[Tags("Crosswalk")]
public sealed class CrosswalkApiController(CrosswalkQueries queries) : ApiControllerBase
{
    [HttpGet(SitePaths.ApiCrosswalk, Name = "getCrosswalk")]
    [EndpointSummary("The crosswalk between the frameworks")]
    [EndpointDescription("For every cluster and pathway (sub-cluster) of one framework, where its jobs sit in the other, computed from the jobs both frameworks place: how many of its jobs each cluster and pathway of the other framework holds, biggest share first.")]
    [ProducesResponseType<CrosswalkAnswer>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetCrosswalk(
        [FromQuery, Description("The framework to read from: \"16\" (the default: from the 16 clusters to 2024) or \"2024\" (from 2024 to the 16).")] [ApiExample("16")] string? from,
        CancellationToken cancellationToken)
    {
        string? framework = string.IsNullOrEmpty(from) ? Frameworks.Sixteen : FrameworkOf(from);
        if (framework is null)
        {
            return BadParameter("from", $"from must be one of: {string.Join(", ", Frameworks.All)}.");
        }
        var clusters = await queries.FromAsync(framework, cancellationToken);
        string language = SiteCultures.Current;
        string Html(string path) => SitePaths.InLanguage(path, language);
        var data = new ApiCrosswalk
        {
            From = framework,
            To = framework == Frameworks.Sixteen ? Frameworks.Modern2024 : Frameworks.Sixteen,
            Clusters = [.. clusters.Select(c => new ApiCrosswalkCluster
            {
                Slug = c.Key.Slug,
                Title = c.Title,
                Language = c.TitleLang ?? language,
                Destinations = ApiCrosswalkDestination.From(c.Destinations, language),
                Pathways = [.. c.Pathways.Select(p => new ApiCrosswalkPathway
                {
                    Slug = p.Slug,
                    Title = p.Title,
                    Language = p.TitleLang ?? language,
                    OccupationCount = p.Jobs,
                    Destinations = ApiCrosswalkDestination.From(p.Destinations, language),
                    Api = SitePaths.ApiPathway(c.Key.Framework, c.Key.Slug, p.Slug),
                    Html = Html(p.Path),
                })],
                Api = SitePaths.ApiCluster(c.Key.Framework, c.Key.Slug),
                Html = Html(SitePaths.Cluster(c.Key)),
            })],
        };
        return Answer(new CrosswalkAnswer(Meta(SitePaths.Crosswalk), data));
    }
}

[Description("The crosswalk from one framework to the other.")]
public sealed record CrosswalkAnswer(
    [property: Description("What the answer says about itself.")] ApiMeta Meta,
    [property: Description("The crosswalk.")] ApiCrosswalk Data);

[Description("Where each cluster's and pathway's jobs of one framework sit in the other framework.")]
public sealed record ApiCrosswalk
{
    [Description("The framework read from.")]
    [ApiExample("16")]
    public required string From { get; init; }

    [Description("The framework its jobs are found in.")]
    [ApiExample("2024")]
    public required string To { get; init; }

    [Description("Every cluster of the framework read from, in its order.")]
    public required IReadOnlyList<ApiCrosswalkCluster> Clusters { get; init; }
}

[Description("A cluster of the framework read from, where its jobs sit, and the same for each of its pathways (sub-clusters).")]
public sealed record ApiCrosswalkCluster
{
    [Description("The cluster's name in addresses.")]
    [ApiExample("health-science")]
    public required string Slug { get; init; }

    [Description("Its title, in the answer's language where the site has it.")]
    [ApiExample("Health Science")]
    public required string Title { get; init; }

    [Description("The language of the title: the answer's language, or \"en\" when it has no Spanish yet.")]
    [ApiExample("en")]
    public required string Language { get; init; }

    [Description("Where its jobs sit in the other framework, biggest share first.")]
    public required IReadOnlyList<ApiCrosswalkDestination> Destinations { get; init; }

    [Description("Its pathways (sub-clusters), in order.")]
    public required IReadOnlyList<ApiCrosswalkPathway> Pathways { get; init; }

    [Description("The cluster's address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science")]
    public required string Api { get; init; }

    [Description("The cluster's page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science")]
    public required string Html { get; init; }
}

[Description("A pathway (sub-cluster) of the framework read from, and where its jobs sit in the other framework.")]
public sealed record ApiCrosswalkPathway
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

    [Description("How many jobs it holds.")]
    [ApiExample(71)]
    public required int OccupationCount { get; init; }

    [Description("Where its jobs sit in the other framework, biggest share first.")]
    public required IReadOnlyList<ApiCrosswalkDestination> Destinations { get; init; }

    [Description("Its address in this API.")]
    [ApiExample(SitePaths.ApiFrameworks + "/16/clusters/health-science/pathways/therapeutic-services")]
    public required string Api { get; init; }

    [Description("Its page on the site, in the answer's language.")]
    [ApiExample(SitePaths.Clusters + "/health-science/therapeutic-services")]
    public required string Html { get; init; }
}
