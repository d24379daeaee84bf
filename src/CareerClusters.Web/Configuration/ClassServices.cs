using System.Threading.RateLimiting;
using CareerClusters.Web.Features.Classes;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerClusters.Web.Configuration;

internal static class ClassServices
{
    /// <summary>
    /// Class boards: their store over the user-data database, the hourly removal of expired classes, the QR codes of
    /// join pages, and their limits per client address (making and changing classes; opening join pages, sending
    /// results and recovering boards, which is what trying codes would take).
    /// </summary>
    internal static void AddClassBoards(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ClassOptions.Section);
        builder.Services.Configure<ClassOptions>(section);
        var options = section.Get<ClassOptions>() ?? new ClassOptions();
        builder.Services.AddScoped<ClassStore>();
        builder.Services.AddScoped<IShareablePages, ClassJoinsToShare>();
        builder.Services.AddSingleton<ClassExpiry>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ClassExpiry>());
        builder.Services.Configure<RateLimiterOptions>(limits =>
        {
            limits.AddPolicy(Policies.ClassChanges, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.MaxChangesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // A token bucket: a whole class may open the join page and send at once (the burst), then a steady trickle.
            limits.AddPolicy(Policies.ClassJoins, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.MaxJoinBurst,
                    TokensPerPeriod = Math.Max(1, options.MaxJoinsPerMinute),
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
        });
    }

    /// <summary>The client's address, as the other limits see it (docs/deploy.md: behind a proxy, forwarded headers).</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
