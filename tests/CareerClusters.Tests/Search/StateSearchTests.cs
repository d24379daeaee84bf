using CareerClusters.Tests.Support;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Search;

/// <summary>A state's name in a search offers that state's page, and the other words are searched without it.</summary>
public class StateSearchTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static readonly StatePlace[] States =
    [
        new("TX", "Texas", "texas", null), new("VA", "Virginia", "virginia", null), new("WV", "West Virginia", "west-virginia", null),
        new("NY", "New York", "new-york", null), new("ME", "Maine", "maine", null),
    ];

    [Theory]
    [InlineData("Texas", "TX", "")]
    [InlineData("nurse in texas", "TX", "nurse")]
    [InlineData("jobs in West Virginia", "WV", "")]
    [InlineData("virginia welders", "VA", "welders")]
    [InlineData("electrician New York state", "NY", "electrician")]
    public void AStateName_IsFound_AndTakenOutOfTheWordsToSearch(string query, string code, string rest)
    {
        var found = StateInQuery.Find(query, States);

        Assert.NotNull(found);
        Assert.Equal(code, found.State.Code);
        Assert.Equal(rest, found.Rest);
    }

    [Theory]
    [InlineData("texts")]
    [InlineData("me")]
    [InlineData("marine biologist")]
    [InlineData("newyork")]
    public void OtherWords_AreNotStates(string query) => Assert.Null(StateInQuery.Find(query, States));

    [Fact]
    public async Task SearchingAStateAlone_OffersItsPage_NotAMisspelling()
    {
        var page = await site.GetDocumentAsync("/search?q=Texas");

        var offer = page.QuerySelector(".state-offer")!;
        Assert.Equal("Jobs in Texas", offer.QuerySelector("h2")!.TextContent);
        Assert.Equal(SitePaths.State("texas"), offer.QuerySelector("a.button-link")!.GetAttribute("href"));
        string main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("texts", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("No pages match", main, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("main .card-title a[href^='/clusters/']"));
    }

    [Fact]
    public async Task AJobAndAState_SearchesTheJob_AndOffersTheState()
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("nurse in new york"));

        Assert.Equal(SitePaths.State("new-york"), page.QuerySelector(".state-offer a.button-link")!.GetAttribute("href"));
        Assert.Contains("\u201cnurse\u201d", page.QuerySelector(".state-offer [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nurse in new york", page.QuerySelector("#search-q")!.GetAttribute("value"));
        var titles = page.QuerySelectorAll("ol.results .result-title").Select(a => a.TextContent).Take(5).ToList();
        Assert.Contains(titles, t => t.Contains("Nurse", StringComparison.Ordinal));
    }
}
