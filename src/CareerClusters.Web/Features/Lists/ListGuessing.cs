using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Wrong tries per client address: a list code that names no list, an edit link whose token is wrong, a recovery code
/// that does not match. After <see cref="ListOptions.MaxWrongTriesPerHour"/> of them in an hour, every list address and
/// edit link answers 429 to that address until the hour is up, real lists too: otherwise a script could go on trying and
/// tell a hit by its answer. A class typing a code off a slide makes a few wrong tries, far below the limit.
/// </summary>
public sealed class ListGuessing : IDisposable
{
    private readonly PartitionedRateLimiter<string> _wrongTries;

    public ListGuessing(IOptions<ListOptions> options)
    {
        int limit = options.Value.MaxWrongTriesPerHour;
        _wrongTries = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    /// <summary>
    /// Whether this address has used up its wrong tries; then the response is a 429 (the status code pages explain it)
    /// with Retry-After.
    /// </summary>
    public bool IsBlocked(HttpContext context)
    {
        using var lease = _wrongTries.AttemptAcquire(AddressOf(context), 0);
        if (lease.IsAcquired)
        {
            return false;
        }
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return true;
    }

    /// <summary>Counts one wrong try from this address.</summary>
    public void Missed(HttpContext context) => _wrongTries.AttemptAcquire(AddressOf(context)).Dispose();

    public void Dispose() => _wrongTries.Dispose();

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>
/// On the lists' pages with a code or an edit token: refuses an address that has used up its wrong tries (429), and
/// counts a "not found" or "that link cannot do this" answer as a wrong try.
/// </summary>
public sealed class ListGuessingFilter(ListGuessing guessing) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (guessing.IsBlocked(context.HttpContext))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }
        var executed = await next();
        if (executed.Result is IStatusCodeActionResult { StatusCode: StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound })
        {
            guessing.Missed(context.HttpContext);
        }
    }
}
