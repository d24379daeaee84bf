using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Home;

/// <summary>The home page: the introduction, and the clusters of the district's framework (<see cref="FrameworkOptions"/>).</summary>
public sealed record HomeViewModel(PageMeta Meta, string Heading, IReadOnlyList<PageSection> Introduction, string Framework, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel
{

    public string OtherFramework => Framework == Frameworks.Sixteen ? Frameworks.Modern2024 : Frameworks.Sixteen;
}
