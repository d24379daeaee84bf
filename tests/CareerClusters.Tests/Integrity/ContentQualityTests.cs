using System.Text.RegularExpressions;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Integrity;

/// <summary>
/// Keeps the real content honest: complete sections, enough words, plain language, nothing copied, no bare figures.
/// They judge the writing of content/, so they carry the ContentQuality category: <c>--filter Category=ContentQuality</c>
/// runs them alone (docs/content.md).
/// </summary>
[Trait("Category", "ContentQuality")]
public partial class ContentQualityTests
{
    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    public static readonly string[] ClusterSections =
        ["Overview", "Work environment", "Skills you'll build", "Education and training", "Sample plan of study", "Continuing education and the future"];

    public static readonly string[] PathwaySections = ["What you would do", "Where you would work", "How to get started"];

    public static readonly string[] Guides =
        ["what-is-a-career-cluster", "what-is-a-career-pathway", "what-is-a-program-of-study", "clusters-and-industries", "for-students", "for-counselors", "faq", "about",
         "after-high-school", "student-organizations", "certifications-licenses-and-degrees", "for-families", "history-of-the-career-clusters",
         "paying-for-training", "first-jobs-for-teens", "joining-the-military"];

    /// <summary>Errors found in the content review (issue 13): none may come back, on any page, in any case.</summary>
    public static readonly string[] ReviewedErrors =
    [
        "ITF+", "IT Fundamentals (ITF", "APICS CSCP", "APICS Certified", "EMT Basic", "EMT-Basic",
        "forklift certification", "forklift operator certificat",
        "Farm Business Management", "try the Forestry or Wildlife events",
        "Only the doctors, nurses, therapists and lab staff",
        "must take classes every year", "require classes every year", "need yearly training hours",
        "within the width of a hair",
    ];

    [Fact]
    public void NoErrorFoundInTheContentReview_Remains()
    {
        var found = Directory.EnumerateFiles(TestPaths.RealContent, "*.md", SearchOption.AllDirectories)
            .SelectMany(file => ReviewedErrors
                .Where(wrong => File.ReadAllText(file).Contains(wrong, StringComparison.OrdinalIgnoreCase))
                .Select(wrong => $"{Path.GetRelativePath(TestPaths.RealContent, file)}: \"{wrong}\""))
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void EveryPlanOfStudy_HasEconomics_NoStateSpecificCredit_NoForkliftOrLateDriversEd_AndNoGapInJrotc()
    {
        Assert.All(Content.Value.Clusters, cluster =>
        {
            string[] header = [];
            var rows = new List<string[]>();
            foreach (string line in File.ReadLines(Path.Combine(TestPaths.RealContent, cluster.File)).Select(l => l.Trim()).Where(l => l.StartsWith('|')))
            {
                string[] cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.All(c => c.Trim('-', ':').Length == 0))
                {
                    continue;
                }
                if (header.Length == 0)
                {
                    header = cells;
                }
                else
                {
                    rows.Add(cells);
                }
            }
            string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];

            Assert.Equal(["Grade", "English", "Math", "Science", "Social studies", "Career and technical courses"], header);
            Assert.Equal(["9", "10", "11", "12"], rows.Select(r => r[0]));
            Assert.Contains(rows, r => Cell(r, "Social studies").Contains("economics", StringComparison.OrdinalIgnoreCase));
            Assert.All(rows, r =>
            {
                Assert.DoesNotContain("Personal Finance", Cell(r, "Math"), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Nutrition", Cell(r, "Science"), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Health Science", Cell(r, "Science"), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("forklift", string.Join(' ', r), StringComparison.OrdinalIgnoreCase);
            });
            Assert.DoesNotContain("driver", string.Join(' ', rows[^1]), StringComparison.OrdinalIgnoreCase);
            for (int level = 2; level <= 4; level++)
            {
                string[] names = ["", "JROTC I", "JROTC II", "JROTC III", "JROTC IV"];
                int row = rows.FindIndex(r => Regex.IsMatch(string.Join(' ', r), $@"\b{names[level]}\b"));
                Assert.True(row < 0 || (row > 0 && Regex.IsMatch(string.Join(' ', rows[row - 1]), $@"\b{names[level - 1]}\b")), $"{cluster.File}: {names[level]} without {names[level - 1]} the year before");
            }
        });
    }

    [Fact]
    public void EveryCluster_HasEverySectionWithText_InOrder()
    {
        Assert.All(Content.Value.Clusters, cluster =>
        {
            var headings = cluster.Body.Sections.Where(s => s.Heading is not null).ToList();
            Assert.True(ClusterSections.SequenceEqual(headings.Select(s => s.Heading!)), $"{cluster.File} sections: {string.Join(", ", headings.Select(s => s.Heading))}");
            Assert.All(headings, s => Assert.True(s.Html.Length > 40, $"{cluster.File}: section \"{s.Heading}\" is empty"));
            Assert.Contains("<table tabindex=\"0\">", cluster.Body.Sections.Single(s => s.Heading == "Sample plan of study").Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryCluster_HasEightToTwelveIsThisYouStatements_AndRelatedClusters()
    {
        Assert.All(Content.Value.Clusters, cluster =>
        {
            var statements = cluster.Meta.IsThisYou!;
            int count = statements.Activities.Count + statements.Qualities.Count + statements.Subjects.Count;
            Assert.True(count is >= 8 and <= 12, $"{cluster.File} has {count} statements");
            Assert.NotEmpty(statements.Activities);
            Assert.NotEmpty(statements.Qualities);
            Assert.NotEmpty(statements.Subjects);
            Assert.NotEmpty(cluster.Meta.Related);
        });
    }

    [Fact]
    public void ClustersHave400Words_AndPathways150()
    {
        Assert.All(Content.Value.Clusters, c => Assert.True(WordCount(c.Body.PlainText) >= 400, $"{c.File}: {WordCount(c.Body.PlainText)} words"));
        Assert.All(Content.Value.Pathways, p => Assert.True(WordCount(p.Body.PlainText) >= 150, $"{p.File}: {WordCount(p.Body.PlainText)} words"));
    }

    [Fact]
    public void EveryPathway_HasItsSections_AndAtLeastFourFeaturedOccupationsWithDescriptionAndEducation()
    {
        var occupations = Content.Value.Occupations.ToDictionary(o => o.Meta.Code!);
        // A pathway of the 16 names its jobs' education in their files; a 2024 sub-cluster's jobs come from the
        // crosswalk, and their education is the one the site shows (BLS's, or the file's where BLS has none).
        string? EducationOf(ContentFile<PathwayFrontMatter> pathway, string code) => pathway.Framework == Frameworks.Sixteen
            ? occupations[code].Meta.Education
            : Content.Value.Data.EducationKeyOf(code, occupations[code].Meta.Education);
        Assert.All(Content.Value.Pathways, pathway =>
        {
            Assert.Equal(PathwaySections, pathway.Body.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!));
            int needed = pathway.Framework == Frameworks.Sixteen ? 4 : Math.Min(4, pathway.Meta.Occupations.Count(code => EducationOf(pathway, code) is not null));
            Assert.True(pathway.Meta.Featured.Count >= needed, $"{pathway.File} features {pathway.Meta.Featured.Count} occupations");
            Assert.All(pathway.Meta.Featured, code =>
            {
                var occupation = occupations[code];
                Assert.True(EducationOf(pathway, code) is not null, $"{occupation.File} has no education");
                int sentences = Sentences(occupation.Body.IntroText).Count;
                Assert.True(sentences is >= 2 and <= 4, $"{occupation.File} has {sentences} sentences");
            });
        });
    }

    [Fact]
    public void AllGuidesExist_AndAboutCarriesTheOnetCredit()
    {
        Assert.Equal(Guides.Order(), Content.Value.Guides.Select(g => g.Slug).Order());
        string about = Content.Value.Guides.Single(g => g.Slug == "about").Body.PlainText;
        Assert.Contains("This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.", about, StringComparison.Ordinal);
        Assert.Contains("BLS Employment Projections program, 2024 to 2034", about, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSentenceOfTwelveOrMoreWords_AppearsOnTwoPages()
    {
        var pages = AllPages().ToList();
        var seen = new Dictionary<string, string>();
        var copies = new List<string>();
        foreach (var (file, text) in pages)
        {
            foreach (string sentence in Sentences(text).Select(s => string.Join(' ', Words(s.ToLowerInvariant()))).Where(s => s.Split(' ').Length >= 12).Distinct())
            {
                if (seen.TryGetValue(sentence, out string? other) && other != file)
                {
                    copies.Add($"{other} and {file}: \"{sentence}\"");
                }
                seen.TryAdd(sentence, file);
            }
        }
        Assert.True(pages.Count > 1000, "the check must read every page");
        Assert.True(copies.Count == 0, string.Join("\n", copies));
    }

    [Fact]
    public void EveryWageOrPercentage_NamesItsSourceAndYear()
    {
        var bare = AllPages().Where(p => FigurePattern().IsMatch(p.Text) && !SourceAndYearPattern().IsMatch(p.Text)).Select(p => p.File).ToList();

        Assert.True(bare.Count == 0, "figures without a source and year in: " + string.Join(", ", bare));
    }

    [Fact]
    public void EveryPage_ReadsAtGradeNineOrBelow()
    {
        var pages = Content.Value.Clusters.Select(c => (c.File, Text: c.Body.PlainText + "\n" + c.Meta.Summary))
            .Concat(Content.Value.Pathways.Select(p => (p.File, Text: p.Body.PlainText + "\n" + p.Meta.Summary)))
            .Concat(Content.Value.Guides.Select(g => (g.File, Text: g.Body.PlainText)))
            .ToList();
        var hard = pages.Select(p => (p.File, Grade: Readability.FleschKincaidGrade(p.Text))).Where(p => p.Grade > 9).ToList();

        Assert.True(hard.Count == 0, string.Join("\n", hard.Select(h => $"{h.File}: grade {h.Grade:F1}")));
        Assert.True(pages.Average(p => Readability.FleschKincaidGrade(p.Text)) <= 8);
    }

    [Fact]
    public void Readability_TellsEasyTextFromHardText()
    {
        double easy = Readability.FleschKincaidGrade("You fix cars. You like to work with your hands. It is fun.");
        double hard = Readability.FleschKincaidGrade("Occupational epidemiologists systematically investigate environmental determinants of morbidity across heterogeneous industrial populations.");

        Assert.InRange(easy, -5, 4);
        Assert.True(hard > 16, $"hard text scored {hard}");
    }

    private static IEnumerable<(string File, string Text)> AllPages()
    {
        var content = Content.Value;
        return content.Clusters.Select(c => (c.File, c.Body.PlainText))
            .Concat(content.Pathways.Select(p => (p.File, p.Body.PlainText)))
            .Concat(content.Occupations.Select(o => (o.File, o.Body.PlainText)))
            .Concat(content.Guides.Select(g => (g.File, g.Body.PlainText)))
            .Concat(content.Home is null ? [] : [(content.Home.File, content.Home.Body.PlainText)]);
    }

    internal static int WordCount(string text) => Words(text).Count();

    internal static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    /// <summary>Each line (paragraph, list item, table cell, heading) ends a sentence, as do . ! and ?.</summary>
    internal static List<string> Sentences(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(line => SentenceEnd().Split(line))
            .Where(s => WordPattern().IsMatch(s))
            .ToList();

    [GeneratedRegex(@"[A-Za-z0-9'’-]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\$\s?\d|\d+(\.\d+)?\s?%")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"[Ss]ource.*\d{4}")]
    private static partial Regex SourceAndYearPattern();
}

/// <summary>The Flesch-Kincaid grade level, with a common vowel-group syllable estimate.</summary>
public static partial class Readability
{
    public static double FleschKincaidGrade(string text)
    {
        var sentences = ContentQualityTests.Sentences(text);
        var words = sentences.SelectMany(ContentQualityTests.Words).ToList();
        if (words.Count == 0)
        {
            return 0;
        }
        int syllables = words.Sum(Syllables);
        return 0.39 * words.Count / sentences.Count + 11.8 * syllables / words.Count - 15.59;
    }

    public static int Syllables(string word)
    {
        string letters = NonLetters().Replace(word.ToLowerInvariant(), "");
        if (letters.Length == 0)
        {
            return 0;
        }
        if (letters.Length <= 3)
        {
            return 1;
        }
        letters = SilentEnding().Replace(letters, "");
        letters = LeadingY().Replace(letters, "");
        return Math.Max(1, VowelGroup().Count(letters));
    }

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NonLetters();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
