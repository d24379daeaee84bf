using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareerClusters.Web.Configuration;

/// <summary>The document's own description: what the API is, its terms, its server, contact and the data licences.</summary>
internal sealed class ApiDocumentTransformer(IHttpContextAccessor accessor, IConfiguration configuration) : IOpenApiDocumentTransformer
{
    public const string Title = "CareerClusters open data API";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        string site = accessor.HttpContext is { } http ? SiteAddress.BaseUrl(http.Request, configuration) : "http://localhost";
        document.Info = new OpenApiInfo
        {
            Title = Title,
            Version = "1",
            Summary = "The site's career clusters, pathways, jobs, crosswalk and search as JSON: read-only, free, no key.",
            Description =
                "Read-only JSON of the data behind the site's pages: the National Career Clusters Framework (16 clusters) and Advance CTE's 2024 " +
                "framework, their pathways (sub-clusters), the jobs in them with tasks, education, pay and outlook, the crosswalk between the two " +
                "frameworks, and search. No key and no sign-up.\n\n" +
                "**Language.** `lang=es` (or an `Accept-Language` header that prefers Spanish) gives the Spanish words where the site has them; " +
                "`meta.language` says which language the answer is in, and each item's `language` says when its words are still English.\n\n" +
                "**Caching.** Every answer has an `ETag` that changes only when the site's content does: send it back in `If-None-Match` for a 304. " +
                "Shared caches may keep answers (`Cache-Control: public`).\n\n" +
                "**Limits.** Generous limits per client address (600 requests at once, then 10 a second); past them a 429 says in `Retry-After` how long to wait.\n\n" +
                "**Errors.** Every 4xx is an RFC 9457 problem (`application/problem+json`) that names the parameter at fault; an unknown parameter is a 400.\n\n" +
                "**Any site may read it** (CORS: `Access-Control-Allow-Origin: *`).\n\n" +
                "**Licences.** Every answer lists its data sources in `meta.sources` with their credit lines: O*NET 29.3 (CC BY 4.0), BLS Employment " +
                "Projections (public domain) and Advance CTE's crosswalk (used with credit). Show the credit lines wherever you show the data.",
            Contact = new OpenApiContact { Name = "CareerClusters", Url = new Uri(site + SitePaths.ApiReference) },
            License = new OpenApiLicense { Name = "O*NET data: CC BY 4.0 (see meta.sources for every source)", Url = new Uri(ApiSources.All[0].LicenceUrl!) },
        };
        document.Servers = [new OpenApiServer { Url = site, Description = "This site" }];
        var tags = new Dictionary<string, string>
        {
            ["Frameworks and clusters"] = "The two frameworks, their clusters and their pathways (sub-clusters), each with its jobs.",
            ["Occupations"] = "Jobs: the filtered list (Jobs A–Z) and each job's details.",
            ["Crosswalk"] = "Where each framework's jobs sit in the other, computed from the jobs both place.",
            ["Search"] = "The site's search, as data.",
        };
        document.Tags = new HashSet<OpenApiTag>(tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        return Task.CompletedTask;
    }
}

/// <summary>Each operation's common parameter (lang), its parameters' examples and allowed values, and its answers' headers and descriptions.</summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    /// <summary>The values a parameter takes, by name: the same lists the endpoints check against.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> Values = new()
    {
        ["framework"] = Frameworks.All,
        ["from"] = Frameworks.All,
        ["education"] = EducationLevels.Keys,
        ["outlook"] = ["faster", "average", "slower", "none"],
        ["sort"] = ["name", "pay", "growth"],
        ["kind"] = [PageKinds.Cluster, PageKinds.Pathway, PageKinds.Occupation, PageKinds.Guide, PageKinds.District],
        [ApiParametersAttribute.Lang] = SiteCultures.All,
    };

    private static readonly Dictionary<string, string> Answers = new()
    {
        ["200"] = "The answer.",
        ["304"] = "Not modified: the ETag sent in If-None-Match is still the answer's. No body.",
        ["400"] = "A parameter the endpoint does not know, or a value it does not accept: the problem names the parameter.",
        ["404"] = "Nothing is at this address (an unknown framework, cluster, pathway or job), or the page asked for is after the last.",
        ["429"] = "Too many requests from this address: wait the seconds in Retry-After.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var infos = context.Description.ActionDescriptor.Parameters.OfType<ControllerParameterDescriptor>().ToDictionary(p => p.BindingInfo?.BinderModelName ?? p.Name, p => p.ParameterInfo);
        operation.Parameters ??= [];
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && infos.TryGetValue(name, out var info) && info.GetCustomAttribute<ApiExampleAttribute>() is { } example)
            {
                parameter.Example = JsonSerializer.SerializeToNode(example.Value);
            }
            if (parameter.Name is { } named && Values.TryGetValue(named, out var values) && parameter.Schema is OpenApiSchema schema)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ApiParametersAttribute.Lang,
            In = ParameterLocation.Query,
            Description = "The language of the answer's words: en (English) or es (Spanish). Without it, the Accept-Language header decides, else English.",
            Required = false,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. SiteCultures.All.Select(v => (JsonNode)JsonValue.Create(v))] },
            Example = JsonValue.Create(SiteCultures.Spanish),
        });
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }
            answer.Description = Answers.TryGetValue(status, out string? described) ? described : answer.Description;
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status is "200" or "304")
            {
                answer.Headers["ETag"] = Header("The answer's version: the same until the site's content changes.");
                answer.Headers["Cache-Control"] = Header("How long caches may keep the answer (public: shared caches too).");
            }
            if (status == "200")
            {
                answer.Headers["Content-Language"] = Header("The language of the answer's words: en or es.");
            }
            if (status == "429")
            {
                answer.Headers["Retry-After"] = Header("The seconds to wait before the next request.");
            }
        }
        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}

/// <summary>
/// Every answer's schema is exact: each object lists all its fields as required (a null is written, never left out) and
/// allows no others, so a response in the tests that gains or loses a field fails its validation. Examples come from
/// <see cref="ApiExampleAttribute"/>.
/// </summary>
internal sealed class ApiSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ApiExampleAttribute), inherit: true).OfType<ApiExampleAttribute>().FirstOrDefault() is { } example)
        {
            if (JsonSerializer.SerializeToNode(example.Value) is { } value)
            {
                schema.Examples = [value];
            }
        }
        if (schema.Properties is { Count: > 0 } properties && schema.AdditionalProperties is null)
        {
            schema.Required = new HashSet<string>(properties.Keys);
            schema.AdditionalPropertiesAllowed = false;
        }
        return Task.CompletedTask;
    }
}
