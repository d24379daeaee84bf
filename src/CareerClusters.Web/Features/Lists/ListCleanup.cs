using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Lists;

/// <summary>
/// Removes for good the lists deleted more than <see cref="ListOptions.RestoreWithin"/> ago, and the lists nobody has
/// opened for <see cref="ListOptions.KeepUnvisitedFor"/>, with their items.
/// </summary>
public sealed class ListCleanup(UserDataDbContext db, TimeProvider clock, IOptions<ListOptions> options)
{
    /// <summary>How many lists were removed: deleted ones past their 30 days, and unvisited ones.</summary>
    public sealed record Removed(int Deleted, int Unvisited);

    public async Task<Removed> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deletedBefore = now - ListOptions.RestoreWithin;
        var visitedBefore = now - options.Value.KeepUnvisitedFor;
        // The dates are compared here, not in SQL: SQLite keeps a DateTimeOffset as text that EF Core does not compare,
        // and three small columns of every list, a few times a day, cost nothing.
        var lists = await db.Lists.AsNoTracking().Select(l => new { l.Id, l.DeletedAt, l.LastVisitedAt }).ToListAsync(cancellationToken);
        var deleted = lists.Where(l => l.DeletedAt <= deletedBefore).Select(l => l.Id).ToList();
        var unvisited = lists.Where(l => l.DeletedAt is null && l.LastVisitedAt <= visitedBefore).Select(l => l.Id).ToList();
        // Every replica runs this, maybe at the same moment: each kind goes in one statement (the items with their
        // list, by the foreign key's cascade) that checks the list is still deleted, or still live, and the counts are
        // the rows this run removed, so a list that another replica removed first is neither missed nor counted twice.
        int deletedRemoved = deleted.Count == 0 ? 0
            : await db.Lists.Where(l => deleted.Contains(l.Id) && l.DeletedAt != null).ExecuteDeleteAsync(cancellationToken);
        int unvisitedRemoved = unvisited.Count == 0 ? 0
            : await db.Lists.Where(l => unvisited.Contains(l.Id) && l.DeletedAt == null).ExecuteDeleteAsync(cancellationToken);
        return new Removed(deletedRemoved, unvisitedRemoved);
    }
}

/// <summary>Runs <see cref="ListCleanup"/> shortly after start-up and then every <see cref="ListOptions.CleanUpEvery"/>.</summary>
public sealed class ListCleanupService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ListOptions> options, ILogger<ListCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanUpEvery, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<ListCleanup>().RunAsync(stoppingToken);
                if (removed.Deleted + removed.Unvisited > 0)
                {
                    logger.LogInformation("Removed {Deleted} deleted list(s) past their 30 days and {Unvisited} list(s) nobody opened for {KeepUnvisitedFor}",
                        removed.Deleted, removed.Unvisited, options.Value.KeepUnvisitedFor);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next run tries again; the site keeps serving.
                logger.LogWarning(exception, "The clean-up of old lists failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
