using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerClusters.Web.Content;

/// <summary>
/// Healthy once a content generation is being served, with the generation's number and identity (the content
/// folder's fingerprint and the code's): replicas that answer the same identity serve the same pages.
/// </summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public const string GenerationKey = "generation";
    public const string ContentKey = "content";
    public const string PrerenderedPagesKey = "prerenderedPages";
    public const string PrerenderedBytesKey = "prerenderedBytes";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Current is { } generation
            ? HealthCheckResult.Healthy($"content generation {generation.Number}",
                new Dictionary<string, object>
                {
                    [GenerationKey] = generation.Number,
                    [ContentKey] = generation.Identity,
                    [PrerenderedPagesKey] = generation.Prerendered.Count,
                    [PrerenderedBytesKey] = generation.Prerendered.Bytes,
                })
            : HealthCheckResult.Unhealthy("no content loaded"));
}
