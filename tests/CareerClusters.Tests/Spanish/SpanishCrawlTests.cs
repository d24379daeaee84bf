using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Xunit.Abstractions;

namespace CareerClusters.Tests.Spanish;

/// <summary>
/// Every page a student or a family sees, requested under /es over the real content, must read in Spanish: in the
/// text of its main element, the English function words ("the", "and", "you"...) are measured against the Spanish ones
/// ("el", "y", "tú"...). The names a page is allowed to show in English (the official cluster, pathway and
/// sub-cluster names; O*NET's job titles; the names of organisations and sources listed below) are taken out first.
/// </summary>
public sealed partial class SpanishCrawlTests(RealContentSite site, ITestOutputHelper output) : IClassFixture<RealContentSite>
{
    /// <summary>A page fails when more than this share of its function words is English.</summary>
    private const double MostlyEnglish = 0.25;

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "you", "your", "for", "with", "that", "are", "on", "this", "be", "or", "from", "by",
        "it", "can", "an", "what", "how", "more", "about", "who", "will", "their", "they", "have", "has", "not", "these", "jobs",
        "work", "people", "which", "when", "where", "than", "also", "into", "would", "like", "do", "we", "our", "job",
    };

    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "para", "por", "con", "se", "su", "sus", "tu", "tus",
        "te", "lo", "como", "más", "al", "o", "qué", "cómo", "son", "este", "esta", "estos", "trabajos", "trabajo", "personas",
        "puedes", "quienes", "donde", "dónde", "también", "muy", "ver", "sobre", "hay", "cada",
    };

    /// <summary>Names and credits a Spanish page keeps in English (besides the official names and O*NET titles read from the content).</summary>
    private static readonly string[] AllowedEnglish =
    [
        "Bureau of Labor Statistics", "O*NET", "USDOL/ETA", "CC BY 4.0", "Career Clusters", "Career Cluster", "National Career Clusters Framework",
        "Advance CTE", "CareerOneStop", "My Next Move", "high school", "community college", "associate degree", "bachelor's degree",
        "apprenticeship", "dual enrollment", "Occupational Outlook Handbook",
    ];

    [Fact]
    public async Task EveryStudentPageType_UnderEs_ReadsInSpanish()
    {
        var content = ContentLoader.Load(TestPaths.RealContent).Content;
        var allowed = AllowedNames(content);
        var failures = new ConcurrentBag<string>();
        var shares = new ConcurrentBag<(string Path, double Share)>();
        using var gate = new SemaphoreSlim(4);
        using var client = site.CreatePlainClient();
        await Task.WhenAll(PagesOf(content).Select(async path =>
        {
            await gate.WaitAsync();
            try
            {
                string spanish = SitePaths.InCulture(path, SiteCultures.Spanish);
                using var response = await client.GetAsync(new Uri(spanish, UriKind.Relative));
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add($"{spanish}: answered {(int)response.StatusCode}");
                    return;
                }
                var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
                double share = EnglishShare(page.QuerySelector("main")?.TextContent ?? "", allowed);
                shares.Add((spanish, share));
                if (share > MostlyEnglish)
                {
                    failures.Add($"{spanish}: {share:P0} of its function words are English");
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        output.WriteLine($"{shares.Count} pages; most English: " + string.Join(", ", shares.OrderByDescending(s => s.Share).Take(8).Select(s => $"{s.Path} {s.Share:P0}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} page(s) under /es read mostly in English:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(40)));
    }

    [Theory]
    [InlineData("Cuidas a los pacientes y les enseñas a cuidar su salud en casa.", 0)]
    [InlineData("You care for patients and teach them how to stay well at home.", 1)]
    [InlineData("Trabajos en Health Science (*Health Science*) y en Registered Nurses.", 0)]
    public void TheMeasure_CountsEnglishFunctionWords_AfterTakingOutAllowedNames(string text, double expected) =>
        Assert.Equal(expected, EnglishShare(text, ["Health Science", "Registered Nurses"]), 2);

    /// <summary>Every page made from a content file, and the pages built from the data, by their English addresses.</summary>
    private static IEnumerable<string> PagesOf(ContentSet content)
    {
        yield return SitePaths.Home;
        foreach (string framework in content.Clusters.Select(c => c.Framework).Distinct(StringComparer.Ordinal))
        {
            yield return SitePaths.Framework(framework);
        }
        foreach (var cluster in content.Clusters)
        {
            yield return SitePaths.Cluster(cluster.Framework, cluster.Slug);
        }
        foreach (var pathway in content.Pathways.Where(p => p.Meta.Cluster is not null))
        {
            yield return SitePaths.Pathway(pathway.Framework, pathway.Meta.Cluster!, pathway.Slug);
        }
        foreach (var occupation in content.Occupations)
        {
            yield return SitePaths.Occupation(occupation.Slug);
        }
        yield return SitePaths.Guides;
        foreach (var guide in content.Guides)
        {
            yield return SitePaths.Guide(guide.Slug);
        }
        yield return SitePaths.Occupations;
        yield return SitePaths.Occupations + "?cluster=health-science&education=bachelors-degree";
        yield return SitePaths.Crosswalk;
        yield return SitePaths.Survey;
        yield return SitePaths.SearchFor("enfermera");
        yield return SitePaths.SearchFor("mecánico");
        yield return SitePaths.SharedShortlist([ClusterKey.Sixteen("health-science"), ClusterKey.Sixteen("information-technology")]);
        yield return SitePaths.CompareClusters([ClusterKey.Sixteen("health-science"), ClusterKey.Sixteen("human-services")]);
        yield return SitePaths.CompareJobs(["registered-nurses", "licensed-practical-and-licensed-vocational-nurses"]);
        yield return SitePaths.StatePicker();
        yield return SitePaths.State("texas");
        yield return SitePaths.State("california", "registered-nurses");
    }

    private static List<string> AllowedNames(ContentSet content) =>
        [.. content.Clusters.Select(c => c.Meta.Title).Concat(content.Pathways.Select(p => p.Meta.Title)).Concat(content.Occupations.Select(o => o.Meta.Title))
            .OfType<string>().Concat(AllowedEnglish).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];

    /// <summary>The share of English among the function words of <paramref name="text"/>, once the allowed names are taken out; 0 for a text with none.</summary>
    private static double EnglishShare(string text, IReadOnlyList<string> allowed)
    {
        foreach (string name in allowed)
        {
            text = text.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }
        int english = 0, spanish = 0;
        foreach (Match word in Words().Matches(text.ToLowerInvariant()))
        {
            english += EnglishWords.Contains(word.Value) ? 1 : 0;
            spanish += SpanishWords.Contains(word.Value) ? 1 : 0;
        }
        return english + spanish == 0 ? 0 : (double)english / (english + spanish);
    }

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();
}
