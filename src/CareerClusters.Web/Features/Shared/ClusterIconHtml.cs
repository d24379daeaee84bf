using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// A cluster's icon on a tile of its colour (_ClusterIcon.cshtml). Decorative: the cluster's name is always written
/// beside it. Written here rather than only in the partial so a list of many icons (search results) works out the
/// sprite's address once and writes each icon without running a partial view per row.
/// </summary>
public static class ClusterIconHtml
{
    /// <summary>
    /// The sprite's fingerprinted address (cached for a year, immutable), as the stylesheet and scripts get from their
    /// tag helpers; a version stamp where the static-asset manifest is not there.
    /// </summary>
    public static string SpriteAddress(HttpContext context, IFileVersionProvider versions)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return assets is null
            ? versions.AddFileVersionToPath(context.Request.PathBase, SitePaths.IconSprite)
            : context.Request.PathBase + "/" + assets[SitePaths.IconSprite.TrimStart('/')];
    }

    /// <summary>The icon's markup, each value HTML-encoded as Razor would write it.</summary>
    public static IHtmlContent Of(ClusterLook look, string sprite)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<span class=\"cluster-icon {encoder.Encode(look.AccentClass)}\" aria-hidden=\"true\"><svg width=\"24\" height=\"24\">" +
            $"<use href=\"{encoder.Encode(sprite)}#{encoder.Encode(look.Icon)}\"></use></svg></span>");
    }
}
