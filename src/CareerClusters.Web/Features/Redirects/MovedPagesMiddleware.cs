using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Redirects;

/// <summary>
/// A page that is not found may have moved (a renamed cluster or pathway): answer with a permanent redirect to its
/// current address before the 404 page is shown, so printed links keep working.
/// </summary>
public static class MovedPagesMiddleware
{
    public static IApplicationBuilder UseRedirectsForMovedPages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next();
            if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
                || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }
            string path = (context.Request.Path.Value ?? "").TrimEnd('/').ToLowerInvariant();
            string? target = await context.RequestServices.GetRequiredService<RedirectQueries>().TargetOfAsync(path, context.RequestAborted);
            if (target is not null)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target + context.Request.QueryString;
            }
        });
}
