using Lucene.Net.Analysis.Es;

namespace CareerClusters.Web.Data;

/// <summary>
/// How Spanish search reads a word: lower case, accents left out ("mecánico" is "mecanico", so a keyboard without
/// accents finds the same pages), then stemmed with Lucene's <see cref="SpanishLightStemmer"/>, which
/// takes off the endings of gender and number ("enfermera", "enfermeros" -> "enfermer"). The Spanish index also holds
/// English titles and text (students mix languages), so a few rules for English plurals follow the stemmer.
/// </summary>
public static class SpanishWords
{
    private static readonly SpanishLightStemmer Stemmer = new();

    /// <summary>
    /// Words that only narrow a search, in Spanish and English (students mix them): "quiero ser enfermera" searches
    /// "enfermera". Written without accents, as they are compared after folding. "Carrera" is not one of them, unlike
    /// "career": a Career Cluster is a "grupo de carreras". Nor is "unas": typed on a keyboard without ñ, it is "uñas".
    /// </summary>
    public static readonly IReadOnlySet<string> FillerWords = new HashSet<string>(SearchText.FillerWords)
    {
        "al", "ante", "con", "de", "del", "el", "la", "las", "lo", "los", "en", "entre", "para", "por", "sobre", "hacia", "desde",
        "y", "e", "o", "u", "un", "una", "unos", "que", "cual", "como", "donde", "quiero", "quisiera", "me", "mi", "mis",
        "yo", "tu", "ser", "estar", "es", "son", "gusta", "gustan", "gustaria", "encanta", "encantan", "encantaria", "busco", "buscar", "trabajo", "trabajos", "trabajar",
        "empleo", "empleos", "profesion", "profesiones", "ocupacion", "ocupaciones", "puesto", "puestos",
    };

    /// <summary>
    /// The lower-case words of a text with their accents left out. The ñ stays a letter of its own here ("uñas" is not
    /// the small word "unas"); a word's <see cref="Stem"/> writes it n, so "ninos" finds "niños".
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        // SearchText.Words over the folded text ([\p{L}\p{N}]+ in lower case), in one pass: the import reads every page with it.
        var word = new System.Text.StringBuilder();
        foreach (char c in text)
        {
            if (FoldChar(c) is not { } letter)
            {
                continue;
            }
            if (char.IsLetter(letter) || char.IsNumber(letter))
            {
                word.Append(letter);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>A text in lower case without accents ("Enfermería" -> "enfermeria"); ñ stays.</summary>
    public static string Fold(string text)
    {
        int first = 0;
        while (first < text.Length && text[first] < 128 && !char.IsUpper(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        var folded = new System.Text.StringBuilder(text.Length);
        folded.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (FoldChar(text[i]) is { } c)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }

    /// <summary>A letter lower-cased without its accent; null for a combining accent (a decomposed "é" is "e" and U+0301).</summary>
    public static char? FoldChar(char c) => char.ToLowerInvariant(c) switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ý' or 'ÿ' => 'y',
        >= '\u0300' and <= '\u036F' => null,
        var lower => lower,
    };

    /// <summary>
    /// The stem of a word (folded first, if it is not), with ñ written n: Lucene's light stemmer (words of five letters
    /// or more lose the endings -o, -a, -e, -os, -as, -es; -ces becomes -z), the plural of a four-letter word its
    /// singular ("autos" is "auto"), and for the English words of the index, a plural after a consonant its singular
    /// ("engineers" is "engineer"). English -ies is left alone: "policy" must not meet "policía".
    /// </summary>
    public static string Stem(string word) => StemOf(Fold(word)).Replace('ñ', 'n');

    private static string StemOf(string word)
    {
        if (word.Length < 4)
        {
            return word;
        }
        if (word.Length == 5 && word[4] == 's' && word[3] is 'a' or 'e' or 'o' && !word.EndsWith("ces", StringComparison.Ordinal))
        {
            return word[..4];
        }
        char[] letters = word.ToCharArray();
        int length = letters.Length >= 5 ? Stemmer.Stem(letters, letters.Length) : letters.Length;
        if (length == letters.Length && length >= 4 && letters[length - 1] == 's' && IsConsonant(letters[length - 2]) && letters[length - 2] != 's')
        {
            length--;
        }
        return new string(letters, 0, length);
    }

    /// <summary>Whether a word of a page's text, folded, starts with <paramref name="stem"/> (which is folded).</summary>
    public static bool FoldedStartsWith(ReadOnlySpan<char> word, string stem)
    {
        int matched = 0;
        foreach (char c in word)
        {
            if (matched == stem.Length)
            {
                return true;
            }
            if (FoldChar(c) is not { } letter)
            {
                continue;
            }
            char folded = letter == 'ñ' ? 'n' : letter;
            if (folded != stem[matched])
            {
                return false;
            }
            matched++;
        }
        return matched == stem.Length;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u');
}
