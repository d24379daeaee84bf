using System.Text.Json.Nodes;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.ApiReference;

public sealed record ApiReferenceViewModel(
    PageMeta Meta,
    string Server,
    IReadOnlyList<ApiEndpointDoc> Endpoints,
    IReadOnlyList<ApiSchemaDoc> Schemas,
    IReadOnlyList<ApiProblemDoc> Problems,
    IReadOnlyList<ApiSource> Sources) : IPageViewModel;

/// <summary>One endpoint as the reference page shows it, with an example address built from its parameters' examples.</summary>
public sealed record ApiEndpointDoc(string Id, string Path, string Summary, string Description, IReadOnlyList<ApiFieldDoc> Parameters,
    IReadOnlyList<ApiResponseDoc> Responses, string Example);

/// <summary>A parameter or a field: its name, type (and the schema it links to), whether it is required, its meaning, example and values.</summary>
public sealed record ApiFieldDoc(string Name, string Type, string? TypeLink, bool Required, string Description, string? Example, IReadOnlyList<string> Values)
{
    /// <summary>Where a parameter is: "path" or "query"; empty for a field.</summary>
    public string In { get; init; } = "";
}

public sealed record ApiResponseDoc(string Status, string Description, string? Schema);

public sealed record ApiSchemaDoc(string Name, string Description, IReadOnlyList<ApiFieldDoc> Fields);

public sealed record ApiProblemDoc(string Anchor, int Status, string Title, string Meaning);

/// <summary>
/// The reference page at <see cref="SitePaths.ApiReference"/>, drawn on the server from the same OpenAPI document the
/// site serves at <see cref="SitePaths.OpenApiDocument"/>: every endpoint, parameter and field with its description and
/// example, so the page can never disagree with the contract. No script, nothing loaded from another site.
/// </summary>
public static class ApiReferencePages
{
    public static ApiReferenceViewModel From(JsonNode document, IStringLocalizer<SiteText> text)
    {
        string server = document["servers"]?[0]?["url"]?.GetValue<string>() ?? "";
        var endpoints = new List<ApiEndpointDoc>();
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            if (item?["get"] is not JsonObject operation)
            {
                continue;
            }
            var parameters = (operation["parameters"]?.AsArray() ?? []).OfType<JsonObject>().Select(p => Field(p["name"]?.GetValue<string>() ?? "", p["schema"],
                p["required"]?.GetValue<bool>() == true, p["description"]?.GetValue<string>() ?? "", p["example"]) with { In = p["in"]?.GetValue<string>() ?? "" }).ToList();
            var responses = (operation["responses"]?.AsObject() ?? []).Select(r => new ApiResponseDoc(r.Key, r.Value?["description"]?.GetValue<string>() ?? "",
                r.Value?["content"]?.AsObject().FirstOrDefault().Value?["schema"] is { } schema ? RefName(schema) : null)).ToList();
            endpoints.Add(new ApiEndpointDoc(operation["operationId"]?.GetValue<string>() ?? path, path, operation["summary"]?.GetValue<string>() ?? path,
                operation["description"]?.GetValue<string>() ?? "", parameters, responses, ExampleOf(path, parameters)));
        }
        endpoints = [.. endpoints.OrderBy(e => RankOf(e.Path)).ThenBy(e => e.Path.Length)];
        var schemas = (document["components"]?["schemas"]?.AsObject() ?? []).Select(s => new ApiSchemaDoc(s.Key, s.Value?["description"]?.GetValue<string>() ?? "",
            [.. (s.Value?["properties"]?.AsObject() ?? []).Select(p => Field(p.Key, p.Value, true, p.Value?["description"]?.GetValue<string>() ?? "", p.Value?["example"]))]))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var problems = ApiProblems.Kinds.Select(k => new ApiProblemDoc(ApiProblems.Anchor(k.Kind), k.Status, k.Title, k.Meaning)).ToList();
        var meta = new PageMeta(text["Open data API"], text["Read-only JSON of the site's career clusters, pathways, jobs, crosswalk and search, for districts and other tools: free, no key."],
            SitePaths.ApiReference, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Open data API"])]);
        return new ApiReferenceViewModel(meta, server, endpoints, schemas, problems, ApiSources.All);
    }

    private static ApiFieldDoc Field(string name, JsonNode? schema, bool required, string description, JsonNode? example) =>
        new(name, TypeOf(schema), RefName(schema) ?? ItemsRef(schema), required, description,
            example is null ? null : example.ToJsonString(ApiJson.Options),
            [.. (schema?["enum"]?.AsArray() ?? []).Select(v => v?.ToString() ?? "null")]);

    /// <summary>A schema's type in words: "string", "integer or null", "array of ApiJob", "ApiOutlook or null".</summary>
    private static string TypeOf(JsonNode? schema)
    {
        if (schema is null)
        {
            return "any";
        }
        if (RefName(schema) is { } name)
        {
            return name;
        }
        if ((schema["oneOf"] ?? schema["anyOf"]) is { } choices)
        {
            return string.Join(" or ", choices.AsArray().Select(TypeOf).Distinct());
        }
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t?.GetValue<string>() ?? "").ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        string main = types.FirstOrDefault(t => t != "null") ?? "null";
        string described = main switch
        {
            "array" => "array of " + TypeOf(schema["items"]),
            "object" when schema["additionalProperties"] is JsonObject values => "object of " + TypeOf(values),
            _ => main,
        };
        return types.Contains("null") && main != "null" ? described + " or null" : described;
    }

    private static string? RefName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? reference[(reference.LastIndexOf('/') + 1)..] : null;

    private static string? ItemsRef(JsonNode? schema) =>
        RefName(schema?["items"]) ?? (schema?["oneOf"] ?? schema?["anyOf"])?.AsArray().Select(RefName).FirstOrDefault(n => n is not null);

    /// <summary>The query parameters an example address shows, the first an endpoint has.</summary>
    private static readonly string[] TastingParameters = ["q", "cluster", "from"];

    /// <summary>The order of the endpoints on the page: from the frameworks down to a job, then the crosswalk and search.</summary>
    private static readonly string[] Order = [SitePaths.ApiFrameworks, SitePaths.ApiOccupations, SitePaths.ApiCrosswalk, SitePaths.ApiSearch];

    private static int RankOf(string path) => Array.FindIndex(Order, prefix => path.StartsWith(prefix, StringComparison.Ordinal)) is var rank and >= 0 ? rank : Order.Length;

    /// <summary>The endpoint's address with each path parameter's example, and a telling query parameter's example as a taste.</summary>
    private static string ExampleOf(string path, IReadOnlyList<ApiFieldDoc> parameters)
    {
        foreach (var parameter in parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + parameter.Name + "}", parameter.Example?.Trim('"') ?? parameter.Name, StringComparison.Ordinal);
        }
        var query = parameters.Where(p => p.In == "query" && p.Example is not null && TastingParameters.Contains(p.Name))
            .OrderBy(p => Array.IndexOf(TastingParameters, p.Name)).FirstOrDefault();
        return query is null ? path : $"{path}?{query.Name}={Uri.EscapeDataString(query.Example!.Trim('"'))}";
    }
}
