using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using QRCoder;

namespace CareerClusters.Web.Features.Share;

/// <summary>
/// The QR code of one of the site's own pages, for a slide or a printed handout: SVG for the page and print, PNG for
/// slide tools that take no SVG. It encodes the page's absolute canonical address (Site:BaseUrl when configured), in
/// the language of the page it was asked for (/es/... keeps Spanish).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class QrCodeController(IEnumerable<IShareablePages> shareable, IConfiguration configuration) : Controller
{
    /// <summary>Long enough for any page address of the site, short enough to keep the code easy to scan.</summary>
    public const int MaxPageLength = 300;

    [HttpGet(SitePaths.QrCodeSvg)]
    [OutputCache(PolicyName = Policies.QrCodes)]
    public async Task<IActionResult> Svg(string? page, CancellationToken cancellationToken)
    {
        var code = await CodeForAsync(page, cancellationToken);
        if (code is null)
        {
            return NotFound();
        }
        string svg = new SvgQRCode(code).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return Cached(Content(svg, "image/svg+xml"));
    }

    [HttpGet(SitePaths.QrCodePng)]
    [OutputCache(PolicyName = Policies.QrCodes)]
    public async Task<IActionResult> Png(string? page, CancellationToken cancellationToken)
    {
        var code = await CodeForAsync(page, cancellationToken);
        return code is null ? NotFound() : Cached(File(new PngByteQRCode(code).GetGraphic(16), "image/png"));
    }

    /// <summary>The code's data, or null when <paramref name="page"/> is not the canonical address of one of the site's pages.</summary>
    private async Task<QRCodeData?> CodeForAsync(string? page, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(page) || page.Length > MaxPageLength || page[0] != '/')
        {
            return null;
        }
        int question = page.IndexOf('?', StringComparison.Ordinal);
        string path = question < 0 ? page : page[..question];
        string query = question < 0 ? "" : page[(question + 1)..];
        // A page in another language (/es/clusters/...) is shareable when its English address is and it answers in every language.
        var (english, culture) = SitePaths.WithoutCulture(path);
        if (SitePaths.Canonical(english) != english || (culture != Data.SiteCultures.Default && (!SitePaths.HasLanguageVersion(english) || SitePaths.InCulture(english, culture) != path)))
        {
            return null;
        }
        foreach (var pages in shareable)
        {
            if (await pages.IsPageAsync(english, query, cancellationToken))
            {
                return QRCodeGenerator.GenerateQrCode(SiteAddress.BaseUrl(Request, configuration) + page, QRCodeGenerator.ECCLevel.M);
            }
        }
        return null;
    }

    /// <summary>A page's code changes only if the site's address does: browsers and proxies may keep it for a day.</summary>
    private T Cached<T>(T result) where T : IActionResult
    {
        Response.Headers.CacheControl = "public, max-age=86400";
        return result;
    }
}
