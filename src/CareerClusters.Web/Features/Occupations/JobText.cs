namespace CareerClusters.Web.Features.Occupations;

/// <summary>
/// The text filter of the jobs list (the open data API's <c>q</c>): every word typed must be in one of a job's titles or its
/// code, ignoring case and the accents of Spanish and French words ("tecnico" finds "Técnico").
/// </summary>
public static class JobText
{
    /// <summary>The words of a text, folded; at most 20 (a longer text narrows no further).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. Fold(text).Split([' ', '\t', ',', ';', '/', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(20)];

    /// <summary>Whether every word is in one of the texts.</summary>
    public static bool HasEvery(IReadOnlyList<string> words, IReadOnlyList<string> texts)
    {
        var folded = texts.Select(Fold).ToList();
        return words.All(word => folded.Any(t => t.Contains(word, StringComparison.Ordinal)));
    }

    /// <summary>Lower case without accents (the site runs with invariant globalization, so this is a table rather than Unicode normalisation).</summary>
    public static string Fold(string text)
    {
        var folded = text.ToLowerInvariant().ToCharArray();
        for (int i = 0; i < folded.Length; i++)
        {
            int at = Accented.IndexOf(folded[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                folded[i] = Plain[at];
            }
        }
        return new string(folded);
    }

    private const string Accented = "áàâäãéèêëíìîïóòôöõúùûüñç";
    private const string Plain = "aaaaaeeeeiiiiooooouuuunc";
}
