using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// Refuses a form post that a browser reports as coming from another site (Fetch Metadata, then Origin).
/// The shortlist buttons and the survey's "Forget it" sit on pages the output cache shares between visitors, where a
/// per-visitor antiforgery token cannot be; a browser's own word about where a post came from protects them without one.
/// A request with neither header is not a cross-site browser post (every current browser sends one of them).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SameSiteFormPostAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!IsAllowed(context.HttpContext.Request))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    public static bool IsAllowed(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return true;
        }
        string? site = request.Headers["Sec-Fetch-Site"];
        if (!string.IsNullOrEmpty(site))
        {
            return site is "same-origin" or "none";
        }
        string? origin = request.Headers.Origin;
        if (!string.IsNullOrEmpty(origin))
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }
}
