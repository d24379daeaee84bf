using System.Net;
using System.Text.RegularExpressions;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Integrity;

/// <summary>The real content/ folder: valid, complete, with the official names, and every page renders.</summary>
public class RealContentTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    /// <summary>The official names and order of the National Career Clusters Framework (16 clusters, 79 pathways).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OfficialNames = new Dictionary<string, string[]>
    {
        ["Agriculture, Food & Natural Resources"] = ["Agribusiness Systems", "Animal Systems", "Environmental Service Systems", "Food Products & Processing Systems", "Natural Resources Systems", "Plant Systems", "Power, Structural & Technical Systems"],
        ["Architecture & Construction"] = ["Construction", "Design/Pre-Construction", "Maintenance/Operations"],
        ["Arts, A/V Technology & Communications"] = ["A/V Technology & Film", "Journalism & Broadcasting", "Performing Arts", "Printing Technology", "Telecommunications", "Visual Arts"],
        ["Business Management & Administration"] = ["Administrative Support", "Business Information Management", "General Management", "Human Resources Management", "Operations Management"],
        ["Education & Training"] = ["Administration & Administrative Support", "Professional Support Services", "Teaching/Training"],
        ["Finance"] = ["Accounting", "Banking Services", "Business Finance", "Insurance", "Securities & Investments"],
        ["Government & Public Administration"] = ["Foreign Service", "Governance", "National Security", "Planning", "Public Management & Administration", "Regulation", "Revenue & Taxation"],
        ["Health Science"] = ["Biotechnology Research & Development", "Diagnostic Services", "Health Informatics", "Support Services", "Therapeutic Services"],
        ["Hospitality & Tourism"] = ["Lodging", "Recreation, Amusements & Attractions", "Restaurants & Food/Beverage Services", "Travel & Tourism"],
        ["Human Services"] = ["Consumer Services", "Counseling & Mental Health Services", "Early Childhood Development & Services", "Family & Community Services", "Personal Care Services"],
        ["Information Technology"] = ["Information Support & Services", "Network Systems", "Programming & Software Development", "Web & Digital Communications"],
        ["Law, Public Safety, Corrections & Security"] = ["Correction Services", "Emergency & Fire Management Services", "Law Enforcement Services", "Legal Services", "Security & Protective Services"],
        ["Manufacturing"] = ["Health, Safety & Environmental Assurance", "Logistics & Inventory Control", "Maintenance, Installation & Repair", "Manufacturing Production Process Development", "Production", "Quality Assurance"],
        ["Marketing"] = ["Marketing Communications", "Marketing Management", "Marketing Research", "Merchandising", "Professional Sales"],
        ["Science, Technology, Engineering & Mathematics"] = ["Engineering & Technology", "Science & Mathematics"],
        ["Transportation, Distribution & Logistics"] = ["Facility & Mobile Equipment Maintenance", "Health, Safety & Environmental Management", "Logistics Planning & Management Services", "Sales & Service", "Transportation Operations", "Transportation Systems/Infrastructure Planning, Management & Regulation", "Warehousing & Distribution Center Operations"],
    };

    /// <summary>The 16 clusters' files: the 2024 framework has its own tests (Framework2024Tests).</summary>
    private static List<ContentFile<ClusterFrontMatter>> Clusters16(ContentSet content) => content.Clusters.Where(c => c.Framework == Frameworks.Sixteen).ToList();

    private static List<ContentFile<PathwayFrontMatter>> Pathways16(ContentSet content) => content.Pathways.Where(p => p.Framework == Frameworks.Sixteen).ToList();

    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.Load(TestPaths.RealContent));

    [Fact]
    public void RealContent_HasNoErrors()
    {
        var errors = Loaded.Value.Errors.Select(p => p.ToString()).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void ClusterAndPathwayNames_MatchTheOfficialListExactly_InOrder()
    {
        var content = Loaded.Value.Content;
        var clusters = Clusters16(content).OrderBy(c => c.Meta.Order).ToList();

        Assert.Equal(OfficialNames.Keys, clusters.Select(c => c.Meta.Title));
        foreach (var cluster in clusters)
        {
            var pathways = Pathways16(content).Where(p => p.Meta.Cluster == cluster.Slug).OrderBy(p => p.Meta.Order).Select(p => p.Meta.Title);
            Assert.Equal(OfficialNames[cluster.Meta.Title!], pathways);
        }
        Assert.Equal(79, Pathways16(content).Count);
    }

    [Fact]
    public void EveryPathway_HasOccupations_AndEveryOccupationBelongsToAPathway()
    {
        var content = Loaded.Value.Content;
        var listed = Pathways16(content).SelectMany(p => p.Meta.Occupations).ToHashSet();

        Assert.All(Pathways16(content), p => Assert.NotEmpty(p.Meta.Occupations));
        Assert.True(content.Occupations.Count >= 1010, $"{content.Occupations.Count} occupations");
        Assert.All(content.Occupations, o => Assert.Contains(o.Meta.Code!, listed));
    }

    [Fact]
    public async Task All16ClusterAnd79PathwayPages_Render()
    {
        var content = Loaded.Value.Content;
        var paths = Clusters16(content).Select(c => (Path: $"/clusters/{c.Slug}", Title: c.Meta.Title!))
            .Concat(Pathways16(content).Select(p => (Path: $"/clusters/{p.Meta.Cluster}/{p.Slug}", Title: p.Meta.Title!)))
            .ToList();
        using var client = site.CreatePlainClient();

        foreach (var (path, title) in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            string html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<h1>{WebUtility.HtmlEncode(title)}</h1>", html, StringComparison.Ordinal);
        }
        Assert.Equal(16 + 79, paths.Count);
    }

    [Fact]
    public async Task EveryOccupationPage_Renders()
    {
        using var client = site.CreatePlainClient();
        foreach (var occupation in Loaded.Value.Content.Occupations)
        {
            using var response = await client.GetAsync(new Uri($"/occupations/{occupation.Slug}", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/occupations/{occupation.Slug} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Every former name in the framework's reference list (career-clusters-16.yml, `formerly`), copied here because
    /// tests never read ../shared. Its flow list "[Marketing, Sales &amp; Service]" reads in YAML as two names, but it is one:
    /// the cluster's name before it became "Marketing".
    /// </summary>
    public static TheoryData<string, string, string?> FormerNames => new()
    {
        { "Marketing, Sales & Service", "Marketing", null },
        { "STEM", "Science, Technology, Engineering & Mathematics", null },
        { "Interactive Media", "Information Technology", "Web & Digital Communications" },
    };

    /// <summary>The address words of a name, as the content's file names are made: "A/V" is "av", "&amp;" is "and".</summary>
    private static string SlugOf(string name) =>
        Regex.Replace(name.ToLowerInvariant().Replace("a/v", "av", StringComparison.Ordinal).Replace("&", "and", StringComparison.Ordinal), "[^a-z0-9]+", "-").Trim('-');

    [Fact]
    public void SlugRule_GivesEveryCurrentFileName()
    {
        var content = Loaded.Value.Content;

        Assert.Equal(Clusters16(content).Select(c => c.Slug), Clusters16(content).Select(c => SlugOf(c.Meta.Title!)));
        Assert.Equal(Pathways16(content).Select(p => p.Slug), Pathways16(content).Select(p => SlugOf(p.Meta.Title!)));
    }

    [Theory]
    [MemberData(nameof(FormerNames))]
    public async Task EveryFormerName_RedirectsToTheCurrentPage(string formerName, string cluster, string? pathway)
    {
        string target = pathway is null ? $"/clusters/{SlugOf(cluster)}" : $"/clusters/{SlugOf(cluster)}/{SlugOf(pathway)}";
        string old = pathway is null ? $"/clusters/{SlugOf(formerName)}" : $"/clusters/{SlugOf(cluster)}/{SlugOf(formerName)}";
        using var client = site.CreatePlainClient();

        foreach (string variant in new[] { old, old + "/", old.ToUpperInvariant() })
        {
            string location = await FollowToPageAsync(client, variant);
            Assert.True(location == target, $"{variant} ({formerName}) led to {location}, not {target}");
        }
    }

    [Theory]
    [InlineData("/clusters/marketing-sales-and-service/professional-sales", "/clusters/marketing/professional-sales")]
    [InlineData("/clusters/stem/engineering-and-technology", "/clusters/science-technology-engineering-and-mathematics/engineering-and-technology")]
    [InlineData("/clusters/arts-audio-video-technology-and-communications", "/clusters/arts-av-technology-and-communications")]
    public async Task PagesUnderAFormerName_RedirectToTheCurrentPages(string path, string target)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sitemap_ListsEveryRealPage()
    {
        var content = Loaded.Value.Content;
        using var client = site.CreatePlainClient();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToHashSet();

        List<string> expected = ["/", "/clusters", "/occupations", "/guides",
            .. Clusters16(content).Select(c => $"/clusters/{c.Slug}"),
            .. Pathways16(content).Select(p => $"/clusters/{p.Meta.Cluster}/{p.Slug}"),
            .. content.Occupations.Select(o => $"/occupations/{o.Slug}"),
            .. content.Guides.Select(g => $"/guides/{g.Slug}"),
            "/frameworks/2024", "/frameworks/crosswalk",
            .. content.Clusters.Where(c => c.Framework == Frameworks.Modern2024).Select(c => $"/frameworks/2024/{c.Slug}"),
            .. content.Pathways.Where(p => p.Framework == Frameworks.Modern2024).Select(p => $"/frameworks/2024/{p.Meta.Cluster}/{p.Slug}")];
        // In Spanish: the lists (their words are the site's own) and each page that has its Spanish file.
        expected.AddRange(["/es/clusters", "/es/occupations", "/es/guides", "/es/frameworks/2024", "/es/frameworks/crosswalk"]);
        expected.AddRange(content.Translations.Where(t => t.Language == "es").Select(t => (t.Kind, t.Framework) switch
        {
            ("home", _) => "/es",
            ("cluster", Frameworks.Sixteen) => $"/es/clusters/{t.Slug}",
            ("cluster", _) => $"/es/frameworks/{t.Framework}/{t.Slug}",
            ("pathway", Frameworks.Sixteen) => $"/es/clusters/{ClusterOf(t)}/{t.Slug}",
            ("pathway", _) => $"/es/frameworks/{t.Framework}/{ClusterOf(t)}/{t.Slug}",
            ("occupation", _) => $"/es/occupations/{t.Slug}",
            ("guide", _) => $"/es/guides/{t.Slug}",
            _ => throw new InvalidOperationException($"add the address of {t.File} here"),
        }));
        string ClusterOf(ContentTranslation t) => content.Pathways.Single(p => p.Framework == t.Framework && p.Slug == t.Slug).Meta.Cluster!;
        Assert.Contains("/es/clusters/health-science", expected);
        Assert.Empty(expected.Except(listed));
        Assert.Equal(expected.Count, listed.Count);
    }

    /// <summary>Follows permanent redirects (at most three) and returns the address of the page that answers 200.</summary>
    private static async Task<string> FollowToPageAsync(HttpClient client, string path)
    {
        for (int hop = 0; hop < 4; hop++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return path;
            }
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            path = response.Headers.Location!.OriginalString;
        }
        return $"{path} (too many redirects)";
    }
}
