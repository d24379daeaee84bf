using System.Text;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>
/// Messages an editor who is not a programmer can act on: YAML mistakes in plain words with the line and a "^" under
/// the column, an empty file, a file in another encoding, a page too large, and a "how to fix" on each.
/// </summary>
public class PlainMessageTests
{
    private const string Guide = "guides/what-is-a-career-cluster.md";

    private static ContentProblem SingleProblem(ContentCopy content) => Assert.Single(ContentLoader.Load(content.Path).Problems);

    public static TheoryData<string, string, int, int, string, string> YamlMistakes => new()
    {
        {
            "order: 1\n", "order: 1\nnote: Nurses: they care\n", 4, 13,
            "the value has a colon followed by a space (\": \") in it, which starts a new field in YAML",
            "Put the whole value in double quotes, like: note: \"Nurses: they care\""
        },
        {
            "summary: \"A family of jobs.\"", "summary: \"A \"family\" of jobs.\"", 4, 14,
            "a quote mark inside the value ends it early: the value is in \"double quotes\" and has another \" inside",
            "Use single quotes inside the value, like: summary: \"A 'family' of jobs.\""
        },
        {
            "summary: \"A family of jobs.\"", "summary: 'A family's jobs.'", 4, 20,
            "an apostrophe inside the value ends it early: the value is in 'single quotes' and has another ' inside",
            "Put the value in double quotes instead, like: summary: \"A family's jobs.\""
        },
        {
            "order: 1\n", "order 1\n", 3, 1,
            "this line has no colon: every field is written as name: value",
            "Add a colon and a space after the field's name, like: order: 1 (or join the line to the one above if it is part of its value)."
        },
        {
            "order: 1\n", "order: 1\norder: 2\n", 4, 1,
            "the field \"order\" is written twice",
            "Keep one of the two lines and delete the other."
        },
        {
            "summary: \"A family of jobs.\"", "summary: @home", 4, 10,
            "a value cannot start with \"@\" in YAML",
            "Put the whole value in double quotes, like: summary: \"@home\""
        },
        {
            "order: 1\n", "order: one\n", 3, 8,
            "\"order\" must be a whole number",
            "Write a number without quotes or words, like: order: 3"
        },
    };

    [Theory]
    [MemberData(nameof(YamlMistakes))]
    public void AYamlMistake_IsSaidInPlainWords_WithTheLineAndAMarkerUnderTheColumn(string find, string replace, int line, int column, string message, string fix)
    {
        using var content = new ContentCopy().Edit(Guide, find, replace);

        var problem = SingleProblem(content);

        Assert.Equal((Guide, line, column), (problem.File, problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
        Assert.Equal(fix, problem.Fix);
        string written = File.ReadAllLines(Path.Combine(content.Path, Guide))[line - 1];
        Assert.Equal(written, problem.Excerpt);
        Assert.Equal(new string(' ', column - 1) + "^", problem.Marker);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void AnEmptyFile_SaysItIsEmpty(string text)
    {
        using var content = new ContentCopy().Write(Guide, text);

        var problem = SingleProblem(content);

        Assert.Equal($"{Guide}:1:1: error: the file is empty", problem.ToString());
        Assert.Equal("Write the front matter and the page's text (copying a similar file is the easiest start), or delete the file if the page is not wanted.", problem.Fix);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-16-no-bom")]
    [InlineData("utf-32")]
    public void AFileInAnotherUnicodeEncoding_IsNamed(string encoding)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.TestContent, Guide));
        byte[] bytes = encoding switch
        {
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16-no-bom" => Encoding.Unicode.GetBytes(text),
            _ => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        };
        using var content = new ContentCopy().WriteBytes(Guide, bytes);

        var problem = SingleProblem(content);

        string name = encoding == "utf-32" ? "UTF-32" : "UTF-16";
        Assert.Equal($"{Guide}:1:1: error: the file is saved as {name}; save it as UTF-8", problem.ToString());
        Assert.Equal("Open the file and save it again as UTF-8: choose Save As (or Save with Encoding) and pick UTF-8 in the Encoding list.", problem.Fix);
    }

    [Fact]
    public void AWordDocumentSavedAsMarkdown_IsNamed()
    {
        using var content = new ContentCopy().WriteBytes(Guide, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

        Assert.Equal($"{Guide}:1:1: error: the file is a Word document or another zipped file, not plain text", SingleProblem(content).ToString());
    }

    [Fact]
    public void APageOver200KB_IsAWarning_AndItStillGoesLive()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.TestContent, Guide));
        using var content = new ContentCopy().Write(Guide, text + new string('a', 250 * 1024) + "\n");

        var result = ContentLoader.Load(content.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{Guide}:1:1: warning: the page is 250 KB; a page over 200 KB is slow to open on a phone and long to print", problem.ToString());
        Assert.Equal("Split it into shorter pages that link to each other, or remove material pasted in by mistake.", problem.Fix);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void APageOver2MB_IsAnError_AndIsNotLoaded()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.TestContent, Guide));
        using var content = new ContentCopy().Write(Guide, text + new string('a', 5 * 1024 * 1024 + 400 * 1024) + "\n");

        var problem = SingleProblem(content);

        Assert.Equal($"{Guide}:1:1: error: the page is 5.4 MB, over the limit of 2 MB, so it was not loaded", problem.ToString());
        Assert.Equal("Check that a whole document was not pasted in by mistake; split a long page into shorter ones that link to each other.", problem.Fix);
    }

    [Fact]
    public void EveryProblem_HasAHowToFix()
    {
        using var content = new ContentCopy()
            .Edit("pathways/therapeutic-services.md", "cluster: health-science", "cluster: nowhere")
            .Edit("clusters/health-science.md", "(/clusters/health-science/therapeutic-services)", "(/clusters/health-science/nursing)")
            .Write("occupations/empty-title.md", "---\ncode: 11-1011.00\n---\n");

        var problems = ContentLoader.Load(content.Path).Problems;

        Assert.True(problems.Count >= 4, string.Join("\n", problems));
        Assert.All(problems, p => Assert.True(p.HowToFix.Length > 20, $"{p} has no fix"));
        Assert.Contains(problems, p => p.Fix.StartsWith("Change the link to the address of a page that exists", StringComparison.Ordinal));
    }
}
