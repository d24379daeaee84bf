using System.Net;
using CareerClusters.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Pages;

/// <summary>An unexpected failure shows a friendly page, never a stack trace.</summary>
public sealed class ServerErrorTests : IDisposable
{
    private readonly FailingSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AnUnhandledException_ShowsAFriendly500PageWithoutDetails()
    {
        using var client = _site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/test-failure", UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<h1>Something went wrong</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clusters\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderEs_TheFriendly500Page_IsInSpanish()
    {
        using var client = _site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/es/test-failure", UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Algo salió mal</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/clusters\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
    }

    /// <summary>The real site with one extra address that throws, behind the site's own error handling.</summary>
    private sealed class FailingSite() : SiteFactory(TestPaths.TestContent)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
        }
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == "/test-failure" ? throw new InvalidOperationException("secret detail") : nextMiddleware(context));
        };
    }
}
