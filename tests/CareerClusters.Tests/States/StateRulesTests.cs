using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.States;

/// <summary>data/states/states.csv is read and checked row by row: every problem names the file and line, and the real file has none.</summary>
public sealed class StateRulesTests : IDisposable
{
    private const string File = "data/states/states.csv";
    private const string Header = "code,name,slug,career_site\n";

    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    private List<string> Problems(string rows)
    {
        _content.Write(File, Header + rows);
        return ContentLoader.Load(_content.Path).Problems.Where(p => p.File == File).Select(p => p.ToString()).ToList();
    }

    [Fact]
    public void TheRealFile_HasNoProblem_AndHasThe50StatesDcAndPuertoRico_EachWithAnAddressWord()
    {
        var result = ContentLoader.Load(TestPaths.RealContent);

        Assert.Empty(result.Problems.Where(p => p.File == File).Select(p => p.ToString()));
        var states = result.Content.Data.States;
        Assert.Equal(52, states.Count);
        Assert.Contains(states, s => s is { Code: "PR", Name: "Puerto Rico", Slug: "puerto-rico" });
        Assert.Contains(states, s => s is { Code: "DC", Name: "District of Columbia", Slug: "district-of-columbia" });
        Assert.All(states, s => Assert.Equal(s.Name.ToLowerInvariant().Replace(' ', '-'), s.Slug));
        Assert.All(states.Where(s => s.CareerSite.Length > 0), s => Assert.StartsWith("https://", s.CareerSite, StringComparison.Ordinal));
    }

    [Fact]
    public void EachWrongRow_IsReportedAtItsLine()
    {
        var problems = Problems(
            "TX,Texas,texas,https://texascareercheck.com/\n" +   // line 2: fine
            "tx,Texas Again,texas-again,\n" +                    // 3: lowercase code
            "ZZ,Atlantis,atlantis,\n" +                          // 4: no such code
            "TX,Tejas,tejas,\n" +                                // 5: code twice
            "OH,,ohio,\n" +                                      // 6: no name
            "OK,Texas,oklahoma,\n" +                             // 7: name twice
            "NY,New York,New York,\n" +                          // 8: not a slug
            "NJ,New Jersey,texas,\n" +                           // 9: slug twice
            "NM,New Mexico,choose,\n" +                          // 10: reserved
            "CA,California,ca,\n" +                              // 11: two letters
            "WA,Washington,washington,http://careerbridge.wa.gov/\n" + // 12: not https
            "CO,Colorado,colorado,mycoloradojourney.com\n");     // 13: not a full address

        Assert.Contains($"{File}:3:1: error: write the code \"tx\" in capitals: TX", problems);
        Assert.Contains(problems, p => p.StartsWith($"{File}:4:1: error: \"ZZ\" in column \"code\" is not the USPS code", StringComparison.Ordinal));
        Assert.Contains($"{File}:5:1: error: the code TX is already on line 2", problems);
        Assert.Contains(problems, p => p.StartsWith($"{File}:6:1: error: the column \"name\" is empty", StringComparison.Ordinal));
        Assert.Contains($"{File}:7:1: error: the name \"Texas\" is already on line 2", problems);
        Assert.Contains(problems, p => p.StartsWith($"{File}:8:1: error: \"New York\" in column \"slug\" is not an address word", StringComparison.Ordinal) && p.EndsWith("like new-york", StringComparison.Ordinal));
        Assert.Contains($"{File}:9:1: error: the slug \"texas\" is already on line 2", problems);
        Assert.Contains(problems, p => p.StartsWith($"{File}:10:1: error: the slug \"choose\" cannot be used", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{File}:11:1: error: the slug \"ca\" cannot be used", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{File}:12:1: error: \"http://careerbridge.wa.gov/\" in column \"career_site\" is not a full https address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{File}:13:1: error: \"mycoloradojourney.com\" in column \"career_site\"", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith($"{File}:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingState_IsAWarning_AndAMissingColumnAnErrorOnLine1()
    {
        var warnings = Problems("TX,Texas,texas,\n");
        Assert.Contains($"{File}:1:1: warning: no row for OH: students there cannot pick their state", warnings);
        Assert.Equal(50, warnings.Count(w => w.Contains(": warning: no row for ", StringComparison.Ordinal)));

        _content.Write(File, "code,name,slug\nTX,Texas,texas\n");
        var errors = ContentLoader.Load(_content.Path).Problems.Where(p => p.File == File).Select(p => p.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith($"{File}:1:1: error: the header has no column \"career_site\"", StringComparison.Ordinal));
    }
}
