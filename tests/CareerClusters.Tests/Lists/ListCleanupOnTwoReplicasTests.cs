using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Lists;

/// <summary>
/// The clean-up of old lists runs on every replica: two instances over one user-data database that run it at the same
/// moment remove each old list (and its items) once, between them, with no error, and keep the others.
/// </summary>
public abstract class ListCleanupOnTwoReplicasTests : IDisposable
{
    private readonly UserDataStore _store;
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ListSite _first;
    private readonly ListSite _second;

    protected ListCleanupOnTwoReplicasTests(UserDataStore store)
    {
        _store = store;
        var settings = store.With(new Dictionary<string, string> { ["Lists:KeepUnvisitedFor"] = "45.00:00:00" });
        _first = new ListSite(TestPaths.TestContent, settings, _clock);
        _second = new ListSite(TestPaths.TestContent, settings, _clock);
        // Both start now, before the clock moves: each runs a clean-up at start-up too.
        _ = _first.Services;
        _ = _second.Services;
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Makes a list with one page on it, and deletes it when asked.</summary>
    private async Task<string> ListAsync(string title, bool delete = false)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ListStore>();
        var made = await store.CreateAsync(title, "", CancellationToken.None);
        await store.AddItemAsync(made.List, "/clusters/health-science", "Health Science", "Start here.", CancellationToken.None);
        if (delete)
        {
            await scope.ServiceProvider.GetRequiredService<ListAccess>().DeleteAsync(made.List, CancellationToken.None);
        }
        return made.List.PublicCode;
    }

    /// <summary>Opens or deletes a live list through one instance.</summary>
    private static async Task OnListAsync(ListSite site, string code, Func<ListAccess, CounselorList, Task> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var list = await scope.ServiceProvider.GetRequiredService<ListStore>().FindAsync(code, CancellationToken.None);
        await change(scope.ServiceProvider.GetRequiredService<ListAccess>(), list!);
    }

    private static async Task<ListCleanup.Removed> CleanUpAsync(ListSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ListCleanup>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TwoCleanUpsAtOnce_RemoveEachOldListOnce_WithItsItems_AndKeepTheRest()
    {
        string kept = await ListAsync("Opened by students");
        string deletedKept = await ListAsync("Deleted yesterday");
        foreach (string title in new[] { "Deleted 1", "Deleted 2", "Forgotten 1", "Forgotten 2", "Forgotten 3" })
        {
            await ListAsync(title, delete: title.StartsWith("Deleted", StringComparison.Ordinal));
        }
        _clock.Advance(TimeSpan.FromDays(30));
        await OnListAsync(_second, kept, (access, list) => access.NoteVisitAsync(list, CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(19));
        await OnListAsync(_second, deletedKept, (access, list) => access.DeleteAsync(list, CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(1));

        var removed = await Task.WhenAll(Task.Run(() => CleanUpAsync(_first)), Task.Run(() => CleanUpAsync(_second)));

        Assert.Equal(2, removed.Sum(r => r.Deleted));
        Assert.Equal(3, removed.Sum(r => r.Unvisited));
        await using var check = _second.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<UserDataDbContext>();
        var left = await db.Lists.Select(l => l.PublicCode).ToListAsync();
        Assert.Equal(new[] { kept, deletedKept }.Order(StringComparer.Ordinal), left.Order(StringComparer.Ordinal));
        Assert.Equal(2, await db.ListItems.CountAsync());
        Assert.Equal(new ListCleanup.Removed(0, 0), await CleanUpAsync(_first));
    }
}

public sealed class ListCleanupOnTwoReplicasTestsOnSqlite() : ListCleanupOnTwoReplicasTests(new SqliteUserDataStore());

public sealed class ListCleanupOnTwoReplicasTestsOnPostgreSql() : ListCleanupOnTwoReplicasTests(new PostgreSqlUserDataStore());
