using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerClusters.Web.Content;

/// <summary>Healthy once a content generation is being served.</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Current is { } generation
            ? HealthCheckResult.Healthy($"content generation {generation.Number}")
            : HealthCheckResult.Unhealthy("no content loaded"));
}
