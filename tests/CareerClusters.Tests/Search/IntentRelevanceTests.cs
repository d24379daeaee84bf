using AngleSharp.Html.Dom;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Search;

/// <summary>
/// What students type when they describe work or a limit (content/search/intents.yml), over the real content: the
/// job they mean must be among the first results, and the page that used to come first for the wrong reason must not
/// ("work on cars" once led with vehicle cleaners). Expected pages are separated by ","; "|" gives equally good choices.
/// </summary>
public class IntentRelevanceTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static async Task<List<string>> TopAsync(RealContentSite site, string query, int count) =>
        (await site.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}"))
            .QuerySelectorAll("ol.results a.result-title").Take(count).Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("work on cars", 1, "/occupations/automotive-service-technicians-and-mechanics", "/occupations/cleaners-of-vehicles-and-equipment")]
    [InlineData("fix cars", 2, "/occupations/automotive-service-technicians-and-mechanics,/occupations/automotive-body-and-related-repairers", "/occupations/cleaners-of-vehicles-and-equipment")]
    [InlineData("I want to work on cars", 1, "/occupations/automotive-service-technicians-and-mechanics", "/occupations/cleaners-of-vehicles-and-equipment")]
    [InlineData("car mechanic", 3, "/occupations/automotive-service-technicians-and-mechanics", "/occupations/aircraft-mechanics-and-service-technicians")]
    [InlineData("cars", 3, "/occupations/automotive-service-technicians-and-mechanics", "/occupations/cleaners-of-vehicles-and-equipment")]
    [InlineData("youtuber", 3, "/occupations/film-and-video-editors,/occupations/producers-and-directors", "")]
    [InlineData("content creator", 3, "/occupations/film-and-video-editors", "")]
    [InlineData("tiktok", 3, "/occupations/film-and-video-editors", "")]
    [InlineData("make videos", 2, "/occupations/film-and-video-editors", "")]
    [InlineData("fix computers", 2, "/occupations/computer-user-support-specialists", "/occupations/computer-programmers")]
    [InlineData("take care of animals", 3, "/occupations/animal-caretakers", "/occupations/special-effects-artists-and-animators")]
    [InlineData("work with animals", 3, "/occupations/animal-caretakers", "/clusters/agriculture-food-and-natural-resources/animal-systems")]
    [InlineData("pets", 4, "/occupations/veterinarians|/occupations/animal-caretakers", "")]
    [InlineData("help sick people", 3, "/occupations/registered-nurses,/occupations/nursing-assistants", "/clusters/health-science")]
    [InlineData("save lives", 3, "/occupations/emergency-medical-technicians|/occupations/paramedics,/occupations/firefighters|/occupations/paramedics", "/clusters/finance")]
    [InlineData("build houses", 3, "/occupations/carpenters", "")]
    [InlineData("work outside", 3, "/occupations/forest-and-conservation-workers|/occupations/park-naturalists", "")]
    [InlineData("draw", 3, "/occupations/fine-artists-including-painters-sculptors-and-illustrators,/occupations/graphic-designers", "")]
    [InlineData("video games", 1, "/occupations/video-game-designers", "")]
    [InlineData("make video games", 2, "/occupations/video-game-designers", "")]
    [InlineData("money", 3, "/occupations/accountants-and-auditors|/occupations/financial-and-investment-analysts", "/occupations/computer-automated-teller-and-office-machine-repairers")]
    [InlineData("work with kids", 3, "/occupations/childcare-workers,/occupations/preschool-teachers-except-special-education", "")]
    [InlineData("cooking", 3, "/occupations/chefs-and-head-cooks", "/occupations/food-cooking-machine-operators-and-tenders")]
    [InlineData("fly planes", 2, "/occupations/airline-pilots-copilots-and-flight-engineers,/occupations/commercial-pilots", "")]
    [InlineData("space", 3, "/occupations/aerospace-engineers,/occupations/astronomers", "/frameworks/2024/supply-chain-and-transportation/air-and-space-transportation")]
    [InlineData("weather", 1, "/occupations/atmospheric-and-space-scientists", "/occupations/weatherization-installers-and-technicians")]
    [InlineData("write books", 1, "/occupations/writers-and-authors", "/occupations/news-analysts-reporters-and-journalists")]
    [InlineData("fix things", 3, "/occupations/maintenance-and-repair-workers-general", "/clusters/manufacturing")]
    [InlineData("solve crimes", 3, "/occupations/forensic-science-technicians,/occupations/detectives-and-criminal-investigators", "")]
    [InlineData("help the environment", 3, "/occupations/environmental-scientists-and-specialists-including-health", "/occupations/environmental-economists")]
    [InlineData("math", 3, "/occupations/mathematicians,/occupations/statisticians", "/occupations/secondary-school-teachers-except-special-and-career-technical-education")]
    [InlineData("skilled trades", 3, "/occupations/electricians,/occupations/plumbers-pipefitters-and-steamfitters", "")]
    [InlineData("drive trucks", 1, "/occupations/heavy-and-tractor-trailer-truck-drivers", "")]
    [InlineData("nails", 1, "/occupations/manicurists-and-pedicurists", "/occupations/makeup-artists-theatrical-and-performance")]
    [InlineData("makeup", 1, "/occupations/makeup-artists-theatrical-and-performance", "")]
    [InlineData("first job", 3, "/guides/first-jobs-for-teens", "/occupations/first-line-supervisors-of-security-workers")]
    [InlineData("electrician apprenticeship", 1, "/occupations/electricians", "")]
    [InlineData("apprentice electrician", 1, "/occupations/electricians", "")]
    [InlineData("plumbing apprenticeship", 1, "/occupations/plumbers-pipefitters-and-steamfitters", "")]
    [InlineData("carpentry apprenticeship", 1, "/occupations/carpenters", "/clusters/architecture-and-construction")]
    [InlineData("welding apprenticeship", 3, "/occupations/welders-cutters-solderers-and-brazers|/occupations/boilermakers|/occupations/structural-iron-and-steel-workers", "/clusters/manufacturing")]
    [InlineData("electrician without college", 1, "/occupations/electricians", "")]
    public async Task AnIntent_FindsTheJobsItMeans_AndNotTheOnesThatOnlyShareAWord(string query, int within, string expected, string notFirst)
    {
        var top = await TopAsync(site, query, Math.Max(within, 1));
        var all = await TopAsync(site, query, 20);

        foreach (string wanted in expected.Split(','))
        {
            Assert.True(wanted.Split('|').Any(top.Contains), $"\"{query}\": expected {wanted} in the first {within}, got {string.Join(", ", all)}");
        }
        if (notFirst.Length > 0)
        {
            Assert.NotEqual(notFirst, all.FirstOrDefault());
        }
    }

    /// <summary>Words that mean only a limit list the jobs within it; the filter is shown, and its link drops it.</summary>
    [Theory]
    [InlineData("jobs without college", "high-school-diploma")]
    [InlineData("no college", "high-school-diploma")]
    [InlineData("careers without a degree", "high-school-diploma")]
    [InlineData("no diploma", "no-formal-credential")]
    [InlineData("trade school", "postsecondary-nondegree-award")]
    [InlineData("community college", "associates-degree")]
    public async Task ALimitOnSchool_ListsOnlyJobsWithinIt_AndShowsTheFilter(string query, string ceiling)
    {
        var page = await site.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var educations = Educations(page);
        Assert.True(educations.Count == 20, $"\"{query}\": {educations.Count} results on the first page");
        var allowed = EducationLevels.Keys.Take(EducationLevels.Rank(ceiling) + 1).Select(WordsOf).ToList();
        Assert.All(educations, e => Assert.Contains(e, allowed));
        var chip = Assert.Single(page.QuerySelectorAll(".filter-chip"));
        Assert.Contains("education_up_to=any", chip.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(ceiling, page.QuerySelector("#filter-education-up-to option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task JobsWithoutCollege_ShowsManyJobs_NoneOfThemNeedingADegree_AndDroppingTheFilterShowsMore()
    {
        var page = await site.GetDocumentAsync("/search?q=jobs+without+college");
        string removeLink = page.QuerySelector(".filter-chip")!.GetAttribute("href")!;
        var without = await site.GetDocumentAsync(removeLink);

        Assert.Equal("High school diploma or less", page.QuerySelector(".filter-chip")!.TextContent.Replace("Remove the filter", "").Trim(' ', '×'));
        Assert.True(Total(page) > 300, $"{Total(page)} jobs without college");
        Assert.Empty(without.QuerySelectorAll(".filter-chip"));
        Assert.True(Total(without) > Total(page), $"{Total(without)} results without the filter, {Total(page)} with it");
        Assert.Equal("jobs without college", without.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnApprenticeshipIntent_KeepsOnlyJobsWithAnApprenticeshipRoute_AndSaysSo()
    {
        var page = await site.GetDocumentAsync("/search?q=apprenticeship");

        var contexts = page.QuerySelectorAll("ol.results li .muted").Select(m => m.TextContent).ToList();
        Assert.True(contexts.Count >= 10, $"{contexts.Count} jobs with an apprenticeship route");
        Assert.All(contexts, c => Assert.Contains("Apprenticeship route", c, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ol.results a.result-title"), a => a.GetAttribute("href") == "/occupations/electricians");
        Assert.Contains("apprenticeship=no", page.QuerySelector(".filter-chip")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("yes", page.QuerySelector("#filter-apprenticeship option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnApprenticeshipThatNoJobHas_ShowsTheResultsWithoutTheFilter_AndSaysWhy()
    {
        var page = await site.GetDocumentAsync("/search?q=nursing+apprenticeship");

        Assert.Contains("No result fits", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".filter-chip"));
        Assert.Contains("/occupations/registered-nurses", await TopAsync(site, "nursing apprenticeship", 3));
    }

    [Fact]
    public async Task PayWords_ListJobsByPay_HighestFirst_AndTheOrderCanBeDropped()
    {
        var page = await site.GetDocumentAsync("/search?q=high+paying+jobs+without+college");

        var pays = page.QuerySelectorAll("ol.results li .muted").Select(m => m.TextContent.Split(" · ").Last())
            .Select(p => int.Parse(new string(p.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, pays.Count);
        Assert.Equal(pays.OrderDescending(), pays);
        Assert.Equal(["High school diploma or less", "Highest pay first"], page.QuerySelectorAll(".filter-chip").Select(c => c.TextContent.Replace("Remove the filter", "").Trim(' ', '×')));
        Assert.Contains(page.QuerySelectorAll(".filter-chip"), c => c.GetAttribute("href")!.Contains("order=match", StringComparison.Ordinal));
        // The form's summary counts what the chips list.
        Assert.Equal("Narrow your search (2 on)", page.QuerySelector(".filters summary h2")!.TextContent);
    }

    [Fact]
    public async Task TheFiltersCanBeChosenInTheAddress_WithoutWords_AndUnknownValuesAreIgnored()
    {
        var chosen = await site.GetDocumentAsync("/search?q=installer&apprenticeship=yes&education_up_to=high-school-diploma");
        var hostile = await site.GetDocumentAsync("/search?q=installer&apprenticeship=maybe&education_up_to=%3Cscript%3E&order=drop");

        var contexts = chosen.QuerySelectorAll("ol.results li .muted").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(contexts);
        Assert.All(contexts, c => Assert.Contains("Apprenticeship route", c, StringComparison.Ordinal));
        Assert.Equal(2, chosen.QuerySelectorAll(".filter-chip").Length);
        Assert.Empty(hostile.QuerySelectorAll(".filter-chip"));
        Assert.True(Total(hostile) > Total(chosen), $"{Total(hostile)} results unfiltered, {Total(chosen)} filtered");
    }

    [Fact]
    public async Task AFilterChosenInTheAddress_ThatLeavesNothing_SaysSo_RatherThanDroppingIt()
    {
        var page = await site.GetDocumentAsync("/search?q=registered+nurse&apprenticeship=yes");

        Assert.Contains("with these filters", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".filter-chip"));
        Assert.Empty(page.QuerySelectorAll("ol.results li"));
    }

    /// <summary>"Texas" once became "texts" and "youtuber" "younger": a word that is no typo is never corrected.</summary>
    [Theory]
    [InlineData("Texas", "texts")]
    [InlineData("youtuber", "younger")]
    [InlineData("Maine", "marine")]
    [InlineData("Georgia", "")]
    [InlineData("Virginia", "")]
    [InlineData("Oregon", "")]
    [InlineData("minecraft", "")]
    public async Task ARealWord_IsNeverCorrectedIntoAnotherOne(string query, string wrongWord)
    {
        var page = await site.GetDocumentAsync($"/search?q={query}");
        string main = page.QuerySelector("main")!.TextContent;

        Assert.DoesNotContain("instead", main, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".did-you-mean"));
        if (wrongWord.Length > 0)
        {
            Assert.DoesNotContain(wrongWord, main, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void EveryAlternativeOfTheRealIntents_FindsAJobTitle()
    {
        var content = ContentLoader.Load(TestPaths.RealContent).Content;
        var titles = content.Occupations.Select(o => $" {Normalize(o.Meta.Title!)} ").Concat(content.Guides.Select(g => $" {Normalize(g.Meta.Title!)} ")).ToList();

        var unmatched = content.SearchIntents.Select(e => e.ToIntent()).SelectMany(i => i.Alternatives)
            .Where(words => !titles.Any(t => t.Contains($" {Normalize(string.Join(" ", words))} ", StringComparison.Ordinal))).Select(w => string.Join(" ", w)).ToList();

        Assert.True(content.SearchIntents.Count >= 30, $"{content.SearchIntents.Count} intents");
        Assert.True(unmatched.Count == 0, "no job title holds: " + string.Join("; ", unmatched));
    }

    private static string Normalize(string text) =>
        string.Join(" ", SearchText.Words(text).Where(w => w != "and").Select(SearchText.Stem));

    private static int Total(IHtmlDocument page) =>
        int.Parse(new string(page.QuerySelector("main [role=status]:not(.notice)")!.TextContent.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Educations(IHtmlDocument page) =>
        page.QuerySelectorAll("ol.results li .muted").Select(m => m.TextContent.Split(" · ")[1]).ToList();

    private static string WordsOf(string key) => key switch
    {
        "no-formal-credential" => "No diploma or degree needed",
        "high-school-diploma" => "High school diploma or equivalent",
        "postsecondary-nondegree-award" => "Certificate from a training program",
        "some-college" => "Some college, no degree",
        "associates-degree" => "Associate's degree",
        _ => key,
    };
}
