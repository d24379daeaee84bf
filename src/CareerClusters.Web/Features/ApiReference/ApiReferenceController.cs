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
public sealed class ApiReferenceController([FromKeyedServices(SitePaths.ApiDocumentName)] IOpenApiDocumentProvider documents, IStringLocalizer<SiteText> text) : Controller
{
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

    private async Task<string> DocumentJsonAsync(CancellationToken cancellationToken) =>
        await (await documents.GetOpenApiDocumentAsync(cancellationToken)).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
}
