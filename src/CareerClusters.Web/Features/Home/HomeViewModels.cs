using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Home;

/// <summary>The home page: the introduction, and the clusters of the district's framework (<see cref="FrameworkOptions"/>).</summary>
public sealed record HomeViewModel(PageMeta Meta, string Heading, IReadOnlyList<PageSection> Introduction, string Framework, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel
{
    /// <summary>"en" when the page's own text is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }

    public string OtherFramework => Framework == Frameworks.Sixteen ? Frameworks.Modern2024 : Frameworks.Sixteen;
}
