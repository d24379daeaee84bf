namespace CareerClusters.Web.Features.Shared;

// The open data API (docs/api.md): read-only JSON under /api/v1, its OpenAPI document and its reference page. These
// addresses are a contract with every district that builds on them, like the pages' addresses.
public static partial class SitePaths
{
    /// <summary>The reference page of the open data API, drawn by the site from its OpenAPI document.</summary>
    public const string ApiReference = Api;

    /// <summary>Version 1 of the open data API: a change to its answers' shape is a new version.</summary>
    public const string ApiV1 = Api + "/v1";

    /// <summary>The OpenAPI 3.1 document of version 1.</summary>
    public const string OpenApiDocument = "/openapi/" + ApiDocumentName + ".json";

    /// <summary>The name of the OpenAPI document (Microsoft.AspNetCore.OpenApi's document name).</summary>
    public const string ApiDocumentName = "v1";

    public const string ApiFrameworks = ApiV1 + "/frameworks";
    public const string ApiOccupations = ApiV1 + "/occupations";
    public const string ApiCrosswalk = ApiV1 + "/crosswalk";
    public const string ApiSearch = ApiV1 + "/search";

    public static string ApiClusters(string framework) => $"{ApiFrameworks}/{framework}/clusters";

    public static string ApiCluster(string framework, string clusterSlug) => $"{ApiClusters(framework)}/{clusterSlug}";

    public static string ApiPathway(string framework, string clusterSlug, string pathwaySlug) => $"{ApiCluster(framework, clusterSlug)}/pathways/{pathwaySlug}";

    public static string ApiOccupation(string occupation) => $"{ApiOccupations}/{occupation}";

    /// <summary>Whether an address is one of the API's answers (not its reference page or the suggestion API).</summary>
    public static bool IsApiV1(PathString path) => path.StartsWithSegments(ApiV1);

    public static bool IsApiV1(string path) => path == ApiV1 || path.StartsWith(ApiV1 + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Route templates of the API, in the same shapes as the builders above.</summary>
    public static class ApiRoutes
    {
        public const string Clusters = ApiFrameworks + "/{framework}/clusters";
        public const string Cluster = Clusters + "/{cluster}";
        public const string Pathway = Cluster + "/pathways/{pathway}";
        public const string Occupation = ApiOccupations + "/{occupation}";
    }
}
