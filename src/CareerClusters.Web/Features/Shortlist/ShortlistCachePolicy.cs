using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>
/// Pages that show shortlist buttons are cached once per shortlist: a student never sees another's choices, and the
/// many visitors without a shortlist share one cached copy. Only these paths vary, so other pages keep one copy each.
/// A page that starts showing <c>_ShortlistToggle</c> must be added here.
/// </summary>
public sealed class ShortlistCachePolicy : IOutputCachePolicy
{
    public const string VaryKey = "shortlist";

    private static readonly string[] PagesShowingChoices = ["/clusters", "/search", "/compare"];

    public static bool ShowsChoices(PathString path) =>
        path == "/" || PagesShowingChoices.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (ShowsChoices(context.HttpContext.Request.Path))
        {
            // The parsed, re-serialised state: two cookies that mean the same choices share a copy.
            context.CacheVaryByRules.VaryByValues[VaryKey] = ShortlistState.Current(context.HttpContext).Serialize();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
