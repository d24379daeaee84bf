using System.Runtime.CompilerServices;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// A value read from the content database once per content generation and kept as long as the generation is, like
/// the survey (<see cref="SurveyReader"/>): the caller passes the request's generation object as the key, so a
/// reload's new generation reads its own value and the old one's goes with it. Never stale, never read twice for
/// one generation (except by two first requests at once, which both read it and both get the one that was kept).
/// </summary>
public sealed class PerGeneration<T>(Func<ContentDbContext, CancellationToken, Task<T>> read) where T : class
{
    private readonly ConditionalWeakTable<object, T> _values = new();

    public async ValueTask<T> GetAsync(ContentDbContext db, object generation, CancellationToken cancellationToken)
    {
        if (_values.TryGetValue(generation, out var kept))
        {
            return kept;
        }
        var value = await read(db, cancellationToken);
        return _values.GetValue(generation, _ => value);
    }
}
