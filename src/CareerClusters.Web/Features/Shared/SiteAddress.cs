namespace CareerClusters.Web.Features.Shared;

/// <summary>The site's own address (scheme and host), for canonical links and links that leave the page.</summary>
public static class SiteAddress
{
    /// <summary>Site:BaseUrl when configured (behind a proxy the request's host may not be the public one), else the request's.</summary>
    public static string BaseUrl(HttpRequest request, IConfiguration configuration) =>
        configuration["Site:BaseUrl"]?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";
}
