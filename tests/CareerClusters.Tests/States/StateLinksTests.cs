using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.States;

/// <summary>The one builder of the state links: exact addresses, escaping, the order pages show them in, and the codes a cookie may hold.</summary>
public sealed class StateLinksTests
{
    private static readonly StatePlace Texas = new("TX", "Texas", "texas", "https://texascareercheck.com/");
    private static readonly StatePlace NewYork = new("NY", "New York", "new-york", null);

    [Fact]
    public void Pay_IsCareerOneStopsSalaryFinder_ForTheSocCodeTitleAndState()
    {
        Assert.Equal("https://www.careeronestop.org/Toolkit/Wages/find-salary.aspx?keyword=Registered%20Nurses&soccode=291141&location=Texas",
            StateLinks.Pay("29-1141.00", "Registered Nurses", "Texas"));
        // A specialty is counted in its SOC occupation: Acute Care Nurses' wages are the registered nurses'.
        Assert.Contains("&soccode=291141&", StateLinks.Pay("29-1141.01", "Acute Care Nurses", "Texas"), StringComparison.Ordinal);
    }

    [Fact]
    public void Licenses_AreCareerOneStopsLicenseFinder_ForTheTitleAndState()
    {
        Assert.Equal("https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx?keyword=Electricians&location=New%20York",
            StateLinks.Licenses("Electricians", "New York"));
    }

    [Fact]
    public void Apprenticeships_AreApprenticeshipGovsJobFinder_ForTheState()
    {
        Assert.Equal("https://www.apprenticeship.gov/apprenticeship-job-finder?location=District%20of%20Columbia",
            StateLinks.Apprenticeships("District of Columbia"));
    }

    [Theory]
    [InlineData("Welders, Cutters, Solderers, and Brazers", "keyword=Welders%2C%20Cutters%2C%20Solderers%2C%20and%20Brazers&")]
    [InlineData("Tom & Jerry's #1 job?", "keyword=Tom%20%26%20Jerry%27s%20%231%20job%3F&")]
    public void Titles_AreEscaped_SoNoCharacterEndsOrAddsAParameter(string title, string expected)
    {
        string url = StateLinks.Pay("51-4121.00", title, "Texas");

        Assert.Contains(expected, url, StringComparison.Ordinal);
        Assert.Equal(["keyword", "soccode", "location"], new Uri(url).Query.TrimStart('?').Split('&').Select(p => p.Split('=')[0]));
    }

    [Fact]
    public void AJobsLinks_ArePayLicensesApprenticeshipsAndTheStatesSite_InThatOrder_AllHttpsToNamedSites()
    {
        var links = StateLinks.ForJob("47-2111.00", "Electricians", Texas);

        Assert.Equal([StateLinkKind.Pay, StateLinkKind.Licenses, StateLinkKind.Apprenticeships, StateLinkKind.CareerSite], links.Select(l => l.Kind));
        Assert.Equal(["careeronestop.org", "careeronestop.org", "apprenticeship.gov", "texascareercheck.com"], links.Select(l => l.Site));
        Assert.All(links, l => Assert.Equal("https", new Uri(l.Url).Scheme));
        Assert.Equal("https://texascareercheck.com/", links[^1].Url);
    }

    [Fact]
    public void AStateWithoutACareerSite_HasNoSuchLink_AndAMilitaryJobHasNoPayOrLicenseLink()
    {
        Assert.Equal([StateLinkKind.Pay, StateLinkKind.Licenses, StateLinkKind.Apprenticeships],
            StateLinks.ForJob("29-1141.00", "Registered Nurses", NewYork).Select(l => l.Kind));
        Assert.Equal([StateLinkKind.Apprenticeships, StateLinkKind.CareerSite], StateLinks.ForJob("55-3019.00", "Combat Medics", Texas).Select(l => l.Kind));
        Assert.Equal([StateLinkKind.Apprenticeships, StateLinkKind.CareerSite], StateLinks.ForState(Texas).Select(l => l.Kind));
    }

    [Theory]
    [InlineData("TX", "TX")]
    [InlineData("tx", "TX")]
    [InlineData("dc", "DC")]
    [InlineData("PR", "PR")]
    [InlineData("gu", "GU")]
    [InlineData("ZZ", null)]
    [InlineData("T", null)]
    [InlineData("TXX", null)]
    [InlineData(" TX", null)]
    [InlineData("<s", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void OnlyKnownUspsCodes_AreRead_InCapitals(string? text, string? expected) =>
        Assert.Equal(expected, StateCodes.Normalize(text));

    [Fact]
    public void TheKnownCodes_AreThe50StatesDcAndFiveTerritories() =>
        Assert.Equal((51, 5), (StateCodes.StatesAndDc.Count, StateCodes.Territories.Count));
}
