using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using CareerClusters.Tests.Support;
using Json.Schema;

namespace CareerClusters.Tests.Api;

/// <summary>The site over the real content (both frameworks, the crosswalk, Spanish words), shared by the API's test classes.</summary>
public sealed class ApiSite() : SiteFactory(TestPaths.RealContent, new Dictionary<string, string> { ["Content:WatchForChanges"] = "false" });

[CollectionDefinition(Collection)]
public sealed class ApiTests : ICollectionFixture<ApiSite>
{
    public const string Collection = "Open data API";
}

/// <summary>An answer of the API: status, headers and body (parsed when it is JSON).</summary>
public sealed record ApiAnswer(HttpStatusCode Status, HttpResponseMessage Response, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;
}

public static class Api
{
    public static async Task<ApiAnswer> GetAsync(SiteFactory site, string path, params (string Name, string Value)[] headers) =>
        await SendAsync(site, HttpMethod.Get, path, headers);

    public static async Task<ApiAnswer> SendAsync(SiteFactory site, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        var response = await client.SendAsync(request);
        // A compressed answer is read as a client would, after decompressing it.
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream body = response.Content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(body);
        return new ApiAnswer(response.StatusCode, response, await reader.ReadToEndAsync());
    }
}

/// <summary>
/// The JSON Schemas of the site's own OpenAPI document (3.1: JSON Schema draft 2020-12), one per answer type, to
/// validate answers with. The document's schemas list every field as required and allow no other, so an answer that
/// gains or loses a field fails.
/// </summary>
public sealed class ApiSchemas
{
    private readonly JsonObject _components;
    private readonly Dictionary<string, JsonSchema> _built = [];

    private ApiSchemas(JsonNode document)
    {
        Document = document;
        _components = document["components"]!["schemas"]!.AsObject();
    }

    public JsonNode Document { get; }

    public static async Task<ApiSchemas> OfAsync(SiteFactory site)
    {
        var answer = await Api.GetAsync(site, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return new ApiSchemas(answer.Json!);
    }

    /// <summary>The name of the schema of an operation's answer with this status, from the document.</summary>
    public string SchemaOf(string operationPath, string status)
    {
        var content = Document["paths"]![operationPath]!["get"]!["responses"]![status]!["content"]!.AsObject();
        string reference = content.First().Value!["schema"]!["$ref"]!.GetValue<string>();
        return reference[(reference.LastIndexOf('/') + 1)..];
    }

    /// <summary>Fails with every error when <paramref name="json"/> does not validate against the named schema.</summary>
    public void AssertValid(string schemaName, string json, string what)
    {
        var results = Schema(schemaName).Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.EvaluationPath})"))
            .Take(20)
            .ToList();
        Assert.True(results.IsValid, $"{what} does not validate against {schemaName}:\n  " + string.Join("\n  ", errors));
    }

    private JsonSchema Schema(string name)
    {
        if (!_built.TryGetValue(name, out var schema))
        {
            string defs = _components.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
            string text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$defs":{{defs}},"$ref":"#/$defs/{{name}}"}""";
            schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://careerclusters.test/{Guid.NewGuid():N}/{name}"));
            _built[name] = schema;
        }
        return schema;
    }
}
