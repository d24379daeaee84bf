using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Languages;
using CareerClusters.Web.Features.Redirects;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Serilog;
using Serilog.Events;

namespace CareerClusters.Web.Configuration;

public static class Pipeline
{
    public static WebApplication UseCareerClustersPipeline(this WebApplication app)
    {
        // Host filtering itself runs first of all (ASP.NET Core's own start-up filter, with HostFilteringServices' hosts).
        app.LogHostRule();
        // "/es/clusters/..." is "/clusters/..." in Spanish: the code moves to the path base before anything reads the path.
        app.UseLanguagePrefixes();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = RequestLogLevel;
            // This host's own logger (with its sinks and the secret redaction), not the static one another host may have set.
            options.Logger = app.Services.GetService<Serilog.ILogger>();
        });
        app.UseCanonicalAddresses();
        // Pages known in advance are answered here, as sent the first time, before routing, MVC and the output cache.
        app.UsePrerenderedPages();
        app.UseRedirectsForMovedPages();
        app.UseRequestLocalization();
        app.UseRouting();
        // The open data API only (its controllers' EnableCors): any site may read it, and ask for it with a preflight.
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOneAcceptEncoding();
        // Compression runs inside the output cache: a page is cached compressed (one entry per encoding) and is
        // compressed once per content generation, not on every request.
        app.UseOutputCache();
        app.UseWhen(context => !HoldsASecret(context.Request.Path), branch => branch.UseResponseCompression());
        // After the output cache: a page or search answered from the cache costs nothing and is not counted.
        app.UseRateLimiter();
        app.EvictCachedPagesOnContentChange();
        app.MapStaticAssets();
        app.MapHealthAnswer();
        app.MapControllers().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// Pages with a secret in them (the admin pages, a list's private editor: any address with a secret segment) are sent uncompressed, so an attacker who
    /// can add text to a request cannot learn the secret from compressed sizes (BREACH). Search pages reflect text but
    /// hold no secret.
    /// </summary>
    private static bool HoldsASecret(PathString path) =>
        path.StartsWithSegments(SitePaths.Admin) || SitePaths.SecretSegments.Any(segment => path.Value!.Contains($"/{segment}/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The request log is about pages: stylesheets, scripts and icons (paths with a file extension) only at Debug.</summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : Path.HasExtension(context.Request.Path.Value) ? LogEventLevel.Debug
        : LogEventLevel.Information;

    /// <summary>Cached pages are keyed by generation already; dropping the old ones frees their memory at once.</summary>
    private static void EvictCachedPagesOnContentChange(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<ContentStore>().GenerationChanged += newGeneration =>
        {
            _ = cache.EvictByTagAsync(Policies.ContentCacheTag, CancellationToken.None).AsTask();
        };
    }

    private static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next();
        });
}
