using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Search;

public class SearchUnitTests
{
    private static readonly SearchLexicon Lexicon = new(
        new Dictionary<string, int> { ["accounting"] = 10, ["engineer"] = 5, ["engines"] = 50, ["nurse"] = 9, ["nurses"] = 8 },
        [("emt", "emergency medical technicians, paramedics")]);

    [Theory]
    [InlineData("acounting", "accounting")]
    [InlineData("enginer", "engineer")]
    [InlineData("nursse", "nurses")]
    [InlineData("xyzzy", null)]
    public void Correct_FindsTheClosestIndexedWord_PreferringAWordWithTheMissingLetter(string typed, string? expected) =>
        Assert.Equal(expected, Lexicon.Correct(typed));

    [Fact]
    public void QueryPlan_QuotesEveryWord_SoSearchSyntaxIsNeverPassedThrough()
    {
        var plan = QueryPlan.Build("nurse\" OR title:* NEAR(", Lexicon, new HashSet<string>())!;

        Assert.Equal("\"nurse\" AND \"or\" AND \"title\" AND (\"near\" OR \"near\"*)", plan.AllWords);
    }

    [Fact]
    public void QueryPlan_AddsSynonymsAsAlternatives()
    {
        var plan = QueryPlan.Build("EMT", Lexicon, new HashSet<string>())!;

        Assert.Equal("(\"emt\" OR (\"emergency\" AND \"medical\" AND \"technicians\") OR \"paramedics\")", plan.AllWords);
    }

    [Theory]
    [InlineData("Truck Drivers", 3.0)]
    [InlineData("Heavy and Tractor-Trailer Truck Drivers", 2.5)]
    [InlineData("Drivers of Delivery Trucks", 2.0)]
    [InlineData("Bus Drivers", 1.25)]
    [InlineData("Nurses", 1.0)]
    public void TitleBoost_RanksExactTitlesThenPhrasesThenAllWordsThenSome(string title, double boost)
    {
        var plan = QueryPlan.Build("truck driver", Lexicon, new HashSet<string>())!;

        Assert.Equal(boost, plan.TitleBoost(new IndexedPage("occupation", "/x", title, null, null, null, false, "")));
    }

    [Fact]
    public void Snippet_ShowsWordsAroundTheFirstMatch_MarksMatches_AndIsEncoded()
    {
        string body = "Intro words one two three four five six seven eight. Nurses <b>care</b> for people & nursing homes need them. " +
            string.Join(" ", Enumerable.Repeat("more", 40));

        string html = SearchEngine.HighlightedHtml(SearchEngine.Snippet(body, ["nurs"]));

        Assert.StartsWith("…three four five six seven eight. <mark>Nurses</mark> &lt;b&gt;care&lt;/b&gt; for people &amp; <mark>nursing</mark> homes", html, StringComparison.Ordinal);
        Assert.EndsWith("more…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EditDistance_CountsASwapOfNeighboursAsOne()
    {
        Assert.Equal(1, EditDistance.Between("nursse", "nurses", 2));
        Assert.Equal(2, EditDistance.Between("kitten", "sittin", 2));
        Assert.Equal(3, EditDistance.Between("abcdef", "uvwxyz", 2));
    }

    [Fact]
    public void SynonymsFile_IsValidated_WithLines()
    {
        using var content = new ContentCopy().Write("search/synonyms.yml", "ok: fine\nBad Term: x\nempty: \"\"\n");
        using var duplicated = new ContentCopy().Write("search/synonyms.yml", "ok: fine\nother: x\nok: again\n");

        var problems = ContentLoader.Load(content.Path).Problems;
        var duplicate = Assert.Single(ContentLoader.Load(duplicated.Path).Problems);

        Assert.Equal(
            [("search/synonyms.yml", 2, "\"Bad Term\" must be lowercase letters, digits and single spaces"),
             ("search/synonyms.yml", 3, "\"empty\" has nothing to search for: write the site's words after the colon")],
            problems.Select(p => (p.File, p.Line, p.Message)));
        Assert.Equal(("search/synonyms.yml", 3, "\"ok\" is listed twice"), (duplicate.File, duplicate.Line, duplicate.Message));
    }

    [Fact]
    public void RealSynonymsFile_HasAUsefulList()
    {
        var result = ContentLoader.Load(TestPaths.RealContent);

        Assert.True(result.Content.Synonyms.Count >= 60, $"{result.Content.Synonyms.Count} synonyms");
    }
}
