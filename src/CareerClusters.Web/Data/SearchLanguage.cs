namespace CareerClusters.Web.Data;

/// <summary>
/// How search reads the words of one language: the same at import (the index, the vocabulary, the titles' keys) and
/// at query time. English keeps the index's own porter stemmer (<see cref="SearchIndexSchema"/>); Spanish folds accents and
/// stems each word itself before it is written to its index or searched (<see cref="SpanishWords"/>), so "mecanico",
/// "mecánicos" and "Mecánica" are one word to it.
/// </summary>
public abstract class SearchLanguage
{
    public static readonly SearchLanguage English = new EnglishSearch();

    public static readonly SearchLanguage Spanish = new SpanishSearch();

    /// <summary>The search language of a site language (<see cref="SiteCultures"/>); English for any other.</summary>
    public static SearchLanguage Of(string culture) => culture == SiteCultures.Spanish ? Spanish : English;

    /// <summary>The site language's code ("en", "es").</summary>
    public abstract string Code { get; }

    /// <summary>The FTS5 table of this language's index.</summary>
    public abstract string Table { get; }

    /// <summary>The bm25 expression ranking a match in <see cref="Table"/>.</summary>
    public abstract string Rank { get; }

    /// <summary>Words that only narrow a search ("jobs with animals", "quiero ser enfermera"): left out of the words searched.</summary>
    public abstract IReadOnlySet<string> FillerWords { get; }

    /// <summary>Lower-case words of a text, as search sees them.</summary>
    public abstract IEnumerable<string> Words(string text);

    /// <summary>A word's stem, to compare a title or a phrase with the words typed (nurses ~ nurse; enfermeras ~ enfermero).</summary>
    public abstract string Stem(string word);

    /// <summary>A word as the FTS5 index holds it (English: as typed, the index stems it; Spanish: its stem).</summary>
    public abstract string IndexTerm(string word);

    /// <summary>The beginning that marks a word of a page's text as a match in a snippet ("nurs" lights up "nursing").</summary>
    public abstract string HighlightStem(string word);

    /// <summary>Whether a word of a page's text starts with a <see cref="HighlightStem"/>.</summary>
    public abstract bool StartsWith(ReadOnlySpan<char> word, string stem);

    /// <summary>Words a title's key leaves out, so "Heating and Cooling" is the same title to search as "heating cooling".</summary>
    protected abstract bool LeftOutOfKeys(string word);

    /// <summary>The words as a title to compare: stems, small words left out.</summary>
    public string Key(IEnumerable<string> words) => string.Join(" ", words.Where(w => !LeftOutOfKeys(w)).Select(Stem));

    /// <summary>How a synonym's typed words are looked up (Spanish: by stems, so one line serves "enfermera" and "enfermeros").</summary>
    public abstract string SynonymKey(IEnumerable<string> words);

    private sealed class EnglishSearch : SearchLanguage
    {
        public override string Code => SiteCultures.Default;

        public override string Table => SearchIndexSchema.Table;

        public override string Rank => SearchIndexSchema.Rank;

        public override IReadOnlySet<string> FillerWords => SearchText.FillerWords;

        public override IEnumerable<string> Words(string text) => SearchText.Words(text);

        public override string Stem(string word) => SearchText.Stem(word);

        public override string IndexTerm(string word) => word;

        // "nurse" should light up "nursing" too.
        public override string HighlightStem(string word) => Stem(word) is var stem && stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;

        public override bool StartsWith(ReadOnlySpan<char> word, string stem) => word.StartsWith(stem, StringComparison.OrdinalIgnoreCase);

        protected override bool LeftOutOfKeys(string word) => word == "and";

        public override string SynonymKey(IEnumerable<string> words) => string.Join(" ", words);
    }

    private sealed class SpanishSearch : SearchLanguage
    {
        public override string Code => SiteCultures.Spanish;

        public override string Table => SearchIndexSchema.SpanishTable;

        public override string Rank => SearchIndexSchema.SpanishRank;

        public override IReadOnlySet<string> FillerWords => SpanishWords.FillerWords;

        public override IEnumerable<string> Words(string text) => SpanishWords.Words(text);

        public override string Stem(string word) => SpanishWords.Stem(word);

        public override string IndexTerm(string word) => SpanishWords.Stem(word);

        public override string HighlightStem(string word) => SpanishWords.Stem(word);

        public override bool StartsWith(ReadOnlySpan<char> word, string stem) => SpanishWords.FoldedStartsWith(word, stem);

        protected override bool LeftOutOfKeys(string word) => SpanishWords.FillerWords.Contains(word);

        public override string SynonymKey(IEnumerable<string> words) => Key(words);
    }
}
