using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace CareerClusters.Web.Features.ApiReference;

/// <summary>
/// The open data API's contract: its OpenAPI 3.1 document (made by Microsoft.AspNetCore.OpenApi from the API's
/// controllers, Configuration/ApiServices) and the reference page drawn from it. The endpoints themselves are each
/// feature's own API controller.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiReferenceController([FromKeyedServices(SitePaths.ApiDocumentName)] IOpenApiDocumentProvider documents, IStringLocalizer<SiteText> text,
    IConfiguration configuration) : Controller
{
    /// <summary>
    /// The document as JSON, by the site address it names as its server: it is made from the code alone, so once per
    /// process (a few addresses at most: the hosts the site answers are filtered), never once per query string.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Made = new(StringComparer.Ordinal);

    private const int MostAddresses = 8;

    [HttpGet(SitePaths.OpenApiDocument)]
    [OutputCache(PolicyName = Policies.Api)]
    [EnableRateLimiting(Policies.Api)]
    [EnableCors(Policies.ApiCors)]
    public async Task<IActionResult> Document(CancellationToken cancellationToken) =>
        Content(await DocumentJsonAsync(cancellationToken), "application/json");

    [HttpGet(SitePaths.ApiReference)]
    [OutputCache(PolicyName = Policies.ContentPages)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ApiReferencePages.From(JsonNode.Parse(await DocumentJsonAsync(cancellationToken))!, text));

    private async Task<string> DocumentJsonAsync(CancellationToken cancellationToken)
    {
        string site = SiteAddress.BaseUrl(Request, configuration);
        if (Made.TryGetValue(site, out string? json))
        {
            return json;
        }
        json = await (await documents.GetOpenApiDocumentAsync(cancellationToken)).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        if (Made.Count < MostAddresses)
        {
            Made[site] = json;
        }
        return json;
    }
}
