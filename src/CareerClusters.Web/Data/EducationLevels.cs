namespace CareerClusters.Web.Data;

/// <summary>
/// The typical entry-level education categories of the BLS, as written in content files (<c>education:</c>) and
/// stored in <see cref="Occupation.Education"/>: the one place their order, from the least education to the most, is written.
/// </summary>
public static class EducationLevels
{
    /// <summary>Each level's key and label, from the least education to the most.</summary>
    private static readonly (string Key, string Label)[] InOrder =
    [
        ("no-formal-credential", "No formal educational credential"),
        ("high-school-diploma", "High school diploma or equivalent"),
        ("postsecondary-nondegree-award", "Postsecondary nondegree award (certificate)"),
        ("some-college", "Some college, no degree"),
        ("associates-degree", "Associate's degree"),
        ("bachelors-degree", "Bachelor's degree"),
        ("masters-degree", "Master's degree"),
        ("doctoral-or-professional-degree", "Doctoral or professional degree"),
    ];

    /// <summary>Each key's label, listed from the least education to the most.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = InOrder.ToDictionary(l => l.Key, l => l.Label);

    /// <summary>A level's place from the least education (0) to the most, or -1 for an unknown key.</summary>
    public static int Rank(string key) => Array.FindIndex(InOrder, l => l.Key == key);

    /// <summary>The label of the level with this rank.</summary>
    public static string LabelOfRank(int rank) => InOrder[rank].Label;

    /// <summary>The key of a BLS category as BLS writes it ("Bachelor's degree" -> bachelors-degree), or null.</summary>
    public static string? KeyOf(string blsCategory) => blsCategory switch
    {
        "No formal educational credential" => "no-formal-credential",
        "High school diploma or equivalent" => "high-school-diploma",
        "Postsecondary nondegree award" => "postsecondary-nondegree-award",
        "Some college, no degree" => "some-college",
        "Associate's degree" => "associates-degree",
        "Bachelor's degree" => "bachelors-degree",
        "Master's degree" => "masters-degree",
        "Doctoral or professional degree" => "doctoral-or-professional-degree",
        _ => null,
    };
}
