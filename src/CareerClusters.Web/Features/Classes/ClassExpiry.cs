namespace CareerClusters.Web.Features.Classes;

/// <summary>
/// Removes expired classes with their entries: at start-up and then every hour. An expired class is already gone for
/// every page (<see cref="ClassStore"/> never finds it); this frees its rows.
/// </summary>
public sealed class ClassExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ClassExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Removes what has expired; returns how many classes went. A failure is logged and tried again at the next sweep.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            int removed = await scope.ServiceProvider.GetRequiredService<ClassStore>().DeleteExpiredAsync(cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Removed {Count} expired class board(s) and their entries", removed);
            }
            return removed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not remove expired class boards; trying again in {Minutes} minutes", Every.TotalMinutes);
            return 0;
        }
    }
}
