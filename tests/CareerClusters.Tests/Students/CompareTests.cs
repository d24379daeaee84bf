using System.Net;

namespace CareerClusters.Tests.Students;

/// <summary>/compare: two or three clusters or pathways side by side, and a page to choose from otherwise.</summary>
public class CompareTests(StudentSite site) : IClassFixture<StudentSite>
{
    [Fact]
    public async Task TwoClusters_AreShownSideBySide_WithTheSameRowsEach()
    {
        var page = await site.GetAsync("/compare?clusters=information-technology,health-science");

        Assert.Equal("Compare 2 clusters side by side", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Compare Information Technology and Health Science | CareerClusters", page.Title);
        var items = page.QuerySelectorAll(".compare-grid > article");
        Assert.Equal(["Information Technology", "Health Science"], items.Select(i => i.QuerySelector("h2")!.TextContent));
        Assert.All(items, item => Assert.Equal(
            ["Pay", "Job outlook", "Typical education to start", "What the work is", "Work environment", "Featured jobs", "Skills you'll build"],
            item.QuerySelectorAll("h3").Select(h => h.TextContent)));
        Assert.Contains("Offices, server rooms and data centers.", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Hospitals and clinics.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Health workers care for people.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["Coding", "Networking"], items[0].QuerySelectorAll(".compare-row:last-child li").Select(li => li.TextContent));
        // Health Science has a nurse (bachelor's) and an informatics job with no education yet.
        Assert.Equal(["1 job: Bachelor's degree"], items[1].QuerySelectorAll(".education-spread li").Select(li => li.TextContent));
        Assert.Contains("1 more job varies or is not rated yet", items[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(items[1].QuerySelector("a[href='/occupations/registered-nurses']"));
        Assert.NotNull(items[0].QuerySelector("a[href='/occupations/web-developers']"));
        Assert.NotNull(items[0].QuerySelector("form#shortlist-information-technology"));
        // The test content has no BLS data file: the pay and outlook rows say so rather than show a figure.
        Assert.All(items, item => Assert.Equal("BLS publishes no yearly pay for these jobs.", item.QuerySelector(".compare-pay p")!.TextContent));
        Assert.All(items, item => Assert.Equal("BLS publishes no outlook for these jobs.", item.QuerySelector(".compare-outlook p")!.TextContent));
        // The columns sit in one scroll box with a name, which a keyboard can reach (it slides sideways on a phone).
        var box = page.QuerySelector(".compare-scroll")!;
        Assert.Equal(("0", "region", "The clusters side by side"), (box.GetAttribute("tabindex"), box.GetAttribute("role"), box.GetAttribute("aria-label")));
        Assert.Same(box, page.QuerySelector(".compare-grid")!.ParentElement);
    }

    [Fact]
    public async Task ThreePathways_AreShownSideBySide_WithTheirClusters()
    {
        var page = await site.GetAsync("/compare?pathways=therapeutic-services&pathways=web-and-digital-communications,network-systems");

        var items = page.QuerySelectorAll(".compare-grid.compare-3 > article");
        Assert.Equal(["Therapeutic Services", "Web & Digital Communications", "Network Systems"], items.Select(i => i.QuerySelector("h2")!.TextContent));
        Assert.NotNull(items[0].QuerySelector("a[href='/clusters/health-science']"));
        Assert.NotNull(items[2].QuerySelector("a[href='/clusters/information-technology/network-systems']"));
        Assert.Contains("In server rooms.", items[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("You would set up networks.", items[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("How to get started", items[2].QuerySelectorAll("h3")[^1].TextContent);
        Assert.Equal(["1 job: Associate's degree"], items[1].QuerySelectorAll(".education-spread li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("/compare", null)]
    [InlineData("/compare?clusters=health-science", "Choose at least one more to compare with Health Science.")]
    [InlineData("/compare?clusters=nothing,nowhere", "We could not find the clusters in that address. Choose two or three below.")]
    [InlineData("/compare?clusters=%3Cscript%3E", "We could not find the clusters in that address. Choose two or three below.")]
    public async Task TooFewOrUnknownClusters_ShowAPageToChooseFrom(string path, string? message)
    {
        var page = await site.GetAsync(path);

        Assert.Equal("Compare clusters", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(message, page.QuerySelector("main .notice")?.TextContent);
        var boxes = page.QuerySelectorAll("form[action='/compare'] input[type=checkbox][name=clusters]");
        Assert.Equal(["health-science", "information-technology"], boxes.Select(b => b.GetAttribute("value")));
        Assert.All(boxes, b => Assert.NotNull(page.QuerySelector($"label[for='{b.Id}']")));
        Assert.Equal(path.Contains("clusters=health-science", StringComparison.Ordinal), boxes[0].HasAttribute("checked"));
    }

    [Fact]
    public async Task FourPathways_AreTooManyToFitSideBySide_SoTheStudentChoosesAgain()
    {
        var page = await site.GetAsync("/compare?pathways=therapeutic-services,web-and-digital-communications,network-systems,health-informatics");

        Assert.Equal("Compare pathways", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("You chose 4 pathways. Choose two or three, so they fit side by side.", page.QuerySelector("main .notice")!.TextContent);
        Assert.Equal(["Health Science", "Information Technology"], page.QuerySelectorAll("fieldset > legend").Select(l => l.TextContent));
        Assert.Equal(4, page.QuerySelectorAll("input[name=pathways][checked]").Length);
    }

    [Fact]
    public async Task RepeatedNamesCountOnce_AndUnknownNamesAreLeftOutWithANote()
    {
        var repeated = await site.GetAsync("/compare?pathways=therapeutic-services,network-systems,therapeutic-services&pathways=network-systems");
        var unknown = await site.GetAsync("/compare?clusters=health-science,information-technology,nothing,nowhere");

        Assert.Equal(2, repeated.QuerySelectorAll(".compare-grid.compare-2 > article").Length);
        Assert.Equal(2, unknown.QuerySelectorAll(".compare-grid > article").Length);
        Assert.Equal("We could not find nothing, nowhere, so they are left out.", unknown.QuerySelector("main .notice")!.TextContent);
    }

    [Fact]
    public async Task ChangingAComparison_ShowsTheChoicesWithTheCurrentOnesTicked()
    {
        var compared = await site.GetAsync("/compare?clusters=information-technology,health-science");
        string change = compared.QuerySelector("a[href*='change=1']")!.GetAttribute("href")!;

        var page = await site.GetAsync(change);

        Assert.Equal("Compare clusters", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("main .notice"));
        Assert.Equal(2, page.QuerySelectorAll("input[name=clusters][checked]").Length);
    }

    [Fact]
    public async Task OddInput_NeverFails()
    {
        using var client = site.CreateBareClient();
        foreach (string path in new[] { "/compare?clusters=", "/compare?pathways=,,,", "/compare?clusters=a&pathways=b", "/compare?clusters=" + new string('a', 5000) })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
