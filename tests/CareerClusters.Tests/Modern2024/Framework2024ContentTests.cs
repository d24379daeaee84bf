using System.Net;
using CareerClusters.Tests.Integrity;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Modern2024;

/// <summary>
/// Advance CTE's 2024 framework in the real content: the official names, every job placed from the crosswalk data,
/// pages as complete as the 16 clusters' pages, and the crosswalk between the two computed from the jobs both place.
/// </summary>
public class Framework2024ContentTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    /// <summary>The 14 clusters and 72 sub-clusters, names and order as in career-clusters-2024.yml (copied: tests never read ../shared).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OfficialNames = new Dictionary<string, string[]>
    {
        ["Advanced Manufacturing"] = ["Engineering", "Industrial Machinery", "Production & Automation", "Robotics", "Safety & Quality Assurance"],
        ["Construction"] = ["Architecture & Civil Engineering", "Construction Planning & Development", "Equipment Operation & Maintenance", "Skilled Trades"],
        ["Supply Chain & Transportation"] = ["Air & Space Transportation", "Ground & Rail Transportation", "Maintenance & Repair", "Marine Transportation", "Planning & Logistics", "Purchasing & Warehousing"],
        ["Arts, Entertainment, & Design"] = ["Design & Digital Arts", "Fashion & Interiors", "Fine Arts", "Lighting & Sound Technology", "Media Production & Broadcasting", "Performing Arts"],
        ["Hospitality, Events, & Tourism"] = ["Accommodations", "Conferences & Events", "Culinary & Food Services", "Travel & Leisure"],
        ["Financial Services"] = ["Accounting", "Banking & Credit", "Financial Strategy & Investments", "Insurance", "Real Estate"],
        ["Education"] = ["Early Childhood Development", "Education Administration & Leadership", "Learner Support & Community Engagement", "Teaching, Training, & Facilitation"],
        ["Healthcare & Human Services"] = ["Behavioral & Mental Health", "Biotechnology Research & Development", "Community & Social Services", "Health Data & Administration", "Personal Care Services", "Physical Health"],
        ["Public Service & Safety"] = ["Emergency Response", "Judicial Systems", "Local, State, & Federal Services", "Military & National Security", "Public Safety"],
        ["Agriculture"] = ["Agribusiness", "Agricultural Technology & Automation", "Animal Systems", "Food Science & Processing", "Plant Systems", "Water Systems"],
        ["Energy & Natural Resources"] = ["Clean & Alternative Energy", "Conservation & Land Management", "Ecological Research & Development", "Environmental Protection", "Resource Extraction", "Utilities"],
        ["Digital Technology"] = ["Data Science & AI", "IT Support & Services", "Network Systems & Cybersecurity", "Software Solutions", "Unmanned Vehicle Technology", "Web & Cloud"],
        ["Management & Entrepreneurship"] = ["Business Information Management", "Entrepreneurship & Small Business", "Leadership & Operations", "Project Management", "Regulation"],
        ["Marketing & Sales"] = ["Market Research, Analytics, & Ethics", "Marketing & Advertising", "Retail & Customer Experience", "Strategic Sales"],
    };

    private static readonly Lazy<ContentLoadResult> Loaded = new(() => ContentLoader.Load(TestPaths.RealContent));

    private static List<ContentFile<ClusterFrontMatter>> Clusters(string framework) =>
        Loaded.Value.Content.Clusters.Where(c => c.Framework == framework).OrderBy(c => c.Meta.Order).ToList();

    private static List<ContentFile<PathwayFrontMatter>> SubClusters(string framework) =>
        Loaded.Value.Content.Pathways.Where(p => p.Framework == framework).ToList();

    [Fact]
    public void TheFourteenClustersAndSeventyTwoSubClusters_HaveTheirOfficialNames_InOrder()
    {
        var clusters = Clusters(Frameworks.Modern2024);

        Assert.Equal(OfficialNames.Keys, clusters.Select(c => c.Meta.Title));
        foreach (var cluster in clusters)
        {
            var subClusters = SubClusters(Frameworks.Modern2024).Where(p => p.Meta.Cluster == cluster.Slug).OrderBy(p => p.Meta.Order).Select(p => p.Meta.Title);
            Assert.Equal(OfficialNames[cluster.Meta.Title!], subClusters);
        }
        Assert.Equal(72, SubClusters(Frameworks.Modern2024).Count);
        Assert.Equal(["01", "02", "03", "04", "05", "06"], clusters.Select(c => c.Meta.Code![..2]).Distinct());
    }

    [Fact]
    public void EachCluster_HasItsOwnIconAndColour()
    {
        var clusters = Clusters(Frameworks.Modern2024);

        Assert.Equal(clusters.Count, clusters.Select(c => c.Meta.Icon).Distinct().Count());
        Assert.Equal(clusters.Count, clusters.Select(c => c.Meta.Colour).Distinct().Count());
    }

    [Fact]
    public void EverySubCluster_HasJobs_FromTheCrosswalk_AndEveryJobSitsInOne()
    {
        var subClusters = SubClusters(Frameworks.Modern2024);
        var placed = subClusters.SelectMany(p => p.Meta.Occupations).ToHashSet();

        Assert.All(subClusters, p => Assert.True(p.Meta.Occupations.Count > 0, $"{p.File} has no jobs"));
        Assert.All(subClusters, p => Assert.Empty(p.Meta.TypedOccupations));
        Assert.Equal(Loaded.Value.Content.Occupations.Count, placed.Count);
        // Registered nurses: SOC 29-1141 is in Physical Health; Advance CTE's 21-1018 holds O*NET's two counselor codes.
        Assert.Contains("29-1141.00", subClusters.Single(p => p.Slug == "physical-health").Meta.Occupations);
        Assert.Contains("21-1014.00", subClusters.Single(p => p.Slug == "behavioral-and-mental-health").Meta.Occupations);
    }

    [Fact]
    public void EveryPage_IsAsCompleteAsTheSixteenClustersPages_ByWordCount()
    {
        static double Median(IEnumerable<int> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
        }
        static int Words<T>(ContentFile<T> file) => ContentQualityTests.WordCount(file.Body.PlainText);

        double clusterMedian = Median(Clusters(Frameworks.Sixteen).Select(Words));
        double pathwayMedian = Median(SubClusters(Frameworks.Sixteen).Select(Words));

        Assert.All(Clusters(Frameworks.Modern2024), c => Assert.True(Words(c) >= 0.85 * clusterMedian, $"{c.File}: {Words(c)} words; the 16 clusters' median is {clusterMedian}"));
        Assert.All(SubClusters(Frameworks.Modern2024), p => Assert.True(Words(p) >= 0.85 * pathwayMedian, $"{p.File}: {Words(p)} words; the 79 pathways' median is {pathwayMedian}"));
        Assert.True(Median(Clusters(Frameworks.Modern2024).Select(Words)) >= 0.95 * clusterMedian);
        Assert.True(Median(SubClusters(Frameworks.Modern2024).Select(Words)) >= 0.95 * pathwayMedian);
    }

    [Fact]
    public void TheCrosswalk_CountsEachGroupsJobs_InTheOtherFramework()
    {
        var content = Loaded.Value.Content;
        var counts = CrosswalkShares.Compute(content);
        var therapeutic = content.Pathways.Single(p => p.Framework == Frameworks.Sixteen && p.Slug == "therapeutic-services").Meta.Occupations.ToHashSet();
        var physicalHealth = content.Pathways.Single(p => p.Framework == Frameworks.Modern2024 && p.Slug == "physical-health").Meta.Occupations;

        var count = counts.Single(c => c.From == new CrosswalkGroup(Frameworks.Sixteen, "health-science", "therapeutic-services")
            && c.To == new CrosswalkGroup(Frameworks.Modern2024, "healthcare-and-human-services", "physical-health"));
        Assert.Equal(therapeutic.Count, count.Total);
        Assert.Equal(physicalHealth.Count(therapeutic.Contains), count.Shared);
        // Both ways, and every count is a share of its group.
        Assert.Contains(counts, c => c.From == count.To && c.To == count.From && c.Shared == count.Shared);
        Assert.All(counts, c => Assert.InRange(c.Shared, 1, c.Total));
        var top = counts.Where(c => c.From == new CrosswalkGroup(Frameworks.Sixteen, "health-science", null) && c.To.PathwaySlug is null).MaxBy(c => c.Shared)!;
        Assert.Equal("healthcare-and-human-services", top.To.ClusterSlug);
        Assert.True(top.Shared * 2 > top.Total, "most of Health Science's jobs sit in Healthcare & Human Services");
    }

    [Fact]
    public async Task EveryClusterAndSubClusterPage_Renders_AndSaysWhereItsJobsCameFrom()
    {
        using var client = site.CreatePlainClient();
        var paths = Clusters(Frameworks.Modern2024).Select(c => $"/frameworks/2024/{c.Slug}")
            .Concat(SubClusters(Frameworks.Modern2024).Select(p => $"/frameworks/2024/{p.Meta.Cluster}/{p.Slug}"))
            .Append("/frameworks/2024").Append("/frameworks/crosswalk");
        foreach (string path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            string html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (path.Count(ch => ch == '/') >= 3)
            {
                Assert.True(html.Contains("<h2 id=\"other-framework\">In the 16 Career Clusters</h2>", StringComparison.Ordinal), $"{path} does not say where its jobs came from");
            }
        }
    }

    [Theory]
    [InlineData("/clusters/health-science", "Healthcare &amp; Human Services")]
    [InlineData("/clusters/health-science/therapeutic-services", "Physical Health")]
    [InlineData("/occupations/registered-nurses", "Physical Health")]
    public async Task SixteenClusterPagesAndJobPages_NameTheirPlacesIn2024(string path, string expected)
    {
        var document = await site.GetDocumentAsync(path);
        string text = (document.QuerySelector("#other-framework")?.ParentElement ?? document.QuerySelector("#pathways")!.ParentElement)!.InnerHtml;

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Health Science", "/frameworks/2024/healthcare-and-human-services")]
    [InlineData("Healthcare & Human Services", "/clusters/health-science")]
    [InlineData("Information Technology", "/frameworks/2024/digital-technology")]
    public async Task Search_FindsAClusterByTheOtherFrameworksName(string query, string expected)
    {
        using var client = site.CreatePlainClient();
        string json = await client.GetStringAsync(new Uri($"/api/search/suggest?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        Assert.Contains($"\"url\":\"{expected}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSurveysTopClusters_NameTheir2024Equivalents()
    {
        using var client = site.CreatePlainClient();
        using var answered = await client.GetAsync(new Uri("/survey/results?s=0&s=3&s=7&s=12", UriKind.Relative));
        var result = await site.GetDocumentAsync(answered.Headers.Location!.OriginalString);

        var equivalents = result.QuerySelectorAll(".match .modern-equivalents");
        Assert.NotEmpty(equivalents);
        Assert.All(equivalents, e => Assert.Matches(@"^In the 2024 framework: .+ \(\d+ of its \d+ jobs\)", e.TextContent.Trim()));
        Assert.All(equivalents, e => Assert.StartsWith("/frameworks/2024/", e.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShortlistAndACounselorsList_CanHold2024Pages()
    {
        var shortlist = await site.GetDocumentAsync("/my-clusters?c=health-science,2024:digital-technology");
        Assert.NotNull(shortlist.QuerySelector(".card-title a[href='/frameworks/2024/digital-technology']"));

        var adding = await site.GetDocumentAsync("/lists/add?page=%2Fframeworks%2F2024%2Fdigital-technology%2Fweb-and-cloud");
        Assert.Contains("Sub-cluster in Digital Technology", adding.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrameworkAddress_InTheWrongCase_OrUnderThe16_OrUnknown_GetsAClearAnswer()
    {
        using var client = site.CreatePlainClient();

        using (var upper = await client.GetAsync(new Uri("/Frameworks/2024/Digital-Technology", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, upper.StatusCode);
            Assert.Equal("/frameworks/2024/digital-technology", upper.Headers.Location!.OriginalString);
        }
        using (var sixteen = await client.GetAsync(new Uri("/frameworks/16/health-science", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, sixteen.StatusCode);
            Assert.Equal("/clusters/health-science", sixteen.Headers.Location!.OriginalString);
        }
        using var unknown = await client.GetAsync(new Uri("/frameworks/1999/health-science", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
