using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Admin;

/// <summary>Locks a client out of signing in after repeated wrong passwords, for a while.</summary>
public sealed class SignInThrottle(IOptions<AdminOptions> options, TimeProvider clock)
{
    private sealed record Failures(int Count, DateTimeOffset First);

    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    public bool IsLockedOut(string client) =>
        _failures.TryGetValue(client, out var failures)
        && failures.Count >= options.Value.MaxFailedSignIns
        && clock.GetUtcNow() - failures.First < options.Value.LockoutDuration;

    public void RecordFailure(string client) =>
        _failures.AddOrUpdate(client, _ => new Failures(1, clock.GetUtcNow()), (_, old) =>
            clock.GetUtcNow() - old.First >= options.Value.LockoutDuration ? new Failures(1, clock.GetUtcNow()) : old with { Count = old.Count + 1 });

    public void RecordSuccess(string client) => _failures.TryRemove(client, out _);
}
