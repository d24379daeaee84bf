namespace CareerClusters.Web.Data;

/// <summary>
/// The typical entry-level education categories of the BLS, as written in content files (<c>education:</c>) and
/// stored in <see cref="Occupation.Education"/>: the one place their keys and order, from the least education to the
/// most, are written. Their wording is in the text catalogue (<c>JobWords.Education</c>).
/// </summary>
public static class EducationLevels
{
    /// <summary>Each level's key with BLS's name for it, from the least education to the most.</summary>
    private static readonly (string Key, string BlsCategory)[] InOrder =
    [
        ("no-formal-credential", "No formal educational credential"),
        ("high-school-diploma", "High school diploma or equivalent"),
        ("postsecondary-nondegree-award", "Postsecondary nondegree award"),
        ("some-college", "Some college, no degree"),
        ("associates-degree", "Associate's degree"),
        ("bachelors-degree", "Bachelor's degree"),
        ("masters-degree", "Master's degree"),
        ("doctoral-or-professional-degree", "Doctoral or professional degree"),
    ];

    /// <summary>Every key, from the least education to the most.</summary>
    public static readonly IReadOnlyList<string> Keys = InOrder.Select(l => l.Key).ToArray();

    public static bool IsKnown(string? key) => key is not null && Rank(key) >= 0;

    /// <summary>A level's place from the least education (0) to the most, or -1 for an unknown key.</summary>
    public static int Rank(string key) => Array.FindIndex(InOrder, l => l.Key == key);

    /// <summary>The key of the level with this rank.</summary>
    public static string KeyOfRank(int rank) => InOrder[rank].Key;

    /// <summary>The key of a BLS category as BLS writes it ("Bachelor's degree" -> bachelors-degree), or null.</summary>
    public static string? KeyOf(string blsCategory) => Array.Find(InOrder, l => l.BlsCategory == blsCategory).Key;
}
