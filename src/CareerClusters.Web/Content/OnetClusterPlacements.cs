namespace CareerClusters.Web.Content;

/// <summary>
/// O*NET's own placement of occupations in the 16 clusters' pathways (data/onet/career-clusters-16.csv, O*NET-SOC 2010
/// codes), with each code carried to today's O*NET-SOC 2019 codes by O*NET's taxonomy crosswalk
/// (data/onet/2010_to_2019_Crosswalk.csv). A job a pathway lists outside these places needs a written reason.
/// </summary>
public sealed class OnetClusterPlacements
{
    /// <summary>A pathway's name as the crosswalk writes it, and the first row that uses it.</summary>
    public sealed record PathwayName(string Name, string File, int Line);

    private readonly Dictionary<string, HashSet<string>> _codesByPathway = [];

    /// <summary>O*NET-SOC 2010 code to the 2019 codes it became (a code missing here kept its number).</summary>
    public Dictionary<string, List<string>> To2019 { get; } = [];

    /// <summary>Every pathway name of the crosswalk, by <see cref="NameKey"/>.</summary>
    public Dictionary<string, PathwayName> Pathways { get; } = [];

    public bool IsEmpty => Pathways.Count == 0;

    /// <summary>Pathway names are matched without regard to case, spacing or "and" against "&amp;".</summary>
    public static string NameKey(string name) =>
        string.Join(' ', name.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    internal void Add(string pathway, string code2010, string file, int line)
    {
        string key = NameKey(pathway);
        Pathways.TryAdd(key, new PathwayName(pathway, file, line));
        _codesByPathway.TryAdd(key, []);
        _codesByPathway[key].UnionWith(To2019.TryGetValue(code2010, out var codes) ? codes : [code2010]);
    }

    /// <summary>Whether O*NET places the O*NET-SOC 2019 code in the pathway of this title (after mapping 2010 codes).</summary>
    public bool Places(string pathwayTitle, string code) =>
        _codesByPathway.TryGetValue(NameKey(pathwayTitle), out var codes) && codes.Contains(code);
}
