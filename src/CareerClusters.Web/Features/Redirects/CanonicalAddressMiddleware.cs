using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Redirects;

/// <summary>
/// One address per page: a trailing slash or capital letters answer with a permanent redirect to the canonical
/// address, so a counselor's variant still works and search engines and caches see one page, not several.
/// </summary>
public static class CanonicalAddressMiddleware
{
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            string path = request.Path.Value ?? "";
            if (path.Length > 1 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                string canonical = SitePaths.Canonical(path);
                if (canonical != path)
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = request.PathBase.Add(new PathString(canonical)).ToUriComponent() + request.QueryString;
                    return;
                }
            }
            await next();
        });
}
