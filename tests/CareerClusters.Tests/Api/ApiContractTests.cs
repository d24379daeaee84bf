using System.Net;
using System.Text.Json.Nodes;

namespace CareerClusters.Tests.Api;

/// <summary>
/// Each endpoint of the open data API, as a client sees it: its answer validates against the site's own OpenAPI
/// document and keeps the shape of its snapshot; its ETag gives a 304; a bad value or an unknown parameter gives a 400
/// problem naming it; an address where nothing is gives a 404 problem. Every problem validates against the document too.
/// </summary>
[Collection(ApiTests.Collection)]
public sealed class ApiContractTests(ApiSite site)
{
    private ApiSchemas? _schemas;

    private async Task<ApiSchemas> SchemasAsync() => _schemas ??= await ApiSchemas.OfAsync(site);

    [Fact]
    public async Task TheDocument_DescribesEveryEndpoint_AndEveryField()
    {
        var schemas = await SchemasAsync();
        var paths = schemas.Document["paths"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("3.1.1", schemas.Document["openapi"]!.GetValue<string>());
        Assert.Equal(ApiEndpoints.All.Select(e => e.Operation).Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        foreach (var (name, schema) in schemas.Document["components"]!["schemas"]!.AsObject())
        {
            Assert.False(string.IsNullOrWhiteSpace(schema!["description"]?.GetValue<string>()), $"{name} has no description");
            foreach (var (field, property) in schema["properties"]?.AsObject() ?? [])
            {
                string? description = property!["description"]?.GetValue<string>()
                    ?? property["oneOf"]?.AsArray().Select(c => c?["description"]?.GetValue<string>()).FirstOrDefault(d => d is not null);
                Assert.False(string.IsNullOrWhiteSpace(description), $"{name}.{field} has no description");
                // A field of values (not another schema, not a map) shows an example.
                bool ofValues = property["$ref"] is null && property["oneOf"] is null && property["items"]?["$ref"] is null && property["additionalProperties"] is null;
                Assert.True(!ofValues || property["examples"] is JsonArray { Count: > 0 }, $"{name}.{field} has no example");
            }
        }
        foreach (var parameter in schemas.Document["paths"]!.AsObject().SelectMany(p => p.Value!["get"]!["parameters"]!.AsArray()))
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"parameter {parameter["name"]} has no description");
            Assert.NotNull(parameter["example"]);
        }
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints.Each), MemberType = typeof(ApiEndpoints))]
    public async Task Ok_ValidatesAgainstTheDocument_AndKeepsTheShapeOfItsSnapshot(ApiEndpoint endpoint)
    {
        var schemas = await SchemasAsync();
        var answer = await Api.GetAsync(site, endpoint.Ok);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        schemas.AssertValid(schemas.SchemaOf(endpoint.Operation, "200"), answer.Body, endpoint.Ok);
        Assert.Equal("en", answer.Json!["meta"]!["language"]!.GetValue<string>());
        Assert.Equal(endpoint.Ok, answer.Json["meta"]!["self"]!.GetValue<string>());
        Assert.Equal(["onet", "bls", "advance-cte"], answer.Json["meta"]!["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.True(answer.Response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 300 }, $"Cache-Control {answer.Header("Cache-Control")}");
        Assert.Equal("en", answer.Header("Content-Language"));
        ApiShapes.AssertMatchesSnapshot(endpoint.Name, ApiShapes.Of(answer.Json));
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints.Each), MemberType = typeof(ApiEndpoints))]
    public async Task TheETag_GivesA304_WithNoBody(ApiEndpoint endpoint)
    {
        var first = await Api.GetAsync(site, endpoint.Ok);
        string etag = first.Header("ETag")!;

        var again = await Api.GetAsync(site, endpoint.Ok, ("If-None-Match", etag));
        var spanish = await Api.GetAsync(site, endpoint.Ok, ("If-None-Match", etag), ("Accept-Language", "es"));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
        Assert.Equal(etag, again.Header("ETag"));
        // The Spanish answer is another answer, with a tag of its own.
        Assert.Equal(HttpStatusCode.OK, spanish.Status);
        Assert.NotEqual(etag, spanish.Header("ETag"));
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints.Each), MemberType = typeof(ApiEndpoints))]
    public async Task ABadValue_AndAnUnknownParameter_Are400Problems_NamingTheParameter(ApiEndpoint endpoint)
    {
        var schemas = await SchemasAsync();
        var bad = await Api.GetAsync(site, endpoint.BadValue);
        string unknownAddress = endpoint.Ok + (endpoint.Ok.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "colour=blue";
        var unknown = await Api.GetAsync(site, unknownAddress);
        var twice = await Api.GetAsync(site, endpoint.Ok + (endpoint.Ok.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en&lang=es");

        foreach (var (answer, parameter, what) in new[] { (bad, endpoint.BadParameter, endpoint.BadValue), (unknown, "colour", unknownAddress), (twice, "lang", "lang twice") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal("application/problem+json", answer.MediaType);
            schemas.AssertValid("ApiProblem", answer.Body, what);
            Assert.Equal(parameter, answer.Json!["parameter"]!.GetValue<string>());
            Assert.Equal(400, answer.Json["status"]!.GetValue<int>());
            Assert.Contains(parameter, answer.Json["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(answer.Response.Headers.CacheControl is { NoStore: true, Private: true }, $"{what}: Cache-Control {answer.Header("Cache-Control")}");
        }
        Assert.Equal("/api#problem-unknown-parameter", unknown.Json!["type"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints.Each), MemberType = typeof(ApiEndpoints))]
    public async Task NothingThere_IsA404Problem(ApiEndpoint endpoint)
    {
        var schemas = await SchemasAsync();
        var answer = await Api.GetAsync(site, endpoint.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        schemas.AssertValid("ApiProblem", answer.Body, endpoint.NotFound);
        Assert.Equal(endpoint.NotFoundParameter, answer.Json!["parameter"]?.GetValue<string>());
        Assert.Equal("/api#problem-not-found", answer.Json["type"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints.Each), MemberType = typeof(ApiEndpoints))]
    public async Task AnswersHead_AndIsOpenToOtherSites_ButNeverChanges(ApiEndpoint endpoint)
    {
        var head = await Api.SendAsync(site, HttpMethod.Head, endpoint.Ok);
        var fromAnotherSite = await Api.GetAsync(site, endpoint.Ok, ("Origin", "https://schools.example.org"));
        var preflight = await Api.SendAsync(site, HttpMethod.Options, endpoint.Ok, ("Origin", "https://schools.example.org"),
            ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "if-none-match"));
        var delete = await Api.SendAsync(site, HttpMethod.Delete, endpoint.Ok);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal("*", fromAnotherSite.Header("Access-Control-Allow-Origin"));
        Assert.Contains("ETag", fromAnotherSite.Header("Access-Control-Expose-Headers")!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, preflight.Status);
        Assert.Equal("*", preflight.Header("Access-Control-Allow-Origin"));
        Assert.Contains("If-None-Match", preflight.Header("Access-Control-Allow-Headers")!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.Status);
        Assert.Equal("application/problem+json", delete.MediaType);
        (await SchemasAsync()).AssertValid("ApiProblem", delete.Body, "DELETE " + endpoint.Ok);
    }
}
