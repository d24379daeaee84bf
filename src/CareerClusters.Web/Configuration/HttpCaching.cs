using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerClusters.Web.Configuration;

/// <summary>HTTP caching settings (section <c>Http</c>).</summary>
public sealed class HttpCachingOptions
{
    /// <summary>
    /// Cache-Control of pages made only from the content. The default lets browsers, proxies and CDNs keep a page but
    /// ask again each time with its ETag: the answer is a 304 from memory, and an edit shows at once everywhere. A
    /// site that prefers fewer requests to instant edits can set e.g. <c>public, max-age=60, stale-while-revalidate=600</c>
    /// (see docs/deploy.md).
    /// </summary>
    public string PageCacheControl { get; set; } = "public, no-cache";

    /// <summary>
    /// Cache-Control of the open data API's answers. Other sites' pages call the API from their visitors' browsers, so
    /// shared caches and browsers may keep an answer for five minutes; after that they ask again with its ETag (a 304
    /// until the content changes).
    /// </summary>
    public string ApiCacheControl { get; set; } = "public, max-age=300";

    /// <summary>
    /// The most memory a content generation's pages kept as sent may take (PrerenderedPagesMiddleware): every page in
    /// both languages takes about 15 MB with Brotli, and 60 MB more if robots ask for each page uncompressed too. Past
    /// it, pages are drawn and kept by the output cache as before.
    /// </summary>
    public int PrerenderedPagesMegabytes { get; set; } = 64;

    /// <summary>The most memory the output cache may take: pages with a student's shortlist or state, searches, API answers, QR codes.</summary>
    public int OutputCacheMegabytes { get; set; } = 16;
}

/// <summary>
/// Cache-Control and ETag of every MVC response, from one table: which output cache policy an action has says who
/// may keep its answer. The headers are set before the body is written, so the output cache stores them with the
/// page and answers a matching If-None-Match with 304.
/// </summary>
public sealed class HttpCacheHeadersFilter(IOptions<HttpCachingOptions> options) : IResultFilter
{
    public const string NoStore = CacheHeaders.NoStore;
    public const string PrivateRevalidate = "private, no-cache";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var http = context.HttpContext;
        var headers = http.Response.Headers;
        if (!StringValues.IsNullOrEmpty(headers.CacheControl))
        {
            return; // the action decided (a survey result, a redirect it made)
        }
        var cache = http.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>();
        string? policy = cache is { NoStore: false } ? cache.PolicyName : null;
        bool choices = policy is Policies.ContentPagesWithChoices or Policies.SearchPages;
        bool byState = policy is Policies.JobPages;
        string? cacheControl = policy switch
        {
            // The survey form with a remembered result says "private, no-store" itself (SurveyController.Index).
            Policies.ContentPages or Policies.QrCodes or Policies.SurveyForm => options.Value.PageCacheControl,
            Policies.Api => options.Value.ApiCacheControl,
            // The copy without a shortlist is the same for every visitor; one with a shortlist is that student's.
            Policies.ContentPagesWithChoices => ShortlistState.Current(http).IsEmpty ? options.Value.PageCacheControl : PrivateRevalidate,
            // A job page without a state is the same for everyone; one with a state's links is that student's.
            Policies.JobPages => MyState.Code(http) is null ? options.Value.PageCacheControl : PrivateRevalidate,
            // The same for everyone too, but what people search for is theirs: never kept by a shared cache.
            Policies.SearchPages => PrivateRevalidate,
            _ => null,
        };
        // A page with the language offer is that browser's (Accept-Language, cc_lang): never kept by a shared cache.
        if (cacheControl is not null && LanguageChoice.OfferFor(http) is not null)
        {
            cacheControl = PrivateRevalidate;
        }
        if (cacheControl is null)
        {
            // Admin, lists, the shortlist page, errors: per visitor or short-lived, never kept.
            headers.CacheControl = NoStore;
            return;
        }
        if (!IsPage(context.Result) || http.Response.StatusCode != StatusCodes.Status200OK)
        {
            return; // a 404 from a content address is answered by the error page, with its own headers
        }
        headers.CacheControl = cacheControl;
        // The generation this request read its page from (a reload may have landed since the request began).
        string etag = ETagOf(http, http.RequestServices.GetRequiredService<ContentGeneration>(), choices, byState);
        headers.ETag = etag;
        // Also on the uncompressed answer, so a cache in front never hands it to a client that asked for br, or
        // the reverse (the compression adds it only when it compresses).
        bool perCookie = choices || byState || policy == Policies.SurveyForm;
        // An API answer without lang= is in the language Accept-Language asks for.
        headers.Append(HeaderNames.Vary, perCookie ? $"{HeaderNames.AcceptEncoding}, {HeaderNames.Cookie}"
            : policy == Policies.Api ? $"{HeaderNames.AcceptEncoding}, {HeaderNames.AcceptLanguage}"
            : HeaderNames.AcceptEncoding);
        if (policy == Policies.Api)
        {
            headers.ContentLanguage = CultureInfo.CurrentUICulture.Name;
        }
        // The output cache answers a matching If-None-Match only from a page it holds; the tag is known before the
        // page is drawn, so a browser's copy is confirmed without drawing it after a restart or an eviction too.
        if (IsConfirmedBy(http.Request, etag))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
        }
    }

    public static bool IsConfirmedBy(HttpRequest request, string etag)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        var tag = new EntityTagHeaderValue(etag);
        // Weak comparison, as RFC 9110 asks for If-None-Match (a proxy may have marked the tag W/).
        return request.GetTypedHeaders().IfNoneMatch.Any(sent => sent.Equals(EntityTagHeaderValue.Any) || sent.Compare(tag, useStrongComparison: false));
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static bool IsPage(IActionResult result) =>
        result is ViewResult or PartialViewResult or ContentResult or JsonResult or ObjectResult or FileResult
        && (result as IStatusCodeActionResult)?.StatusCode is null or StatusCodes.Status200OK;

    /// <summary>
    /// A page's ETag: the content generation's identity (content fingerprint and code), the address, its language (and the language offer) and
    /// everything else the output cache keys the page by (the shortlist, a job page's state, the one encoding the body is sent in). The same page of the same generation always has the same
    /// tag, even after a restart, so the output cache answers If-None-Match with 304; changed content, new code or
    /// another page gives another tag.
    /// </summary>
    public static string ETagOf(HttpContext http, ContentGeneration? generation, bool withShortlist, bool withState = false)
    {
        var text = new StringBuilder()
            .Append(generation?.Identity).Append('|')
            .Append(http.Request.PathBase.Value).Append(http.Request.Path.Value).Append(http.Request.QueryString.Value).Append('|')
            .Append(CultureInfo.CurrentUICulture.Name).Append('|')
            .Append(LanguageChoice.OfferFor(http)).Append('|')
            .Append(withShortlist ? ShortlistState.Current(http).Serialize() : "").Append('|')
            .Append(withState ? MyState.Code(http) : "").Append('|')
            .Append(http.Request.Headers.AcceptEncoding.ToString());
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "\"" + Convert.ToHexStringLower(hash, 0, 10) + "\"";
    }
}

/// <summary>
/// Brotli at its best (quality 11) for pages the output cache keeps per content generation, and at the framework's
/// "optimal" (quality 4) for everything else. A cluster page is 28.5 KB: quality 11 makes it 6.1 KB in about 25 ms,
/// quality 4 makes it 7.5 KB in 0.3 ms. A content page pays those 25 ms once per generation; a search the cache
/// cannot answer would pay them on every request, so it gets quality 4.
/// </summary>
public sealed class CachedPageBrotliProvider(IHttpContextAccessor accessor) : ICompressionProvider
{
    public const int CachedPageQuality = 11;
    public const int OtherQuality = 4;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = QualityFor(accessor.HttpContext) }, leaveOpen: true);

    public static int QualityFor(HttpContext? context)
    {
        var cache = context?.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>();
        return cache is { NoStore: false } && (Policies.IsContentPage(cache.PolicyName) || cache.PolicyName == Policies.QrCodes)
            ? CachedPageQuality
            : OtherQuality;
    }
}

/// <summary>
/// Reduces a request's Accept-Encoding to the one encoding it will get: <c>br</c>, <c>gzip</c> or none. The output
/// cache keys pages by this header and the response compression reads it, so both agree, and the many spellings
/// browsers send ("gzip, deflate, br, zstd") share three cache entries per page.
/// </summary>
public static class AcceptEncodingNormalization
{
    public static IApplicationBuilder UseOneAcceptEncoding(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            string? chosen = Preferred(headers.AcceptEncoding);
            if (chosen is null)
            {
                headers.Remove(HeaderNames.AcceptEncoding);
            }
            else
            {
                headers.AcceptEncoding = chosen;
            }
            return next(context);
        });

    /// <summary>Brotli when acceptable and not ranked below gzip, else gzip when acceptable, else null (identity).</summary>
    public static string? Preferred(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding))
        {
            return null;
        }
        if (acceptEncoding.Count == 1 && acceptEncoding[0] is "br" or "gzip")
        {
            return acceptEncoding[0];
        }
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values))
        {
            return null;
        }
        double Quality(string name)
        {
            double quality = -1;
            foreach (var value in values)
            {
                if (value.Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    quality = Math.Max(quality, value.Quality ?? 1);
                }
            }
            return quality;
        }
        double any = Quality("*");
        double brotli = Quality("br") is var br && br >= 0 ? br : any;
        double gzip = Quality("gzip") is var gz && gz >= 0 ? gz : any;
        return brotli > 0 && brotli >= gzip ? "br" : gzip > 0 ? "gzip" : null;
    }
}
