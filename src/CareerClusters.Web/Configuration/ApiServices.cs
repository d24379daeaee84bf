using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Configuration;

/// <summary>Settings of the open data API (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one client address may send at once before the rate applies (the API's answers from the cache are not counted).</summary>
    public int MaxBurst { get; set; } = 600;

    /// <summary>Requests a second one client address may keep sending after the burst: 10 a second is 600 a minute.</summary>
    public int MaxRequestsPerSecond { get; set; } = 10;
}

internal static class ApiServices
{
    /// <summary>
    /// The open data API (docs/api.md): its OpenAPI document (Microsoft.AspNetCore.OpenApi, with the transformers that
    /// describe every field and give examples), CORS open to any site for reading, and the content version every
    /// answer names. Its output cache and rate limit policies are in CachingServices and RateLimitServices.
    /// </summary>
    internal static void AddOpenDataApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(SitePaths.ApiDocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            // The API's GET endpoints only: HEAD (HeadOnEveryGetRoute) answers the same, and no page is described.
            options.ShouldInclude = description => description.GroupName == SitePaths.ApiDocumentName && description.HttpMethod == HttpMethods.Get;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddSchemaTransformer<ApiSchemaTransformer>();
        });
        builder.Services.AddCors(options => options.AddPolicy(Policies.ApiCors, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("If-None-Match", "Accept-Language")
            .WithExposedHeaders("ETag", "Retry-After", "Content-Language")
            .SetPreflightMaxAge(TimeSpan.FromHours(24))));
        // The document describes numbers as numbers: the API writes them so (the web defaults would also allow strings).
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        builder.Services.AddScoped(services => new ApiContentVersion(ContentVersionOf(services.GetRequiredService<ContentGeneration>().Identity)));
    }

    /// <summary>A short, stable name for what a generation was made from: the same content and code give the same version on every server.</summary>
    private static string ContentVersionOf(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)), 0, 8);
}
