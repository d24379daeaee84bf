using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Search;

/// <summary>What students type, and the page that must be in the first three results: lay terms, typos, abbreviations, phrases.</summary>
public class SearchRelevanceTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    [Theory]
    [InlineData("nurse", "/occupations/registered-nurses")]
    [InlineData("nurses", "/occupations/registered-nurses")]
    [InlineData("nursse", "/occupations/registered-nurses")]
    [InlineData("coding", "/clusters/information-technology/programming-and-software-development")]
    [InlineData("programing", "/clusters/information-technology/programming-and-software-development")]
    [InlineData("work with animals", "/occupations/animal-caretakers")]
    [InlineData("acounting", "/clusters/finance/accounting")]
    [InlineData("accountant", "/occupations/accountants-and-auditors")]
    [InlineData("IT", "/clusters/information-technology")]
    [InlineData("information technology", "/clusters/information-technology")]
    [InlineData("cop", "/occupations/police-and-sheriff-s-patrol-officers")]
    [InlineData("police officer", "/occupations/police-and-sheriff-s-patrol-officers")]
    [InlineData("EMT", "/occupations/emergency-medical-technicians")]
    [InlineData("make video games", "/occupations/video-game-designers")]
    [InlineData("game designer", "/occupations/video-game-designers")]
    [InlineData("enginer", "/occupations/aerospace-engineers")]
    [InlineData("vet", "/occupations/veterinarians")]
    [InlineData("vetrinarian", "/occupations/veterinarians")]
    [InlineData("health", "/clusters/health-science")]
    [InlineData("hospital", "/clusters/health-science")]
    [InlineData("lawyer", "/occupations/lawyers")]
    [InlineData("electrician", "/occupations/electricians")]
    [InlineData("build houses", "/occupations/carpenters")]
    [InlineData("fix cars", "/occupations/automotive-service-technicians-and-mechanics")]
    [InlineData("chef", "/occupations/chefs-and-head-cooks")]
    [InlineData("firefighter", "/occupations/firefighters")]
    [InlineData("web developer", "/occupations/web-developers")]
    [InlineData("cybersecurity", "/occupations/information-security-analysts")]
    [InlineData("hacker", "/occupations/information-security-analysts")]
    [InlineData("pilot", "/occupations/commercial-pilots")]
    [InlineData("truck driver", "/occupations/heavy-and-tractor-trailer-truck-drivers")]
    [InlineData("farmer", "/occupations/farmers-ranchers-and-other-agricultural-managers")]
    [InlineData("animation", "/occupations/special-effects-artists-and-animators")]
    [InlineData("x-ray", "/occupations/radiologic-technologists-and-technicians")]
    [InlineData("hair", "/occupations/hairdressers-hairstylists-and-cosmetologists")]
    [InlineData("pharmasist", "/occupations/pharmacists")]
    [InlineData("physical therapist", "/occupations/physical-therapists")]
    [InlineData("dentist", "/occupations/dentists-general")]
    [InlineData("plumber", "/occupations/plumbers-pipefitters-and-steamfitters")]
    [InlineData("hvac", "/occupations/heating-air-conditioning-and-refrigeration-mechanics-and-installers")]
    [InlineData("cna", "/occupations/nursing-assistants")]
    [InlineData("hr", "/clusters/business-management-and-administration/human-resources-management")]
    [InlineData("ceo", "/occupations/chief-executives")]
    [InlineData("photography", "/occupations/photographers")]
    [InlineData("journalism", "/clusters/arts-av-technology-and-communications/journalism-and-broadcasting")]
    [InlineData("graphic design", "/occupations/graphic-designers")]
    [InlineData("what is a career cluster", "/guides/what-is-a-career-cluster")]
    [InlineData("program of study", "/guides/what-is-a-program-of-study")]
    [InlineData("welding", "/occupations/welders-cutters-solderers-and-brazers")]
    [InlineData("elementary school teacher", "/occupations/elementary-school-teachers-except-special-education")]
    [InlineData("banking", "/clusters/finance/banking-services")]
    [InlineData("insurance", "/clusters/finance/insurance")]
    [InlineData("taxes", "/clusters/government-and-public-administration/revenue-and-taxation")]
    [InlineData("solar", "/occupations/solar-photovoltaic-installers")]
    [InlineData("robots", "/occupations/robotics-engineers")]
    [InlineData("fashion", "/occupations/fashion-designers")]
    [InlineData("doctor", "/occupations/family-medicine-physicians")]
    public async Task StudentQuery_FindsTheRightPageInTheTopThree(string query, string expectedPath)
    {
        var page = await site.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var top = page.QuerySelectorAll("ol.results a.result-title").Take(3).Select(a => a.GetAttribute("href")).ToList();
        Assert.True(top.Contains(expectedPath), $"\"{query}\": top 3 were {string.Join(", ", top)}");
    }

    [Theory]
    [InlineData("acounting", "accounting")]
    [InlineData("nursse", "nurses")]
    [InlineData("enginer", "engineer")]
    [InlineData("programing", "programming")]
    public async Task AMisspelledWord_IsCorrected_AndThePageSaysWhatWasSearched(string query, string searched)
    {
        var page = await site.GetDocumentAsync($"/search?q={query}");

        Assert.Contains($"we searched for \u201c{searched}\u201d instead", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }
}
