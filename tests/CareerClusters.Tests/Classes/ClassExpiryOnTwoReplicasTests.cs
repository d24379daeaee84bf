using CareerClusters.Tests.Support;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Classes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerClusters.Tests.Classes;

/// <summary>
/// The expiry of classes runs on every replica: two instances over one user-data database that sweep at the same
/// moment remove each expired class (and its entries) once, between them, with no error, and keep the others.
/// </summary>
public abstract class ClassExpiryOnTwoReplicasTests(UserDataStore store) : IDisposable
{
    private readonly ClassContent _classes = new(store);

    public void Dispose()
    {
        _classes.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Makes a class with two results in it.</summary>
    private static async Task MakeClassAsync(SiteFactory site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ClassStore>();
        var (board, _, _) = await store.CreateAsync(title, CancellationToken.None);
        await store.AddEntryAsync(board, "Maya", "result-1", ["health-science"], CancellationToken.None);
        await store.AddEntryAsync(board, "Leo", "result-2", ["information-technology"], CancellationToken.None);
    }

    private static async Task<int> SweepAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClassStore>().DeleteExpiredAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TwoSweepsAtOnce_RemoveEachExpiredClassOnce_WithItsEntries_AndKeepTheRest()
    {
        var first = _classes.Site(new() { ["Classes:KeepMonths"] = "3" });
        var second = _classes.Site(new() { ["Classes:KeepMonths"] = "3" });
        var start = _classes.Clock.Now;
        await MakeClassAsync(first, "Period 1");
        await MakeClassAsync(second, "Period 2");
        await MakeClassAsync(first, "Period 3");
        _classes.Clock.Now = start.AddMonths(1);
        await MakeClassAsync(second, "Made a month later");
        _classes.Clock.Now = start.AddMonths(3).AddMinutes(1);

        int[] removed = await Task.WhenAll(Task.Run(() => SweepAsync(first)), Task.Run(() => SweepAsync(second)));

        Assert.Equal(3, removed.Sum());
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserDataDbContext>();
        Assert.Equal(["Made a month later"], await db.ClassBoards.Select(b => b.Title).ToListAsync());
        Assert.Equal(2, await db.ClassEntries.CountAsync());
        Assert.Equal(0, await SweepAsync(first));
    }
}

public sealed class ClassExpiryOnTwoReplicasTestsOnSqlite() : ClassExpiryOnTwoReplicasTests(new SqliteUserDataStore());

public sealed class ClassExpiryOnTwoReplicasTestsOnPostgreSql() : ClassExpiryOnTwoReplicasTests(new PostgreSqlUserDataStore());
