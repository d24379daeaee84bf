using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// Pages known in advance, answered like static files. The first anonymous GET of a content page (a cluster, pathway,
/// sub-cluster, job, guide, the home page, an index) is drawn the normal way and kept, as sent, in its content
/// generation's <see cref="PrerenderedPages"/>, one copy per address and encoding; later requests for it are answered
/// from those bytes at the front of the pipeline, without routing, MVC or the output cache. It runs after the security
/// headers, the request log and the canonical-address redirects, so those apply to every answer, and it answers an
/// If-None-Match with 304 as the page would.
/// A request that may get a page of its own goes the normal way: one with a query string, one that carries any of
/// the site's cookies (a shortlist, a state, a survey result, a language answer, an admin's sign-in) or whose browser
/// would be offered the Spanish page. Pages are drawn when first asked for, not all at a generation's start: start-up
/// stays short and only the pages people read take memory (bounded by Http:PrerenderedPagesMegabytes).
/// </summary>
public static class PrerenderedPagesMiddleware
{
    /// <summary>A page larger than this is sent but not kept (the largest, the sitemap, is about half of it).</summary>
    private const int MaxPageBytes = 4 * 1024 * 1024;

    /// <summary>Response headers that belong to one answer, not to the page.</summary>
    private static readonly HashSet<string> PerAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.SetCookie, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection,
    };

    /// <summary>What a 304 repeats of the page's headers (RFC 9110 15.4.5).</summary>
    private static readonly HashSet<string> OnNotModified = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ETag, HeaderNames.CacheControl, HeaderNames.Vary, HeaderNames.Expires, HeaderNames.ContentLocation,
    };

    public static IApplicationBuilder UsePrerenderedPages(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<ContentStore>();
        long limit = app.ApplicationServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value.PrerenderedPagesMegabytes * 1024L * 1024L;
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (!MayShareAPage(request) || store.Current is not { } generation)
            {
                return next(context);
            }
            string key = KeyOf(request);
            if (generation.Prerendered.Find(key) is { } page)
            {
                return SendAsync(context, page);
            }
            return HttpMethods.IsGet(request.Method) && generation.Prerendered.Bytes < limit
                ? DrawAndKeepAsync(context, next, key, limit)
                : next(context);
        });
    }

    /// <summary>
    /// Whether this request would get the page every visitor without the site's cookies gets: a GET or HEAD without a
    /// query string, without any of the site's cookies (all named cc_…, or ASP.NET Core's own), and not from a browser
    /// that would be offered the page in its language.
    /// </summary>
    public static bool MayShareAPage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || request.QueryString.HasValue)
        {
            return false;
        }
        if (request.Headers.Cookie.Count > 0 && request.Cookies.Keys.Any(IsTheSitesCookie))
        {
            return false;
        }
        // An English page offers the Spanish one to a browser whose first language is Spanish (LanguageChoice).
        return request.PathBase.HasValue || LanguageChoice.FirstOf(request.Headers.AcceptLanguage) is null or SiteCultures.Default;
    }

    public static bool IsTheSitesCookie(string name) =>
        name.StartsWith("cc_", StringComparison.Ordinal) || name.StartsWith(".AspNetCore.", StringComparison.Ordinal);

    /// <summary>
    /// True while a page this middleware will keep is being drawn: the output cache then neither looks it up nor keeps
    /// a second copy of it (CachingServices).
    /// </summary>
    public static bool IsBeingKept(HttpContext context) =>
        context.Features.Get<KeepingThePage>() is not null && IsPrerenderable(context.GetEndpoint());

    /// <summary>Pages made only from the content (and, without a cookie, the same for everyone): their output cache policy says so.</summary>
    private static bool IsPrerenderable(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: false } cache && Policies.IsContentPage(cache.PolicyName);

    /// <summary>The address (its scheme, host, language and path: the path is canonical by now) and the one encoding the body is sent in.</summary>
    private static string KeyOf(HttpRequest request) => string.Concat(
        request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, " ", AcceptEncodingNormalization.Preferred(request.Headers.AcceptEncoding));

    private static Task SendAsync(HttpContext context, PrerenderedPage page)
    {
        var response = context.Response;
        bool notModified = context.Request.Headers.IfNoneMatch.Count > 0 && HttpCacheHeadersFilter.IsConfirmedBy(context.Request, page.ETag);
        foreach (var (name, value) in page.Headers)
        {
            if (!notModified || OnNotModified.Contains(name))
            {
                response.Headers[name] = value;
            }
        }
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentLength = page.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(page.Body, 0, page.Body.Length, context.RequestAborted);
    }

    private static async Task DrawAndKeepAsync(HttpContext context, RequestDelegate next, string key, long limit)
    {
        var response = context.Response;
        var headersBefore = response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        await using var capture = new PageCaptureStream(original, MaxPageBytes);
        response.Body = capture;
        context.Features.Set(new KeepingThePage());
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
            context.Features.Set<KeepingThePage>(null);
        }
        if (response.StatusCode != StatusCodes.Status200OK || !IsPrerenderable(context.GetEndpoint()) || context.RequestAborted.IsCancellationRequested
            || response.Headers.ContainsKey(HeaderNames.SetCookie) || response.Headers.ETag.ToString() is not { Length: > 0 } etag
            || response.Headers.CacheControl.ToString() is var cacheControl && (cacheControl.Contains("private") || cacheControl.Contains("no-store"))
            || capture.Captured is not { } body || response.ContentLength is { } length && length != body.Length)
        {
            return;
        }
        // The page's own headers: those the pipeline set before it (the security headers) are set on every answer anyway.
        var headers = response.Headers
            .Where(h => !PerAnswer.Contains(h.Key) && !(headersBefore.TryGetValue(h.Key, out string? before) && before == h.Value.ToString()))
            .Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()))
            .ToArray();
        // The generation the page was drawn from (a reload may have landed meanwhile: then the page goes with its old generation).
        var generation = context.RequestServices.GetRequiredService<ContentGeneration>();
        generation.Prerendered.TryKeep(key, new PrerenderedPage(headers, body, etag), limit);
    }

    /// <summary>Marks a request whose page is being drawn to be kept.</summary>
    private sealed class KeepingThePage;
}
