using System.Globalization;
using System.Threading.RateLimiting;
using CareerClusters.Web.Features.Lists;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;

namespace CareerClusters.Web.Configuration;

internal static class RateLimitServices
{
    /// <summary>
    /// Per client address: opening lists, list changes, recovery tries, and searches (admin sign-in has its own throttle, Features/Admin/SignInThrottle). Behind a reverse proxy the address is
    /// the proxy's unless forwarded headers are enabled (docs/deploy.md).
    /// </summary>
    internal static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var search = builder.Configuration.GetSection("Search").Get<SearchLimitOptions>() ?? new SearchLimitOptions();
        var lists = ListOptions.From(builder.Configuration);
        var api = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The status code pages show a friendly page; the suggestion API answers in JSON; the client learns when to try again.
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                response.Headers.CacheControl = HttpCacheHeadersFilter.NoStore;
                var path = context.HttpContext.Request.Path;
                if (SitePaths.IsApiV1(path) || path == SitePaths.OpenApiDocument)
                {
                    string wait = response.Headers.RetryAfter.ToString() is { Length: > 0 } seconds ? $"Please wait {seconds} seconds" : "Please wait a moment";
                    await ApiProblems.WriteAsync(response, ApiProblems.Of(ApiProblems.TooManyRequests,
                        $"{wait} before the next request: each address may send {api.MaxBurst} requests at once, then {api.MaxRequestsPerSecond} a second.", path), cancellationToken);
                }
                else if (path.StartsWithSegments(SitePaths.Api))
                {
                    await response.WriteAsJsonAsync(new { error = "Too many requests from your address. Please try again in a moment." }, cancellationToken);
                }
            };
            // Generous: a counselor building a list of 50 pages in a few minutes never meets it; a script does.
            options.AddPolicy(Policies.ListChanges, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = lists.MaxChangesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // A whole school may open a list at once (the burst); a script trying list addresses is held to the rate.
            options.AddPolicy(Policies.ListViews, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = lists.MaxViewBurst,
                    TokensPerPeriod = lists.MaxViewsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
            options.AddPolicy(Policies.ListRecovery, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = lists.MaxRecoveryAttempts, Window = lists.RecoveryWindow, QueueLimit = 0 }));
            // The open data API: a district's page may load a list for every visitor behind one school address (the burst), a script is held to the rate.
            options.AddPolicy(Policies.Api, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = api.MaxBurst,
                    TokensPerPeriod = api.MaxRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
            // A token bucket: a whole class may start searching at once (the burst), then keep going at the rate.
            options.AddPolicy(Policies.Search, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = search.MaxBurst,
                    TokensPerPeriod = search.MaxRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
        });
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
