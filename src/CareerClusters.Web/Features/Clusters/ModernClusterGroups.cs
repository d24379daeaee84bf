using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>A heading for a group of 2024 clusters, and a line about it.</summary>
public sealed record ClusterGroupName(string Title, string? Note);

/// <summary>
/// Names for the groups the 2024 clusters fall into by the first two digits of their codes. The names are ours, to
/// help a student scan; the framework's only named group is its three cross-cutting clusters ("06").
/// </summary>
public static class ModernClusterGroups
{
    public static ClusterGroupName Of(string codePrefix, IStringLocalizer<SiteText> text) => codePrefix switch
    {
        "01" => new(text["Making, building and moving things"], null),
        "02" => new(text["Arts, events and travel"], null),
        "03" => new(text["Money and finance"], null),
        "04" => new(text["Learning, health and public service"], null),
        "05" => new(text["Farms, energy and the land"], null),
        "06" => new(text["Cross-cutting clusters"],
            text["These three clusters cut across all the others: every kind of business needs people who work with technology, lead teams and sell."]),
        _ => new(text["More clusters"], null),
    };
}
