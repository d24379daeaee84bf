using System.Text.RegularExpressions;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// Slugs a visitor sends in a list (the shortlist cookie, a shared shortlist's <c>c=</c>, the comparison's
/// <c>clusters=</c> and <c>pathways=</c>), read leniently: anything that is not a well-formed slug is dropped.
/// </summary>
public static partial class SlugList
{
    /// <summary>A bound on what is read from one list, far above the number of clusters.</summary>
    public const int MaxCount = 32;

    /// <summary>Slugs from a list separated by dots or commas, lowercased, each once, at most <see cref="MaxCount"/>.</summary>
    public static List<string> Parse(string? list) =>
        (list ?? "").Split(['.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Where(s => s.Length <= 100 && SlugPattern().IsMatch(s))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxCount)
            .ToList();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
