using CareerClusters.Web.Content.DataFiles;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Each row of data/states/states.csv is one state, DC or territory, by its USPS code in capitals, once, with a name,
/// an address word (a slug) no other row has, and, when it has one, its own career site as a full https address. A state
/// (or DC) without a row is allowed but probably a mistake: a warning.
/// </summary>
internal static class StateRules
{
    /// <summary>Words of the state pages' own addresses (/state/choose, /state/forget): no state can have them as its slug.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "choose", "forget" };

    public static void Check(IReadOnlyList<StateRow> rows, List<ContentProblem> problems)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            void Problem(string message) => problems.Add(new ContentProblem(row.File, row.Line, 1, message));
            if (!StateCodes.IsKnown(row.Code))
            {
                Problem(StateCodes.Normalize(row.Code) is { } upper
                    ? $"write the code \"{row.Code}\" in capitals: {upper}"
                    : $"\"{row.Code}\" in column \"code\" is not the USPS code of a state, DC or territory (two capital letters, like TX)");
            }
            else if (!codes.TryAdd(row.Code, row.Line))
            {
                Problem($"the code {row.Code} is already on line {codes[row.Code]}");
            }
            if (row.Name.Length == 0)
            {
                Problem("the column \"name\" is empty: write the name students know, like \"New York\"");
            }
            else if (!names.TryAdd(row.Name, row.Line))
            {
                Problem($"the name \"{row.Name}\" is already on line {names[row.Name]}");
            }
            CheckSlug(row, slugs, Problem);
            CheckCareerSite(row.CareerSite, Problem);
        }
        if (rows.Count > 0)
        {
            foreach (string missing in StateCodes.StatesAndDc.Where(c => !codes.ContainsKey(c)).Order(StringComparer.Ordinal))
            {
                problems.Add(new ContentProblem(rows[0].File, 1, 1, $"no row for {missing}: students there cannot pick their state", ProblemSeverity.Warning));
            }
        }
    }

    private static void CheckSlug(StateRow row, Dictionary<string, int> slugs, Action<string> problem)
    {
        if (!Slugs.Pattern().IsMatch(row.Slug))
        {
            problem($"\"{row.Slug}\" in column \"slug\" is not an address word: use lowercase words joined by hyphens, like {SlugOf(row.Name)}");
        }
        else if (ReservedSlugs.Contains(row.Slug) || row.Slug.Length == 2)
        {
            problem($"the slug \"{row.Slug}\" cannot be used: the state pages' own addresses and the two-letter codes use it; try {SlugOf(row.Name)}");
        }
        else if (!slugs.TryAdd(row.Slug, row.Line))
        {
            problem($"the slug \"{row.Slug}\" is already on line {slugs[row.Slug]}");
        }
    }

    private static void CheckCareerSite(string site, Action<string> problem)
    {
        if (site.Length == 0)
        {
            return;
        }
        if (!Uri.TryCreate(site, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0
            || uri.UserInfo.Length > 0 || site.Any(char.IsWhiteSpace))
        {
            problem($"\"{site}\" in column \"career_site\" is not a full https address, like https://www.example.gov/ (leave it empty when the state has no site)");
        }
    }

    /// <summary>The address word a name would have ("District of Columbia" gives district-of-columbia), for messages.</summary>
    private static string SlugOf(string name)
    {
        var words = name.ToLowerInvariant().Split((char[])[' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "new-york" : string.Join('-', words);
    }
}
