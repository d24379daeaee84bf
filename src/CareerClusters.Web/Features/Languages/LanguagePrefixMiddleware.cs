using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Languages;

/// <summary>
/// A page in another language answers at its English address under the language's code: /es/clusters/health-science
/// is /clusters/health-science in Spanish. The code moves from the path to the path base, so routing, the canonical
/// address check and the moved-pages redirects see the English address, and the request's culture (read from the path
/// base and path, AddressCultureProvider) is Spanish. Runs first, so error pages re-executed later stay in Spanish.
/// </summary>
public static class LanguagePrefixMiddleware
{
    public static IApplicationBuilder UseLanguagePrefixes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            string path = request.Path.Value ?? "";
            if (SitePaths.CultureOf(path) is not { } culture)
            {
                await next();
                return;
            }
            var (english, _) = SitePaths.WithoutCulture(path);
            string prefix = "/" + culture;
            bool getOrHead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            // One spelling: "/ES/..." and "/es/" move to "/es/..." and "/es" (the rest of the address is checked after).
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || path == prefix + "/")
            {
                Redirect(context, SitePaths.InCulture(english, culture) + request.QueryString, getOrHead ? StatusCodes.Status301MovedPermanently : StatusCodes.Status308PermanentRedirect);
                return;
            }
            // Counselors' and admin pages, files and QR codes have one address: the English one (a temporary move, so
            // they can gain a Spanish page later). Any other address answers in Spanish, a "not found" included.
            if (SitePaths.IsEnglishOnly(SitePaths.Canonical(english)))
            {
                Redirect(context, english + request.QueryString, getOrHead ? StatusCodes.Status302Found : StatusCodes.Status307TemporaryRedirect);
                return;
            }
            var (pathBase, fullPath) = (request.PathBase, request.Path);
            request.PathBase = pathBase.Add(prefix);
            request.Path = english;
            // Redirects made from English addresses (a canonical spelling, a moved page, a form's "back to the page") stay in the language.
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is >= 300 and < 400 && response.Headers.Location.ToString() is { Length: > 0 } location)
                {
                    response.Headers.Location = SitePaths.InLanguage(location, culture);
                }
                return Task.CompletedTask;
            });
            try
            {
                await next();
            }
            finally
            {
                request.PathBase = pathBase;
                request.Path = fullPath;
            }
        });

    private static void Redirect(HttpContext context, string location, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = CacheHeaders.NoStore;
    }
}
