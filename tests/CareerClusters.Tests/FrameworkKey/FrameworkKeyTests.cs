using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Tests.FrameworkKey;

/// <summary>
/// A cluster and its pathways belong to a framework: addresses, keys and the database keep two frameworks apart even
/// when they use the same slug, and the 16 clusters keep the addresses counselors have printed.
/// </summary>
public class FrameworkKeyTests
{
    [Fact]
    public void TheSixteenClusters_KeepTheirAddresses_AndAnotherFrameworkLivesUnderFrameworks()
    {
        Assert.Equal("/clusters", SitePaths.Framework(Frameworks.Sixteen));
        Assert.Equal("/clusters/health-science", SitePaths.Cluster(Frameworks.Sixteen, "health-science"));
        Assert.Equal("/clusters/health-science/therapeutic-services", SitePaths.Pathway(Frameworks.Sixteen, "health-science", "therapeutic-services"));
        Assert.Equal("/frameworks/2024", SitePaths.Framework(Frameworks.Modern2024));
        Assert.Equal("/frameworks/2024/digital-technology", SitePaths.Cluster(Frameworks.Modern2024, "digital-technology"));
        Assert.Equal("/frameworks/2024/digital-technology/software-development",
            SitePaths.Pathway(Frameworks.Modern2024, "digital-technology", "software-development"));
    }

    [Theory]
    [InlineData("/clusters/health-science", "Cluster", "16", "health-science", null)]
    [InlineData("/clusters/health-science/therapeutic-services", "Pathway", "16", "therapeutic-services", "health-science")]
    [InlineData("/frameworks/2024/digital-technology", "Cluster", "2024", "digital-technology", null)]
    [InlineData("/frameworks/2024/digital-technology/software-development", "Pathway", "2024", "software-development", "digital-technology")]
    public void AnAddress_IsTakenApart_WithItsFramework(string path, string kind, string framework, string slug, string? cluster)
    {
        var page = SitePaths.ParsePage(path);

        Assert.NotNull(page);
        Assert.Equal(kind, page.Kind.ToString());
        Assert.Equal(framework, page.Framework);
        Assert.Equal(slug, page.Slug);
        Assert.Equal(cluster, page.ClusterSlug);
    }

    [Theory]
    [InlineData("/frameworks/16/health-science")]
    [InlineData("/frameworks/1999/health-science")]
    [InlineData("/frameworks/2024")]
    [InlineData("/frameworks/2024/a/b/c")]
    public void AnAddressOfNoFrameworkPage_IsNotAPage(string path) => Assert.Null(SitePaths.ParsePage(path));

    [Fact]
    public void AFrameworkAddress_HasOneSpelling() =>
        Assert.Equal("/frameworks/2024/digital-technology", SitePaths.Canonical("/Frameworks/2024/Digital-Technology/"));

    [Theory]
    [InlineData("health-science", "16", "health-science")]
    [InlineData(" Health-Science ", "16", "health-science")]
    [InlineData("2024:digital-technology", "2024", "digital-technology")]
    public void AClusterKey_IsReadLeniently(string text, string framework, string slug)
    {
        Assert.True(ClusterKey.TryParse(text, out var key));
        Assert.Equal(new ClusterKey(framework, slug), key);
    }

    [Theory]
    [InlineData("1999:health-science")]
    [InlineData("16:health-science:x")]
    [InlineData("2024:")]
    [InlineData("<script>")]
    [InlineData("")]
    public void AMalformedClusterKey_IsRefused(string text) => Assert.False(ClusterKey.TryParse(text, out _));

    [Fact]
    public void AClusterKey_IsWrittenAsTheBareSlug_ForTheSixteen_SoOldLinksAndCookiesStillMeanTheSameCluster()
    {
        Assert.Equal("health-science", ClusterKey.Sixteen("health-science").ToString());
        Assert.Equal("2024:health-science", new ClusterKey(Frameworks.Modern2024, "health-science").ToString());
        Assert.Equal("/my-clusters?c=health-science,2024:digital-technology",
            SitePaths.SharedShortlist([ClusterKey.Sixteen("health-science"), new ClusterKey(Frameworks.Modern2024, "digital-technology")]));
    }

    [Fact]
    public async Task TwoFrameworks_MayUseTheSameSlugs_AndEachPageReadsItsOwn()
    {
        var loaded = ContentLoader.Load(TestPaths.TestContent);
        Assert.False(loaded.HasErrors);
        // The same clusters and pathways once more, as if a second framework had named them alike.
        var content = new ContentSet
        {
            Clusters = [.. loaded.Content.Clusters, .. loaded.Content.Clusters.Select(c => c with { Framework = Frameworks.Modern2024 })],
            Pathways = [.. loaded.Content.Pathways, .. loaded.Content.Pathways.Select(p => p with { Framework = Frameworks.Modern2024 })],
            Occupations = loaded.Content.Occupations,
            Guides = loaded.Content.Guides,
            Home = loaded.Content.Home,
            Synonyms = loaded.Content.Synonyms,
            Data = loaded.Content.Data,
        };
        string folder = Path.Combine(Path.GetTempPath(), "cc-frameworks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "content.db");
            SearchLexicon search;
            await using (var db = new ContentDbContext(ContentDatabases.WritableOptions(path)))
            {
                search = await ContentImporter.ImportAsync(content, db, new ContentDatabaseInfo("test", ContentImporter.Version, []));
            }

            await using var read = new ContentDbContext(ContentDatabases.WritableOptions(path));
            read.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            var queries = new ClusterQueries(read);
            var sixteen = await queries.ClusterAsync(Frameworks.Sixteen, "health-science", CancellationToken.None);
            var modern = await queries.ClusterAsync(Frameworks.Modern2024, "health-science", CancellationToken.None);
            Assert.Equal("/clusters/health-science", sixteen!.Path);
            Assert.Equal("/frameworks/2024/health-science", modern!.Path);
            Assert.Equal("/frameworks/2024/health-science/therapeutic-services", modern.PathOf(modern.Pathways.Single()));
            Assert.Equal(2, (await queries.CardsAsync(Frameworks.Sixteen, CancellationToken.None)).Count);

            var pathway = await queries.PathwayAsync(Frameworks.Modern2024, "health-science", "therapeutic-services", CancellationToken.None);
            Assert.Equal("/frameworks/2024/health-science/therapeutic-services", pathway!.Path);
            Assert.Equal("/frameworks/2024/health-science", pathway.ClusterPath);

            // An occupation is shared: one row, with a place in each framework.
            var nurse = await read.Occupations.Where(o => o.Slug == "registered-nurses")
                .Select(o => o.Pathways.Select(p => p.Pathway.Framework).OrderBy(f => f).ToList()).SingleAsync();
            Assert.Equal([Frameworks.Sixteen, Frameworks.Modern2024], nurse);

            // Search knows each cluster by its key, and each page by its own address.
            Assert.Contains(("2024:health-science", "Health Science"), search.Clusters);
            Assert.Contains(search.Pages.Values, p => p.Path == "/frameworks/2024/health-science/therapeutic-services" && p.ClusterKey == "2024:health-science");
            Assert.Contains(await read.Pages.Select(p => p.Path).ToListAsync(), p => p == "/frameworks/2024/health-science");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestPaths.DeleteDirectory(folder);
        }
    }
}
