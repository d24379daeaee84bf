using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>
/// The military counterparts and the paying-for-training sentences (content/data/military/, content/data/education/):
/// read, checked row by row with file and line, and shown on both job pages; a job file's "##" sections show under
/// their headings while lists keep the summary alone.
/// </summary>
public sealed class TrainingRouteDataTests : IDisposable
{
    private const string CounterpartsHeader = "military_code,military_title,civilian_code,civilian_title,why\n";
    private const string CostsHeader = "education,text\n";
    private const string NursesAndMedics = "55-3019.00,Combat Medics,29-1141.00,Registered Nurses,Both care for the sick and injured.\n";
    private const string BachelorsCost = "bachelors-degree,\"Grants often lower the price; see [the guide](/guides/what-is-a-career-cluster).\"\n";

    private readonly ContentCopy _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>The test content with a military job, featured beside the nurses, whose file adds a section after its summary.</summary>
    private ContentCopy WithMilitaryJob(string counterparts = NursesAndMedics, string costs = BachelorsCost)
    {
        _content.Write("occupations/combat-medics.md",
            "---\ncode: 55-3019.00\ntitle: \"Combat Medics\"\neducation: high-school-diploma\n---\n" +
            "You treat wounded troops in the field. You keep them alive until help comes.\n\n" +
            "## Joining and training\n\nTake the ASVAB first. Then go to basic training and medic school.\n");
        _content.Edit("pathways/therapeutic-services.md", "featured: [29-1141.00]", "featured: [29-1141.00, 55-3019.00]")
            .Edit("pathways/therapeutic-services.md", "  - 15-1211.01", "  - 55-3019.00  # Combat Medics\n  - 15-1211.01");
        _content.Write(TrainingRouteFiles.MilitaryCounterparts, CounterpartsHeader + counterparts);
        _content.Write(TrainingRouteFiles.TrainingCosts, CostsHeader + costs);
        return _content;
    }

    private static List<string> ProblemsIn(ContentCopy content, string file) =>
        ContentLoader.Load(content.Path).Problems.Where(p => p.File == file).Select(p => p.ToString()).ToList();

    [Fact]
    public void GoodRows_AreReadWithoutProblems_AndTheSummaryIsTheTextBeforeTheFirstSection()
    {
        var result = ContentLoader.Load(WithMilitaryJob().Path);

        Assert.Empty(result.Problems);
        var pair = Assert.Single(result.Content.Data.MilitaryCounterparts);
        Assert.Equal(("55-3019.00", "29-1141.00", 2), (pair.MilitaryCode, pair.CivilianCode, pair.Line));
        Assert.Equal("bachelors-degree", Assert.Single(result.Content.Data.TrainingCosts).Education);
        var medics = result.Content.Occupations.Single(o => o.Slug == "combat-medics");
        Assert.Equal("You treat wounded troops in the field. You keep them alive until help comes.", medics.Body.IntroText);
        Assert.Contains("ASVAB", medics.Body.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void EachWrongCounterpart_IsReportedAtItsFileAndLine()
    {
        WithMilitaryJob(NursesAndMedics +
            "55-3019.00,Combat Medics,29-9999.00,No Such Job,Unknown.\n" +
            "29-1141.00,Registered Nurses,15-1254.00,Web Developers,Not military.\n" +
            "55-3019.00,Combat Medics,55-3019.00,Combat Medics,Both military.\n" +
            "55-3019.00,Combat Medic,15-1254.00,Web Developers,\n" +
            "55-3019.00,Combat Medics,29-1141.00,Registered Nurses,Twice.\n" +
            "55-3019,Combat Medics,29-1141.00,Registered Nurses,Short code.\n");
        const string File = TrainingRouteFiles.MilitaryCounterparts;

        Assert.Equal(
        [
            $"{File}:3:1: error: no occupation file has the code 29-9999.00 (column \"civilian_code\"): add one in occupations/, or fix the code",
            $"{File}:4:1: error: 29-1141.00 in column \"military_code\" is not a military job: O*NET's military jobs have codes that start with 55-",
            $"{File}:5:1: error: 55-3019.00 in column \"civilian_code\" is a military job: name the civilian job the military one trains people for",
            $"{File}:6:1: error: the title \"Combat Medic\" is not the title of 55-3019.00 in occupations/combat-medics.md (\"Combat Medics\")",
            $"{File}:6:1: error: the column \"why\" is empty: say what the two jobs have in common",
            $"{File}:7:1: error: 55-3019.00 and 29-1141.00 are already paired on line 2",
            $"{File}:8:1: error: \"55-3019\" in column \"military_code\" is not an O*NET-SOC code like 29-1141.00",
        ], ProblemsIn(_content, File));
    }

    [Fact]
    public void EachWrongCostSentence_IsReportedAtItsFileAndLine_LinksIncluded()
    {
        WithMilitaryJob(costs: BachelorsCost +
            "masters-degeee,\"Loans help.\"\n" +
            "bachelors-degree,\"Again.\"\n" +
            "associates-degree,\"See [the guide](/guides/no-such-guide).\"\n" +
            "high-school-diploma,\"\"\n" +
            "some-college,\"- a list, not a sentence\"\n");
        const string File = TrainingRouteFiles.TrainingCosts;

        var problems = ProblemsIn(_content, File);

        Assert.Equal(5, problems.Count);
        Assert.StartsWith($"{File}:3:1: error: unknown education \"masters-degeee\" in column \"education\"; use one of: no-formal-credential,", problems[0], StringComparison.Ordinal);
        Assert.Equal($"{File}:4:1: error: the education bachelors-degree already has a sentence on line 2", problems[1]);
        Assert.Equal($"{File}:5:1: error: the link \"/guides/no-such-guide\" points to a page that does not exist", problems[2]);
        Assert.Equal($"{File}:6:1: error: the column \"text\" is empty: write the sentence the job pages show for this education level", problems[3]);
        Assert.Equal($"{File}:7:1: error: the column \"text\" must be one paragraph (no headings, lists or blank lines)", problems[4]);
    }

    [Fact]
    public void AWrongSpanishSentence_IsReportedAtItsFileAndLine_LinksIncluded()
    {
        _content.Write(TrainingRouteFiles.TrainingCosts, "education,text,text_es\n" +
            "bachelors-degree,\"Grants help; see [the guide](/guides/what-is-a-career-cluster).\",\"Las becas ayudan; lee [la guía](/guides/no-such-guide).\"\n" +
            "masters-degree,\"Loans help.\",\"- una lista, no una oración\"\n" +
            "associates-degree,\"Grants help.\",\n");
        const string File = TrainingRouteFiles.TrainingCosts;

        Assert.Equal(
        [
            $"{File}:2:1: error: the link \"/guides/no-such-guide\" points to a page that does not exist",
            $"{File}:3:1: error: the column \"text_es\" must be one paragraph (no headings, lists or blank lines), like the English sentence",
        ], ProblemsIn(_content, File));
    }

    [Fact]
    public async Task ASpanishJobPage_ShowsTheSpanishSentence_OrTheEnglishOneMarkedAsEnglish()
    {
        using var site = new SiteFactory(WithMilitaryJob().Write(TrainingRouteFiles.TrainingCosts, "education,text,text_es\n" +
            "bachelors-degree,\"Grants often lower the price; see [the guide](/guides/what-is-a-career-cluster).\",\"Las becas bajan el precio; lee [la guía](/guides/what-is-a-career-cluster).\"\n" +
            "high-school-diploma,\"Public high school is free; see [the guide](/guides/what-is-a-career-cluster).\",\n").Path);

        var english = (await site.GetDocumentAsync("/occupations/registered-nurses")).QuerySelector(".training-cost")!;
        var spanish = (await site.GetDocumentAsync("/es/occupations/registered-nurses")).QuerySelector(".training-cost")!;
        var untranslated = (await site.GetDocumentAsync("/es/occupations/combat-medics")).QuerySelector(".training-cost")!;

        Assert.Equal(("Grants often lower the price; see the guide.", null), (english.TextContent.Trim(), english.GetAttribute("lang")));
        Assert.Equal(("Las becas bajan el precio; lee la guía.", null), (spanish.TextContent.Trim(), spanish.GetAttribute("lang")));
        Assert.Equal("/es/guides/what-is-a-career-cluster", spanish.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(("Public high school is free; see the guide.", "en"), (untranslated.TextContent.Trim(), untranslated.GetAttribute("lang")));
    }

    [Fact]
    public void AWrongHeader_IsReportedOnLineOne()
    {
        WithMilitaryJob().Write(TrainingRouteFiles.MilitaryCounterparts, "military,civilian\n55-3019.00,29-1141.00\n");

        var problem = Assert.Single(ContentLoader.Load(_content.Path).Problems);

        Assert.Equal((TrainingRouteFiles.MilitaryCounterparts, 1), (problem.File, problem.Line));
        Assert.Contains("no column \"military_code\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothJobPages_LinkEachOther_TheCostSentenceShowsUnderTheEducation_AndListsShowOnlyTheSummary()
    {
        using var site = new SiteFactory(WithMilitaryJob().Path);

        var nurses = await site.GetDocumentAsync("/occupations/registered-nurses");
        var medics = await site.GetDocumentAsync("/occupations/combat-medics");
        var pathway = await site.GetDocumentAsync("/clusters/health-science/therapeutic-services");

        var trains = nurses.QuerySelector("section[aria-labelledby='get-there'] .military-counterparts")!;
        Assert.StartsWith("The military trains people for this job:", trains.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/occupations/combat-medics"], trains.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var cost = nurses.QuerySelector("section[aria-labelledby='get-there'] .training-cost a")!;
        Assert.Equal(("/guides/what-is-a-career-cluster", "the guide"), (cost.GetAttribute("href"), cost.TextContent));

        var uses = medics.QuerySelector(".civilian-counterparts")!;
        Assert.StartsWith("Civilian jobs that use the same skills:", uses.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/occupations/registered-nurses"], uses.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(medics.QuerySelector(".training-cost")); // no sentence for a high school diploma in this content
        Assert.Equal("Joining and training", medics.QuerySelector("h2#joining-and-training")!.TextContent);
        Assert.DoesNotContain("ASVAB", medics.QuerySelector("section[aria-labelledby='about-job']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ASVAB", medics.QuerySelector("section[aria-labelledby='joining-and-training']")!.TextContent, StringComparison.Ordinal);

        string featured = pathway.Body!.TextContent;
        Assert.Contains("You treat wounded troops in the field.", featured, StringComparison.Ordinal);
        Assert.DoesNotContain("ASVAB", featured, StringComparison.Ordinal);
    }
}
