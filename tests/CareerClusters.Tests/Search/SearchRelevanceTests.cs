using CareerClusters.Tests.Support;

namespace CareerClusters.Tests.Search;

/// <summary>
/// What students type, and the page that must be in the first three results: lay terms, typos, abbreviations, phrases.
/// Where several pages answer a query equally well ("robots": robotics engineers or robotics technicians), any of them
/// (separated by |) counts.
/// </summary>
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
    [InlineData("enginer", "/occupations/aerospace-engineers|/occupations/mechanical-engineers|/occupations/civil-engineers|/occupations/electrical-engineers")]
    [InlineData("vet", "/occupations/veterinarians")]
    [InlineData("vetrinarian", "/occupations/veterinarians")]
    [InlineData("health", "/clusters/health-science")]
    [InlineData("hospital", "/clusters/health-science")]
    [InlineData("lawyer", "/occupations/lawyers")]
    [InlineData("electrician", "/occupations/electricians")]
    [InlineData("build houses", "/occupations/carpenters")]
    [InlineData("fix cars", "/occupations/automotive-service-technicians-and-mechanics|/occupations/automotive-body-and-related-repairers")]
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
    [InlineData("welding", "/occupations/welders-cutters-solderers-and-brazers|/occupations/welding-soldering-and-brazing-machine-setters-operators-and-tenders")]
    [InlineData("elementary school teacher", "/occupations/elementary-school-teachers-except-special-education")]
    [InlineData("banking", "/clusters/finance/banking-services")]
    [InlineData("insurance", "/clusters/finance/insurance")]
    [InlineData("taxes", "/clusters/government-and-public-administration/revenue-and-taxation")]
    [InlineData("solar", "/occupations/solar-photovoltaic-installers")]
    [InlineData("robots", "/occupations/robotics-engineers|/occupations/robotics-technicians")]
    [InlineData("fashion", "/occupations/fashion-designers")]
    [InlineData("doctor", "/occupations/family-medicine-physicians")]
    public async Task StudentQuery_FindsTheRightPageInTheTopThree(string query, string expectedPath)
    {
        var page = await site.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var top = page.QuerySelectorAll("ol.results a.result-title").Take(3).Select(a => a.GetAttribute("href")).ToList();
        Assert.True(expectedPath.Split('|').Any(top.Contains), $"\"{query}\": top 3 were {string.Join(", ", top)}");
    }

    /// <summary>Job titles people use that are not O*NET's title: they come from O*NET's alternate and reported titles.</summary>
    [Theory]
    [InlineData("vet tech", "/occupations/veterinary-technologists-and-technicians")]
    [InlineData("zookeeper", "/occupations/animal-caretakers")]
    [InlineData("zoo keeper", "/occupations/animal-caretakers")]
    [InlineData("RN", "/occupations/registered-nurses")]
    [InlineData("lineman", "/occupations/electrical-power-line-installers-and-repairers")]
    [InlineData("game tester", "/occupations/software-quality-assurance-analysts-and-testers")]
    [InlineData("CEO", "/occupations/chief-executives")]
    [InlineData("paralegal", "/occupations/paralegals-and-legal-assistants")]
    [InlineData("dental hygienist", "/occupations/dental-hygienists")]
    [InlineData("barista", "/occupations/baristas")]
    [InlineData("mailman", "/occupations/postal-service-mail-carriers")]
    [InlineData("pharmacy tech", "/occupations/pharmacy-technicians")]
    public async Task ALayJobTitle_FindsTheJobInTheTopThree(string query, string expectedPath)
    {
        var page = await site.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var top = page.QuerySelectorAll("ol.results a.result-title").Take(3).Select(a => a.GetAttribute("href")).ToList();
        Assert.True(top.Contains(expectedPath), $"\"{query}\": top 3 were {string.Join(", ", top)}");
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Theory]
    [InlineData("zookeeper")]
    [InlineData("lineman")]
    [InlineData("barista")]
    public async Task AWordThatIsAKnownTitle_IsNeverCorrected(string query)
    {
        var page = await site.GetDocumentAsync($"/search?q={query}");

        Assert.DoesNotContain("instead", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
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
