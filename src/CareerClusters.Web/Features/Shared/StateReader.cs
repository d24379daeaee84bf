using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>Reads the states of the content database (content/data/states/states.csv) for the state pages and the job pages' "in your state" part.</summary>
public static class StateReader
{
    private static readonly PerGeneration<IReadOnlyList<StatePlace>> Kept = new(AllAsync);

    /// <summary>Every state, DC and territory, by name.</summary>
    public static async Task<IReadOnlyList<StatePlace>> AllAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        await db.States.OrderBy(s => s.Name).Select(s => new StatePlace(s.Code, s.Name, s.Slug, s.CareerSite)).ToListAsync(cancellationToken);

    /// <summary>Every state, read once per content generation (<paramref name="generation"/>): for search, which looks for a state in every query.</summary>
    public static ValueTask<IReadOnlyList<StatePlace>> AllAsync(ContentDbContext db, object generation, CancellationToken cancellationToken) =>
        Kept.GetAsync(db, generation, cancellationToken);

    /// <summary>The state with a code (a known code in capitals, <see cref="StateCodes.Normalize"/>), or null when the file has no row for it.</summary>
    public static Task<StatePlace?> ByCodeAsync(ContentDbContext db, string code, CancellationToken cancellationToken) =>
        db.States.Where(s => s.Code == code).Select(s => new StatePlace(s.Code, s.Name, s.Slug, s.CareerSite)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The state with an address word ("texas"), or null.</summary>
    public static Task<StatePlace?> BySlugAsync(ContentDbContext db, string slug, CancellationToken cancellationToken) =>
        db.States.Where(s => s.Slug == slug).Select(s => new StatePlace(s.Code, s.Name, s.Slug, s.CareerSite)).FirstOrDefaultAsync(cancellationToken);
}
