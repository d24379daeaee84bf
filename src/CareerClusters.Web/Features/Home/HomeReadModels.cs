using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Home;

// What the home query returns: values from the content database, no wording (HomePages words the page).

/// <summary>The home page's content file (title, summary, introduction), and the clusters of the framework it shows.</summary>
public sealed record HomeDetails(string Title, string Summary, IReadOnlyList<PageSection> Introduction, string Framework, IReadOnlyList<ClusterCard> Clusters)
{
    /// <summary>"en" when the page's own text is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }
}
