using System.Net;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Http;

/// <summary>
/// The site on a real loopback port (Kestrel), as HTTP clients see it: the in-memory test server neither drops the
/// body of a HEAD answer nor goes through a socket. Requests go out without automatic decompression or redirects.
/// </summary>
public sealed class HttpSite : IDisposable
{
    private readonly SiteFactory _factory;

    public HttpSite()
    {
        // A build serves its static files from the build's manifest, which the framework marks no-cache unless told
        // otherwise; a published app serves the same manifest headers this setting keeps (bench/pages.sh checks them).
        _factory = new SiteFactory(TestPaths.TestContent, new Dictionary<string, string> { ["EnableStaticAssetsDevelopmentCaching"] = "true" });
        _factory.UseKestrel(0);
        _factory.StartServer();
        Client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = _factory.ClientOptions.BaseAddress,
        };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        var response = await Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>A response's Cache-Control directives in a fixed order, so "private, no-cache" reads the same however sent.</summary>
    public static string CacheControl(HttpResponseMessage response) =>
        Directives(response.Headers.TryGetValues("Cache-Control", out var values) ? string.Join(",", values) : "");

    public static string Directives(string cacheControl) =>
        string.Join(", ", cacheControl.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
