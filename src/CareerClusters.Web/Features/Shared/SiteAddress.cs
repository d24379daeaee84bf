namespace CareerClusters.Web.Features.Shared;

/// <summary>The site's own address (scheme and host), for canonical links and links that leave the page.</summary>
public static class SiteAddress
{
    /// <summary>
    /// Site:BaseUrl when configured (behind a proxy the request's host may not be the public one), else the request's.
    /// The request's host is one the site owns: outside Development, host filtering answers only the hosts in
    /// AllowedHosts (or this machine's own names) when Site:BaseUrl is not set (Configuration/HostFilteringServices).
    /// </summary>
    public static string BaseUrl(HttpRequest request, IConfiguration configuration) =>
        configuration["Site:BaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
}
