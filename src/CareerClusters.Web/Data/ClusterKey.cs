using System.Diagnostics.CodeAnalysis;

namespace CareerClusters.Web.Data;

/// <summary>
/// Which cluster, in which framework: the key a shortlist cookie, a shared or compare link and the search index hold.
/// Written as the bare slug for the 16 clusters ("health-science", the form of every cookie and link made before a
/// second framework existed, so they keep working) and as "framework:slug" otherwise ("2024:digital-technology").
/// </summary>
public readonly record struct ClusterKey(string Framework, string Slug)
{
    private const char Separator = ':';

    public static ClusterKey Sixteen(string slug) => new(Frameworks.Sixteen, slug);

    public override string ToString() => Framework == Frameworks.Sixteen ? Slug : $"{Framework}{Separator}{Slug}";

    /// <summary>Reads a key leniently (any case, surrounding spaces); false for anything that is not a well-formed key of a known framework.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClusterKey? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }
        string[] parts = text.Trim().ToLowerInvariant().Split(Separator);
        (string framework, string slug) = parts.Length switch
        {
            1 => (Frameworks.Sixteen, parts[0]),
            2 => (parts[0], parts[1]),
            _ => ("", ""),
        };
        if (!Frameworks.IsKnown(framework) || !Slugs.Pattern().IsMatch(slug))
        {
            return false;
        }
        key = new ClusterKey(framework, slug);
        return true;
    }

    /// <summary>Keys from a list separated by dots or commas (a cookie, or a link's <c>c=</c>); malformed ones are dropped.</summary>
    public static List<ClusterKey> ParseList(string? list, int max) =>
        (list ?? "").Split(['.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(text => TryParse(text, out var key) ? key : null)
            .OfType<ClusterKey>()
            .Distinct()
            .Take(max)
            .ToList();

}
