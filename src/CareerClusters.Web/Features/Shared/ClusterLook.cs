namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// A cluster's icon and colour, from its content file (<c>icon:</c>, <c>colour:</c>). Icons are the symbols of
/// wwwroot/icons/clusters.svg; colours are the named palette below, each drawn by a <c>.accent-NAME</c> rule in
/// site.css (a style attribute would need 'unsafe-inline' in the Content-Security-Policy).
/// </summary>
public sealed record ClusterLook(string Icon, string Colour)
{
    /// <summary>Used before a cluster has a look of its own (never for valid content).</summary>
    public static readonly ClusterLook Default = new("compass", "navy");

    /// <summary>A guide in search results: it belongs to no cluster.</summary>
    public static readonly ClusterLook Guide = new("book-open", "slate");

    /// <summary>A district's own part of a page ("In our district") and its search results: the same on every page.</summary>
    public static readonly ClusterLook District = new("graduation-cap", "teal");

    /// <summary>The class that sets <c>--accent</c> for an element and everything inside it.</summary>
    public string AccentClass => "accent-" + Colour;

    /// <summary>The symbols in wwwroot/icons/clusters.svg (tools/icons/icons.txt lists the same names).</summary>
    public static readonly IReadOnlySet<string> Icons = new HashSet<string>(StringComparer.Ordinal)
    {
        "atom", "book-open", "briefcase", "calculator", "chef-hat", "code", "cog", "compass", "concierge-bell", "factory",
        "flask-conical", "gavel", "graduation-cap", "hammer", "hand-heart", "hard-hat", "heart-pulse", "landmark", "laptop",
        "leaf", "megaphone", "monitor", "paintbrush", "palette", "piggy-bank", "plane", "scale", "shield", "shield-check",
        "sprout", "stethoscope", "tractor", "truck", "users", "wheat", "wrench",
    };

    /// <summary>
    /// The colours a cluster may use. Each reaches 4.5:1 against white and against its own 10% tint (the tiles behind
    /// icons), so white text on it, and it as text on white or on the tint, are all readable (a test checks).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Palette = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["blue"] = "#1d4ed8",
        ["cyan"] = "#0e7490",
        ["emerald"] = "#047857",
        ["fuchsia"] = "#a21caf",
        ["gold"] = "#8a5a06",
        ["green"] = "#166534",
        ["indigo"] = "#4338ca",
        ["navy"] = "#1e3a8a",
        ["olive"] = "#4a7310",
        ["orange"] = "#b23c0b",
        ["pink"] = "#be185d",
        ["red"] = "#b91c1c",
        ["slate"] = "#475569",
        ["stone"] = "#57534e",
        ["teal"] = "#0f766e",
        ["violet"] = "#6d28d9",
    };
}
