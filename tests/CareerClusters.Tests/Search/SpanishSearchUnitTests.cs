using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Search;

/// <summary>How Spanish search reads words: accents folded, Lucene's light stemmer, a typo corrected by stems, synonyms by stems.</summary>
public class SpanishSearchUnitTests
{
    private static readonly SearchLanguage Spanish = SearchLanguage.Spanish;

    [Theory]
    [InlineData("Mecánico", "mecanico")]
    [InlineData("ENFERMERÍA", "enfermeria")]
    [InlineData("Técnicos de Emergencias Médicas", "tecnicos de emergencias medicas")]
    [InlineData("pingüino", "pinguino")]
    [InlineData("me\u0301dico", "medico")]
    [InlineData("niños", "niños")]
    [InlineData("nurse", "nurse")]
    public void Fold_LeavesOutAccentsAndCapitals_ButKeepsTheEnye(string text, string folded) =>
        Assert.Equal(folded, SpanishWords.Fold(text));

    [Fact]
    public void Words_AreFoldedLowerCaseWords() =>
        Assert.Equal(["que", "es", "un", "grupo", "de", "carreras"], Spanish.Words("¿Qué es un Grupo de Carreras?"));

    [Theory]
    [InlineData("enfermera", "enfermero", "enfermeras", "enfermeros")]
    [InlineData("mecánico", "mecanico", "mecánica", "mecánicos")]
    [InlineData("maestra", "maestro", "maestras", "maestros")]
    [InlineData("programador", "programadora", "programadores", "programadoras")]
    [InlineData("abogado", "abogada", "abogados", "abogadas")]
    [InlineData("auto", "autos", "auto", "autos")]
    [InlineData("luz", "luces", "luz", "luces")]
    [InlineData("niños", "ninos", "niño", "NIÑOS")]
    [InlineData("nurse", "nurses", "nurse", "nurses")]
    [InlineData("engineer", "engineers", "engineer", "engineers")]
    public void WordForms_HaveOneStem(string a, string b, string c, string d)
    {
        var stems = new[] { a, b, c, d }.Select(w => Spanish.Stem(Spanish.Words(w).Single())).Distinct().ToList();

        Assert.Single(stems);
    }

    [Theory]
    [InlineData("policía", "policy")]
    [InlineData("enfermera", "enforcer")]
    [InlineData("caso", "casa")]
    public void DifferentWords_KeepDifferentStems(string a, string b) =>
        Assert.NotEqual(Spanish.Stem(Spanish.Words(a).Single()), Spanish.Stem(Spanish.Words(b).Single()));

    [Fact]
    public void TheStemmer_IsLucenesSpanishLightStemmer()
    {
        var lucene = new Lucene.Net.Analysis.Es.SpanishLightStemmer();
        foreach (string word in new[] { "enfermeras", "veterinarios", "jueces", "electricistas" })
        {
            char[] letters = word.ToCharArray();
            Assert.Equal(new string(letters, 0, lucene.Stem(letters, letters.Length)), SpanishWords.Stem(word));
        }
    }

    private static SearchLexicon Lexicon() => new(
        new Dictionary<string, int> { ["enfermeros"] = 20, ["registrados"] = 5, ["enforcer"] = 30, ["mecanicos"] = 9, ["automotrices"] = 5, ["teachers"] = 3 },
        [("enfermera", "enfermeros registrados, registered nurses"), ("mecánico de autos", "mecánicos automotrices")],
        language: SearchLanguage.Spanish);

    [Fact]
    public void AWordIsKnown_ByItsStem_SoAFormNoPageUsesIsNotATypo()
    {
        var lexicon = Lexicon();

        Assert.True(lexicon.IsKnown("enfermera"));
        Assert.True(lexicon.IsKnown("mecanico"));
        Assert.False(lexicon.IsKnown("enfermra"));
    }

    [Theory]
    [InlineData("enfermra", "enfermeros")]
    [InlineData("enfremeras", "enfermeros")]
    [InlineData("mecancos", "mecanicos")]
    [InlineData("zzzz", null)]
    public void ATypo_IsCorrectedByStems_IntoAWordPagesUse(string typed, string? corrected) =>
        Assert.Equal(corrected, Lexicon().Correct(typed));

    [Fact]
    public void ACorrection_IsWrittenAsTheTitlesWriteIt_WithItsAccents()
    {
        var pages = new Dictionary<long, IndexedPage> { [1] = new("occupation", "/x", "Mecánicos automotrices", null, null, null, false, "") };
        var lexicon = new SearchLexicon(new Dictionary<string, int> { ["mecanicos"] = 5, ["automotrices"] = 5 }, [], pages, language: SearchLanguage.Spanish);

        Assert.Equal("mecánicos", lexicon.Correct("mecancos"));
        Assert.True(lexicon.IsKnown("MECÁNICA"));
    }

    [Fact]
    public void QueryPlan_SearchesStems_WithoutAccents()
    {
        var plan = QueryPlan.Build("Mecánicos", Lexicon(), Spanish.FillerWords)!;

        Assert.Equal("(\"mecanic\" OR \"mecanic\"*)", plan.AllWords);
    }

    [Theory]
    [InlineData("enfermeras")]
    [InlineData("ENFERMERO")]
    [InlineData("quiero ser enfermera")]
    public void ASynonym_IsFoundByAnyFormOfItsWords_AndItsTitleRanksFirst(string query)
    {
        var plan = QueryPlan.Build(query, Lexicon(), Spanish.FillerWords)!;

        Assert.Equal("(\"enfermer\" OR (\"enfermer\" AND \"registrad\") OR (\"registered\" AND \"nurs\"))", plan.AllWords);
        Assert.Equal(3.0, plan.TitleBoost(SpanishPage("Enfermeros registrados", "Registered Nurses")));
        Assert.Equal(3.0, plan.TitleBoost(SpanishPage("Registered Nurses", "Registered Nurses")));
    }

    [Fact]
    public void ASynonymWithSmallWords_MatchesWithoutThem()
    {
        var plan = QueryPlan.Build("mecanico de autos", Lexicon(), Spanish.FillerWords)!;

        Assert.Equal("((\"mecanic\" AND \"auto\") OR (\"mecanic\" AND \"automotriz\"))", plan.AllWords);
    }

    [Fact]
    public void Snippet_MarksWordsWhateverTheirAccents()
    {
        string snippet = SearchEngine.Snippet("Los mecánicos y las MECÁNICAS arreglan carros.", ["mecanic"], Spanish);

        Assert.Equal("Los \u0002mecánicos\u0003 y las \u0002MECÁNICAS\u0003 arreglan carros.", snippet);
    }

    private static IndexedPage SpanishPage(string title, string englishTitle) =>
        new("occupation", "/x", title, null, null, null, false, "")
        {
            TitleWords = [.. Spanish.Words(title + " " + englishTitle).Select(Spanish.Stem)],
            TitleKeys = [Spanish.Key(Spanish.Words(title)), Spanish.Key(Spanish.Words(englishTitle))],
        };
}
