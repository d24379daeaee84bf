using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data;

/// <summary>
/// A state, the District of Columbia or a territory (content/data/states/states.csv): what a student picks as "my
/// state", and what the job pages' links to pay, licenses and apprenticeships there are made for.
/// </summary>
public sealed class State
{
    /// <summary>The two-letter USPS code in capitals ("TX"): the key, and what the state cookie holds.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The state page's address word ("new-york").</summary>
    public required string Slug { get; set; }
    /// <summary>The state's own career-information site (an https address), or null when the file names none.</summary>
    public string? CareerSite { get; set; }
}

/// <summary>The shape of the States table, kept beside its entity.</summary>
internal static class StateModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<State>(state =>
        {
            state.HasKey(s => s.Code);
            state.HasIndex(s => s.Slug).IsUnique();
        });
}

/// <summary>
/// The USPS codes a row of the states file may have: the 50 states, the District of Columbia and the five inhabited
/// territories. A cookie or form value is read through <see cref="Normalize"/>, so nothing else ever reaches a query,
/// a cache key or a page.
/// </summary>
public static class StateCodes
{
    /// <summary>The 50 states and the District of Columbia: every one should have a row.</summary>
    public static readonly FrozenSet<string> StatesAndDc = FrozenSet.ToFrozenSet(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ], StringComparer.Ordinal);

    /// <summary>American Samoa, Guam, the Northern Mariana Islands, Puerto Rico and the U.S. Virgin Islands.</summary>
    public static readonly FrozenSet<string> Territories = FrozenSet.ToFrozenSet(["AS", "GU", "MP", "PR", "VI"], StringComparer.Ordinal);

    public static bool IsKnown(string code) => StatesAndDc.Contains(code) || Territories.Contains(code);

    /// <summary>The code in capitals when it is one of the known codes (any case, no spaces), else null.</summary>
    public static string? Normalize(string? text)
    {
        if (text is not { Length: 2 })
        {
            return null;
        }
        string upper = text.ToUpperInvariant();
        return IsKnown(upper) ? upper : null;
    }
}
