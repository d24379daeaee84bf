using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace CareerClusters.Web.Configuration;

public static class Pipeline
{
    public static WebApplication UseCareerClustersPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        // After static files, so the request log is about pages, not stylesheets.
        app.UseSerilogRequestLogging();
        app.UseRedirectsForMovedPages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.EvictCachedPagesOnContentChange();
        app.MapHealthChecks("/healthz");
        app.MapControllers();
        return app;
    }

    /// <summary>Cached pages are keyed by generation already; dropping the old ones frees their memory at once.</summary>
    private static void EvictCachedPagesOnContentChange(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<ContentStore>().GenerationChanged += generation =>
        {
            _ = cache.EvictByTagAsync(ServiceRegistration.ContentCacheTag, CancellationToken.None).AsTask();
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

    /// <summary>
    /// A page that is not found may have moved (a renamed cluster or pathway): answer with a permanent
    /// redirect to its current address before the 404 page is shown.
    /// </summary>
    private static void UseRedirectsForMovedPages(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            await next();
            if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
                || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }
            string path = (context.Request.Path.Value ?? "").TrimEnd('/').ToLowerInvariant();
            var db = context.RequestServices.GetRequiredService<ContentDbContext>();
            string? target = await db.Redirects.Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(context.RequestAborted);
            if (target is not null)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target + context.Request.QueryString;
            }
        });
}
