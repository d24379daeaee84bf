using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Search;

/// <summary>How a phrase of search/intents.yml is matched, what it makes of a query, how the file is checked, and which corrections search may offer.</summary>
public class SearchIntentTests
{
    private static readonly SearchIntent NoCollege = new(["jobs without college", "no college", "{x} without college"], EducationUpTo: "high-school-diploma");
    private static readonly SearchIntent Apprenticeship = new(["apprenticeship", "{x} apprenticeship", "apprenticeship {x}"], Apprenticeship: true);
    private static readonly SearchIntent Cars = new(["work on cars", "fix cars"], Search: "automotive service technicians, automotive body and related repairers");
    private static readonly SearchIntent Draw = new(["draw"], Search: "fine artists, graphic designers");
    private static readonly SearchIntent Pay = new(["high paying {x}", "make money"], Order: SearchIntent.OrderByPay);

    private static readonly SearchIntents Intents = new([NoCollege, Apprenticeship, Cars, Draw, Pay]);

    private static IntentMatch? Match(string query) => Intents.Match(SearchText.Words(query).ToList());

    [Theory]
    [InlineData("jobs without college", "jobs without college", "")]
    [InlineData("careers without college", "jobs without college", "")]
    [InlineData("No College", "no college", "")]
    [InlineData("nursing jobs without college", "{x} without college", "nursing")]
    [InlineData("welding apprenticeship", "{x} apprenticeship", "welding")]
    [InlineData("Welding Apprenticeships", "{x} apprenticeship", "welding")]
    [InlineData("apprenticeship in plumbing", "apprenticeship {x}", "plumbing")]
    [InlineData("apprenticeship", "apprenticeship", "")]
    [InlineData("I want to work with cars", "work on cars", "")]
    [InlineData("fix car", "fix cars", "")]
    public void APhrase_MatchesTheWholeQuery_SmallWordsAndPluralsAside(string query, string phrase, string rest)
    {
        var match = Match(query);

        Assert.NotNull(match);
        Assert.Equal(phrase, match.Phrase);
        Assert.Equal(rest, string.Join(" ", match.Rest));
    }

    [Theory]
    [InlineData("draw blood")]
    [InlineData("college")]
    [InlineData("jobs")]
    [InlineData("cars for sale")]
    [InlineData("high paying")]
    public void APhrase_IsNotFound_InsideOtherWords_AndAPlaceholderNeedsAWord(string query) => Assert.Null(Match(query));

    [Fact]
    public void APlan_SearchesForWhatAnIntentMeans_NotForItsWords()
    {
        var plan = Plan("fix cars");

        Assert.Equal("((\"automotive\" AND \"service\" AND \"technicians\") OR (\"automotive\" AND \"body\" AND \"and\" AND \"related\" AND \"repairers\"))", plan.AllWords);
        Assert.Equal(new AppliedFilters(), plan.FromWords);
        Assert.Equal(2, plan.IntentTier(Page("Automotive Service Technicians and Mechanics")));
        Assert.Equal(1, plan.IntentTier(Page("Automotive Body and Related Repairers")));
        Assert.Equal(0, plan.IntentTier(Page("Cleaners of Vehicles and Equipment")));
    }

    [Fact]
    public void APlan_TakesFiltersFromTheWords_AndSearchesTheOtherWords_WhichMayBeAnIntentToo()
    {
        var welding = Plan("welding apprenticeship");
        var nested = Plan("high paying work on cars without college");
        var onlyFilters = Plan("jobs without college");

        Assert.Equal("\"welding\"", welding.AllWords);
        Assert.Equal(new AppliedFilters(Apprenticeship: true), welding.FromWords);
        Assert.Equal(new AppliedFilters("high-school-diploma", ByPay: true), nested.FromWords);
        Assert.Contains("\"automotive\"", nested.AllWords, StringComparison.Ordinal);
        Assert.False(onlyFilters.HasWords);
        Assert.Equal(new AppliedFilters("high-school-diploma"), onlyFilters.FromWords);
    }

    [Fact]
    public void FiltersFromTheAddress_OverrideTheWords_AndOffTurnsThemOff()
    {
        var fromWords = new AppliedFilters("high-school-diploma", Apprenticeship: true, ByPay: true);

        Assert.Equal(fromWords, new SearchFilters().Apply(fromWords));
        Assert.Equal(new AppliedFilters(), new SearchFilters { EducationUpTo = SearchFilters.Off, Apprenticeship = false, ByPay = false }.Apply(fromWords));
        Assert.Equal(new AppliedFilters("bachelors-degree", true, true), new SearchFilters { EducationUpTo = "bachelors-degree" }.Apply(fromWords));
    }

    [Fact]
    public void AnEducationCeiling_KeepsJobsAtThatLevelOrLess_AndDropsPagesWithoutOne()
    {
        var filters = new SearchFilters();
        var ceiling = new AppliedFilters("high-school-diploma");

        Assert.True(filters.Passes(Page("Cashiers", "no-formal-credential"), ceiling));
        Assert.True(filters.Passes(Page("Electricians", "high-school-diploma"), ceiling));
        Assert.False(filters.Passes(Page("Registered Nurses", "bachelors-degree"), ceiling));
        Assert.False(filters.Passes(Page("Health Science", null), ceiling));
        Assert.False(filters.Passes(Page("Cashiers", "no-formal-credential"), new AppliedFilters(Apprenticeship: true)));
        Assert.True(filters.Passes(Page("Electricians", "high-school-diploma") with { Apprenticeship = true }, new AppliedFilters(Apprenticeship: true)));
    }

    /// <summary>A typo becomes a word of a page's title, never a word only the pages' text uses, nor a word of never-correct.txt.</summary>
    [Fact]
    public void Corrections_AreTitleWordsOnly()
    {
        var pages = new Dictionary<long, IndexedPage>
        {
            [1] = new("occupation", "/a", "Accountants", null, null, null, false, "They read texts and taxes; younger workers too."),
            [2] = new("occupation", "/b", "Video Editors", null, null, null, false, "", AlternateTitles: "YouTube Editor"),
        };
        var vocabulary = new Dictionary<string, int> { ["accountants"] = 5, ["texts"] = 40, ["taxes"] = 40, ["younger"] = 30, ["video"] = 5, ["editors"] = 5, ["youtube"] = 2, ["editor"] = 2, ["texas"] = 0 };
        var lexicon = new SearchLexicon(vocabulary, [], pages);

        Assert.Equal("accountants", lexicon.Correct("acountants"));
        Assert.Equal("youtube", lexicon.Correct("youtub"));
        Assert.Null(lexicon.Correct("textz"));
        Assert.Null(lexicon.Guess("youngr"));
        Assert.Null(lexicon.Guess("taxis"));
        Assert.True(lexicon.IsKnown("texas"));
        Assert.Null(lexicon.Guess("texas"));
    }

    [Fact]
    public void IntentsFile_IsChecked_WithLines()
    {
        const string file = """
            - phrases: [work on cars, "{x} or {x}", Fix Cars, jobs]
              search: automotive service technicians
            - phrases: [fix cars, work with cars]
              education_up_to: college
              apprenticeship: maybe
              order: cheapest
              colour: red
            - search: nurses
            - phrases: [nothing here]
            """;
        using var content = new ContentCopy().Write("search/intents.yml", file);

        var problems = ContentLoader.Load(content.Path).Problems.Where(p => p.File == SearchIntentsReader.FileName).Select(p => (p.Line, p.Message)).ToList();

        Assert.Equal(
            [(1, "the phrase \"{x} or {x}\" has {x} more than once"),
             (1, "the phrase \"Fix Cars\" must be lowercase letters, digits and single spaces, with at most one {x} for other words"),
             (1, "the phrase \"jobs\" has only words search leaves out (such as \"jobs\", \"a\", \"with\"): add a word that says what is wanted"),
             (3, "the phrase \"work with cars\" is already listed on line 1 (search reads them the same way)"),
             (4, "unknown education \"college\" in \"education_up_to\"; use one of: " + string.Join(", ", EducationLevels.Keys)),
             (5, "\"apprenticeship\" must be true or false, not \"maybe\""),
             (6, "unknown order \"cheapest\": the one order is \"pay\" (jobs by pay, highest first)"),
             (7, "unknown field \"colour\" (allowed fields are: phrases, search, education_up_to, apprenticeship, order)"),
             (8, "the entry has no phrases: list what students type, such as [work on cars, fix cars]"),
             (9, "the entry does not say what its phrases mean: add \"search\", \"education_up_to\", \"apprenticeship: true\" or \"order: pay\"")],
            problems);
    }

    [Fact]
    public void NeverCorrectFile_IsChecked_WithLines()
    {
        using var content = new ContentCopy().Write("search/never-correct.txt", "# states\ntexas\nNew York\n\ntexas\n");

        var problems = ContentLoader.Load(content.Path).Problems.Select(p => (p.File, p.Line, p.Message)).ToList();

        Assert.Equal(
            [("search/never-correct.txt", 3, "\"New York\" must be one word in lowercase letters (write \"new york\" as two lines, \"new\" and \"york\")"),
             ("search/never-correct.txt", 5, "\"texas\" is already listed on line 2")],
            problems);
    }

    [Fact]
    public void RealIntentsAndNeverCorrectFiles_HaveNoProblems()
    {
        var result = ContentLoader.Load(TestPaths.RealContent);

        Assert.DoesNotContain(result.Problems, p => p.File.StartsWith("search/", StringComparison.Ordinal));
        Assert.Contains("texas", result.Content.NeverCorrect);
    }

    /// <summary>A restart that serves the last database again reads the same search data back: intents, flags and other titles.</summary>
    [Fact]
    public async Task TheSearchDataReadBackFromADatabase_IsTheSameAsTheImported()
    {
        var loaded = ContentLoader.Load(TestPaths.RealContent);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Problems));
        string folder = Path.Combine(Path.GetTempPath(), "cc-intents-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "content.db");
            SearchLexicon imported;
            await using (var db = new ContentDbContext(ContentDatabases.WritableOptions(path)))
            {
                imported = await ContentImporter.ImportAsync(loaded.Content, db, new ContentDatabaseInfo("test", ContentImporter.Version, []));
            }
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            var read = await SearchLexicon.LoadAsync(connection, CancellationToken.None);

            Assert.Equal(imported.Intents.All.Select(Definition), read.Intents.All.Select(Definition));
            Assert.Contains(read.Intents.All, i => i.EducationUpTo == "high-school-diploma" && i.Phrases.Contains("jobs without college"));
            Assert.Equal(imported.Pages.Values.Select(Flags), read.Pages.Values.Select(Flags));
            Assert.Contains(read.Pages.Values, p => p.Path == "/occupations/electricians" && p.Apprenticeship && !p.NeedsExperience && p.AlternateTitles.Length > 0);
            Assert.Contains(read.Pages.Values, p => p.NeedsExperience);
            Assert.True(read.IsKnown("texas"));
            Assert.Equal(imported.Correct("nurses"), read.Correct("nurses"));
            // Spanish search's data too: its pages (Spanish titles, English ones marked), words, synonyms and clusters.
            var (importedEs, readEs) = (imported.In(SiteCultures.Spanish), read.In(SiteCultures.Spanish));
            Assert.Equal(SearchLanguage.Spanish, readEs.Language);
            Assert.Equal(importedEs.Pages.Values.Select(Spanish), readEs.Pages.Values.Select(Spanish));
            Assert.Contains(readEs.Pages.Values, p => p.Path == "/occupations/registered-nurses" && p.TitleLang is null && p.Title != "Registered Nurses");
            Assert.Equal(importedEs.Clusters, readEs.Clusters);
            Assert.Equal(importedEs.Synonyms.Keys.Order(), readEs.Synonyms.Keys.Order());
            // Its intents: search/intents.es.yml's first, then the English file's.
            Assert.Equal(importedEs.Intents.All.Select(Definition), readEs.Intents.All.Select(Definition));
            Assert.Contains(readEs.Intents.All, i => i.EducationUpTo == "high-school-diploma" && i.Phrases.Contains("sin universidad"));
            Assert.True(readEs.Intents.All.Count > read.Intents.All.Count);
            Assert.True(readEs.IsKnown("enfermera"));
            Assert.Equal(importedEs.Correct("enfermra"), readEs.Correct("enfermra"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestPaths.DeleteDirectory(folder);
        }

        static (string, bool, bool, string) Flags(IndexedPage page) => (page.Path, page.Apprenticeship, page.NeedsExperience, page.AlternateTitles);
        static string Spanish(IndexedPage page) =>
            $"{page.Path} {page.Title} {page.TitleLang} {page.BodyLang} {page.ClusterTitle} {string.Join("|", page.TitleKeys)} {string.Join("|", page.TitleWords)} {page.Body.Length}";
        static string Definition(SearchIntent intent) => $"{string.Join("|", intent.Phrases)} {intent.Search} {intent.EducationUpTo} {intent.Apprenticeship} {intent.Order}";
    }

    private static QueryPlan Plan(string query) =>
        QueryPlan.Build(query, new SearchLexicon(new Dictionary<string, int> { ["welding"] = 3 }, [], intents: [NoCollege, Apprenticeship, Cars, Draw, Pay]), SearchText.FillerWords)!;

    private static IndexedPage Page(string title, string? education = null) => new("occupation", "/x", title, null, null, education, false, "");
}
