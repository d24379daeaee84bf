using System.IO.Compression;
using System.Net;
using AngleSharp.Dom;
using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Pages;

/// <summary>What a new visitor sees first: each cluster's icon and colour, a home page that says where to start, one search box a page.</summary>
public class LookPagesTests(TestContentSite site) : IClassFixture<TestContentSite>
{
    private static string IconOf(IElement icon) => icon.QuerySelector("use")!.GetAttribute("href")!.Split('#')[1];

    [Theory]
    [InlineData("/clusters/health-science")]
    [InlineData("/clusters/health-science/therapeutic-services")]
    [InlineData("/occupations/registered-nurses")]
    public async Task ClusterPathwayAndJobPages_ShowTheClustersIconAndColour(string path)
    {
        var page = await site.GetDocumentAsync(path);

        var icon = page.QuerySelector("header.page-header .cluster-icon")!;
        Assert.Equal("true", icon.GetAttribute("aria-hidden"));
        // The fingerprinted address, which a published site serves with a year's max-age and "immutable".
        Assert.Matches(@"^/icons/clusters\.\w+\.svg#stethoscope$", icon.QuerySelector("use")!.GetAttribute("href"));
        Assert.Contains("accent-red", page.QuerySelector("article.page")!.ClassList);
    }

    [Fact]
    public async Task TheIconSprite_IsServedFromTheSite_AtTheAddressThePagesUse()
    {
        var page = await site.GetDocumentAsync("/clusters/health-science");
        string sprite = page.QuerySelector(".cluster-icon use")!.GetAttribute("href")!.Split('#')[0];
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(sprite, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<symbol id=\"stethoscope\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomeCards_AreH3UnderTheSectionsH2_WithIconColourSummaryAndPathwayLinks()
    {
        var page = await site.GetDocumentAsync("/");

        var section = page.QuerySelector("#clusters-title")!.ParentElement!;
        var cards = section.QuerySelectorAll("li.cluster-card");
        Assert.Equal(2, cards.Length);
        Assert.All(cards, card => Assert.NotNull(card.QuerySelector("h3.card-title a.card-link")));
        var health = cards[0];
        Assert.Contains("accent-red", health.ClassList);
        Assert.Equal("stethoscope", IconOf(health.QuerySelector(".cluster-icon")!));
        Assert.Equal("People in health science care for patients.", health.QuerySelector(".card-summary")!.TextContent);
        Assert.Contains("/clusters/health-science/therapeutic-services", health.QuerySelectorAll(".pathway-links a").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll("main h2.card-title"));
    }

    [Fact]
    public async Task HomePage_SaysWhereToStart_SurveyAndClusters()
    {
        var page = await site.GetDocumentAsync("/");

        var hero = page.QuerySelector(".hero")!;
        Assert.NotNull(hero.QuerySelector("a[href='/survey']"));
        Assert.NotNull(hero.QuerySelector("a[href='#clusters-title']"));
        Assert.Equal(2, hero.QuerySelectorAll(".hero-icons .cluster-icon").Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/search?q=nurse")]
    [InlineData("/clusters")]
    [InlineData("/clusters/health-science")]
    [InlineData("/occupations/registered-nurses")]
    [InlineData("/guides")]
    public async Task EveryPage_HasOneSearchBox(string path)
    {
        var page = await site.GetDocumentAsync(path);

        Assert.Single(page.QuerySelectorAll("input[type=search]"));
    }

    [Fact]
    public async Task SearchFilters_AreInADisclosureAfterTheSearchBox_AndResultsShowTheirClustersIcon()
    {
        var page = await site.GetDocumentAsync("/search?q=nurse&cluster=health-science");

        var details = page.QuerySelector(".filters details")!;
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Narrow your search (1 on)", details.QuerySelector("summary h2")!.TextContent);
        Assert.NotNull(details.QuerySelector("select#filter-cluster"));
        var first = page.QuerySelector("ol.results li")!;
        Assert.Equal("stethoscope", IconOf(first.QuerySelector(".cluster-icon")!));
    }

    [Fact]
    public async Task PathwayPage_HasAnAtAGlancePanel_AndAJobPageKeepsItsCodeAtTheBottom()
    {
        var pathway = await site.GetDocumentAsync("/clusters/health-science/therapeutic-services");
        var glance = pathway.QuerySelector("section.at-a-glance")!;
        Assert.Equal(["Jobs in this pathway", "Education to start", "Median pay", "Job outlook"], glance.QuerySelectorAll("dt").Select(d => d.TextContent));

        var job = await site.GetDocumentAsync("/occupations/registered-nurses");
        Assert.NotNull(job.QuerySelector("article > header + * + section.at-a-glance, article > header + section.at-a-glance"));
        Assert.Equal("code", job.QuerySelector("article")!.Children[^1].ClassName!.Split(' ')[^1]);
    }

    [Fact]
    public async Task PlanOfStudyCells_CarryTheirColumnsName_ForTheStackedCardsOnAPhone()
    {
        var page = await site.GetDocumentAsync("/clusters/health-science");

        var table = page.QuerySelector(".prose table")!;
        Assert.Equal("0", table.GetAttribute("tabindex"));
        var firstRow = table.QuerySelectorAll("tbody tr")[0];
        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(headers, firstRow.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
    }

    [Fact]
    public async Task StylesheetAndScripts_AreAtMost30KbCompressed()
    {
        var page = await site.GetDocumentAsync("/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();
        using var client = site.CreatePlainClient();

        long total = 0;
        foreach (string asset in assets)
        {
            byte[] body = await client.GetByteArrayAsync(new Uri(asset, UriKind.Relative));
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(body);
            }
            total += compressed.Length;
        }

        Assert.Equal(4, assets.Count);
        Assert.True(total <= 30 * 1024, $"CSS and JavaScript are {total} bytes gzipped: keep them at most 30 KB");
    }
}
