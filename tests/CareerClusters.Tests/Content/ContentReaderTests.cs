using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

public class ContentReaderTests
{
    [Fact]
    public void TestContent_LoadsWithoutProblems()
    {
        var result = ContentLoader.Load(TestPaths.TestContent);

        Assert.Empty(result.Problems);
        Assert.Equal(["health-science", "information-technology"], result.Content.Clusters.Select(c => c.Slug));
        Assert.Equal(2, result.Content.Pathways.Count);
        Assert.Equal(3, result.Content.Occupations.Count);
    }

    [Fact]
    public void FrontMatter_IsReadIntoTypedRecords()
    {
        var result = ContentLoader.Load(TestPaths.TestContent);

        var health = result.Content.Clusters.Single(c => c.Slug == "health-science");
        Assert.Equal("Health Science", health.Meta.Title);
        Assert.Equal(1, health.Meta.Order);
        Assert.Equal(["information-technology"], health.Meta.Related);
        Assert.Equal(["I like helping people feel better."], health.Meta.IsThisYou!.Activities);
        var pathway = result.Content.Pathways.Single(p => p.Slug == "therapeutic-services");
        Assert.Equal("health-science", pathway.Meta.Cluster);
        Assert.Equal(["29-1141.00", "15-1211.01"], pathway.Meta.Occupations);
        Assert.Equal(["29-1141.00"], pathway.Meta.Featured);
    }

    [Fact]
    public void Body_IsSplitIntoSectionsWithAnchors()
    {
        var parsed = MarkdownDocumentParser.Parse("---\ntitle: x\n---\nIntro text.\n\n## Work environment\nIn a *lab*.\n\n## Skills you'll build\nMany.\n");

        Assert.Equal([null, "work-environment", "skills-youll-build"], parsed.Sections.Select(s => s.Anchor));
        Assert.Equal("Work environment", parsed.Sections[1].Heading);
        Assert.Equal("<p>In a <em>lab</em>.</p>", parsed.Sections[1].Html);
        Assert.Equal(2, parsed.FrontMatterFirstLine);
    }

    [Fact]
    public void RawHtmlInMarkdown_IsEscapedNotRendered()
    {
        var parsed = MarkdownDocumentParser.Parse("---\ntitle: x\n---\nHello <script>alert('x')</script> <img src=x onerror=alert(1)>\n");

        string html = parsed.Sections.Single().Html;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_RenderAsHtmlTables()
    {
        var parsed = MarkdownDocumentParser.Parse("---\ntitle: x\n---\n| Grade | Math |\n|---|---|\n| 9 | Algebra I |\n");

        // A table may scroll sideways on a mid-size screen: it takes keyboard focus so it can be scrolled without a mouse.
        // On a phone it is a stack of cards: each cell names its column.
        Assert.Contains("<table tabindex=\"0\">", parsed.Sections.Single().Html, StringComparison.Ordinal);
        Assert.Contains("<th>Math</th>", parsed.Sections.Single().Html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Math\">Algebra I</td>", parsed.Sections.Single().Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_KeepsEntitiesLinkTextAndCode_AndPutsEachParagraphItemAndCellOnItsOwnLine()
    {
        var parsed = MarkdownDocumentParser.Parse(
            "---\ntitle: x\n---\n## Work &amp; play\nJobs at AT&amp;T and [Cisco](https://example.com) use `ssh`,\nevery day.\n\n- one item\n\n| Grade | Math |\n|---|---|\n| 9 | Algebra I |\n");

        Assert.Equal("Work & play", parsed.Sections.Single().Heading);
        Assert.Equal(["Work & play", "Jobs at AT&T and Cisco use ssh, every day.", "one item", "Grade", "Math", "9", "Algebra I"],
            parsed.PlainText.Split('\n'));
    }

    [Fact]
    public void AWindows1252Letter_IsAnErrorAtItsFileLineAndColumn_NeverReplacementCharacters()
    {
        using var content = new ContentCopy().EditAsWindows1252("clusters/health-science.md", "Hospitals and clinics.", "Hospitals and cafés.");

        var result = ContentLoader.Load(content.Path);

        var problem = Assert.Single(result.Errors);
        Assert.Equal(("clusters/health-science.md", 20, 18), (problem.File, problem.Line, problem.Column));
        Assert.Contains("not valid UTF-8 (byte 0xE9)", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Content.Clusters, c => c.Slug == "health-science");
    }

    [Theory]
    [InlineData("search/synonyms.yml", "rn: registered nurses", "rn: registered nursés", 2)]
    [InlineData("occupations/web-developers.md", "code: 15-1254.00", "code: 15-1254.00\n# café", 3)]
    public void AWindows1252Letter_InAnyKindOfFile_IsAnErrorAtItsLine(string file, string oldText, string newText, int line)
    {
        using var content = new ContentCopy().EditAsWindows1252(file, oldText, newText);

        var result = ContentLoader.Load(content.Path);

        Assert.Contains(result.Errors, p => p.File == file && p.Line == line && p.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void AWindows1252Letter_InADataFile_IsAnErrorAtItsLine()
    {
        using var content = new ContentCopy().WriteBytes("data/onet/occupation_data.tsv",
            [.. "O*NET-SOC Code\tTitle\tDescription\n29-1141.00\tRegistered Nurses\tCare for patients.\n15-1254.00\tWeb Developers\tBuild sites for a caf"u8, 0xE9, .. ".\n"u8]);

        var result = ContentLoader.Load(content.Path);

        var problem = Assert.Single(result.Errors);
        Assert.Equal(("data/onet/occupation_data.tsv", 3, 48), (problem.File, problem.Line, problem.Column));
    }

    [Fact]
    public void AByteOrderMark_IsAccepted_AndNotPartOfTheText()
    {
        using var content = new ContentCopy();
        string path = Path.Combine(content.Path, "clusters/health-science.md");
        content.WriteBytes("clusters/health-science.md", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);

        var result = ContentLoader.Load(content.Path);

        Assert.Empty(result.Problems);
        Assert.Equal("Health Science", result.Content.Clusters.Single(c => c.Slug == "health-science").Meta.Title);
    }
}
