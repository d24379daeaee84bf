using Microsoft.AspNetCore.HostFiltering;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// The host names the site answers (ASP.NET Core's host filtering, which answers any other Host header with a bare
/// 400 before a page is built). Canonical links, link previews, the sitemap and QR codes use <c>Site:BaseUrl</c>, or
/// else the request's own host: so without <c>Site:BaseUrl</c> outside Development, the request's host must be one the
/// site owns. The rule (docs/deploy.md):
/// <list type="bullet">
/// <item><c>AllowedHosts</c> set: exactly those hosts; but <c>*</c> without <c>Site:BaseUrl</c> outside Development stops the start-up.</item>
/// <item><c>AllowedHosts</c> not set: any host when <c>Site:BaseUrl</c> is set (nothing is built from the Host header) or in
/// Development; otherwise only this machine's own names (localhost, 127.0.0.1, [::1]).</item>
/// </list>
/// </summary>
internal static class HostFilteringServices
{
    public const string AllowedHostsSetting = "AllowedHosts";
    public const string BaseUrlSetting = "Site:BaseUrl";

    /// <summary>What a site with neither setting answers outside Development: a quick try on one's own machine works.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    internal static void AddSiteHosts(this WebApplicationBuilder builder)
    {
        var hosts = AllowedHosts(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = [.. hosts]);
    }

    /// <summary>The hosts to answer; throws, with a message naming the settings, for a configuration that would let any Host header into the site's links.</summary>
    public static IReadOnlyList<string> AllowedHosts(IConfiguration configuration, bool development)
    {
        string? baseUrl = configuration[BaseUrlSetting];
        bool hasBaseUrl = !string.IsNullOrWhiteSpace(baseUrl);
        if (hasBaseUrl && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException($"{BaseUrlSetting} is \"{baseUrl}\", which is not an http or https address. Set it to the site's public address, e.g. https://careers.example.org.");
        }
        var configured = (configuration[AllowedHostsSetting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (configured.Length > 0)
        {
            if (configured.Contains("*") && !hasBaseUrl && !development)
            {
                throw new InvalidOperationException(
                    $"{AllowedHostsSetting} is \"*\" and {BaseUrlSetting} is not set: the site's links and QR codes would then use whatever host a request names. " +
                    $"Set {BaseUrlSetting} to the site's public address (e.g. Site__BaseUrl=https://careers.example.org), or list the host names the site answers " +
                    $"in {AllowedHostsSetting} (e.g. AllowedHosts=careers.example.org;localhost). See docs/deploy.md.");
            }
            return configured;
        }
        return hasBaseUrl || development ? ["*"] : LoopbackHosts;
    }

    /// <summary>Says at start-up when only this machine's names are answered, so a 400 from another address is no mystery.</summary>
    internal static void LogHostRule(this WebApplication app)
    {
        var hosts = AllowedHosts(app.Configuration, app.Environment.IsDevelopment());
        if (ReferenceEquals(hosts, LoopbackHosts))
        {
            app.Logger.LogWarning("Neither {BaseUrl} nor {AllowedHosts} is set: the site answers only requests for {Hosts}. Set {BaseUrl} to its public address (docs/deploy.md)",
                BaseUrlSetting, AllowedHostsSetting, string.Join(", ", hosts), BaseUrlSetting);
        }
    }
}
