using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace CareerClusters.Tests.Api;

/// <summary>What the API's answers say: the same data as the pages, in English or Spanish, filtered as asked, with the licences.</summary>
[Collection(ApiTests.Collection)]
public sealed class ApiBehaviourTests(ApiSite site)
{
    [Fact]
    public async Task LangEs_OrAcceptLanguage_GivesSpanishWords_AndSaysWhichItemsAreStillEnglish()
    {
        var english = (await Api.GetAsync(site, "/api/v1/frameworks/16/clusters/health-science")).Json!;
        var byParameter = await Api.GetAsync(site, "/api/v1/frameworks/16/clusters/health-science?lang=es");
        var byHeader = await Api.GetAsync(site, "/api/v1/frameworks/16/clusters/health-science", ("Accept-Language", "fr-CA, es;q=0.8, en;q=0.5"));
        var englishFirst = await Api.GetAsync(site, "/api/v1/frameworks/16/clusters/health-science?lang=en", ("Accept-Language", "es"));

        var spanish = byParameter.Json!;
        Assert.Equal("es", spanish["meta"]!["language"]!.GetValue<string>());
        Assert.Equal("es", byParameter.Header("Content-Language"));
        Assert.Equal("/es/clusters/health-science", spanish["meta"]!["html"]!.GetValue<string>());
        Assert.Equal("es", spanish["data"]!["language"]!.GetValue<string>());
        Assert.NotEqual(english["data"]!["title"]!.GetValue<string>(), spanish["data"]!["title"]!.GetValue<string>());
        Assert.Equal(english["data"]!["title"]!.GetValue<string>(), spanish["data"]!["officialTitle"]!.GetValue<string>());
        Assert.Contains("Accept-Language", byParameter.Header("Vary")!, StringComparison.Ordinal);
        // Every item says its own language: Spanish where the site has it, "en" where it does not yet.
        var languages = spanish["data"]!["occupations"]!.AsArray().Select(j => j!["language"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(new HashSet<string> { "en", "es" }, languages);
        Assert.Equal(byParameter.Body.Replace("?lang=es", "", StringComparison.Ordinal), byHeader.Body);
        Assert.Equal("en", englishFirst.Json!["meta"]!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task AClustersJobs_MatchTheJobsOnItsPage_WithPayAndEducation()
    {
        var answer = (await Api.GetAsync(site, "/api/v1/occupations?cluster=health-science&per_page=500")).Json!;
        var cluster = (await Api.GetAsync(site, "/api/v1/frameworks/16/clusters/health-science")).Json!;
        var page = await site.GetDocumentAsync("/occupations?cluster=health-science");

        var slugs = answer["data"]!.AsArray().Select(j => j!["slug"]!.GetValue<string>()).ToList();
        var onPage = page.QuerySelectorAll("a[href^='/occupations/']").Select(a => a.GetAttribute("href")!["/occupations/".Length..]).Distinct().ToHashSet();
        Assert.Equal(answer["paging"]!["total"]!.GetValue<int>(), slugs.Count);
        Assert.True(slugs.Count > 50, $"{slugs.Count} jobs");
        Assert.Equal(slugs.Order(StringComparer.Ordinal), onPage.Order(StringComparer.Ordinal));
        Assert.Equal(slugs.Order(StringComparer.Ordinal), cluster["data"]!["occupations"]!.AsArray().Select(j => j!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var nurses = answer["data"]!.AsArray().Single(j => j!["code"]!.GetValue<string>() == "29-1141.00")!;
        Assert.Equal("registered-nurses", nurses["slug"]!.GetValue<string>());
        Assert.True(nurses["medianAnnualPay"]!.GetValue<int>() > 50_000);
        Assert.Equal("bachelors-degree", nurses["education"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheFilters_NarrowTheList_AndPagingLinksThePages()
    {
        var all = (await Api.GetAsync(site, "/api/v1/occupations?per_page=500&page=1")).Json!;
        var pay = (await Api.GetAsync(site, "/api/v1/occupations?pay_min=100000&pay_max=150000&per_page=500")).Json!;
        var apprentice = (await Api.GetAsync(site, "/api/v1/occupations?apprenticeship=true&per_page=500")).Json!;
        var text = (await Api.GetAsync(site, "/api/v1/occupations?q=nurse&education=bachelors-degree")).Json!;
        var modern = (await Api.GetAsync(site, "/api/v1/occupations?framework=2024&pathway=physical-health&per_page=2")).Json!;

        Assert.True(all["paging"]!["total"]!.GetValue<int>() > 900);
        Assert.Equal("/api/v1/occupations?per_page=500&page=2", all["paging"]!["next"]!.GetValue<string>());
        Assert.All(pay["data"]!.AsArray(), j => Assert.InRange(j!["medianAnnualPay"]!.GetValue<int>(), 100_000, 150_000));
        Assert.All(apprentice["data"]!.AsArray(), j => Assert.True(j!["apprenticeship"]!.GetValue<bool>()));
        Assert.Contains(text["data"]!.AsArray(), j => j!["slug"]!.GetValue<string>() == "registered-nurses");
        Assert.All(text["data"]!.AsArray(), j => Assert.Equal("bachelors-degree", j!["education"]!.GetValue<string>()));
        Assert.Equal("physical-health", modern["filters"]!["pathway"]!.GetValue<string>());
        Assert.Equal(2, modern["data"]!.AsArray().Count);
        Assert.Equal("/api/v1/occupations?framework=2024&pathway=physical-health&per_page=2&page=2", modern["paging"]!["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task AJob_ByCodeOrName_HasItsFigures_WithTheirSourceAndYear_AndItsPlacesInBothFrameworks()
    {
        var byCode = await Api.GetAsync(site, "/api/v1/occupations/29-1141.00");
        var byName = await Api.GetAsync(site, "/api/v1/occupations/Registered-Nurses");

        var job = byCode.Json!["data"]!;
        Assert.Equal(byCode.Json["data"]!.ToJsonString(), byName.Json!["data"]!.ToJsonString());
        Assert.Equal("U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2)", job["outlook"]!["source"]!.GetValue<string>());
        Assert.Equal(2024, job["outlook"]!["wageYear"]!.GetValue<int>());
        Assert.NotEmpty(job["tasks"]!.AsArray());
        Assert.NotEmpty(job["training"]!["usualRoute"]!.AsArray());
        var frameworks = job["places"]!.AsArray().Select(p => p!["framework"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(["16", "2024"], frameworks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheCrosswalk_AndSearch_GiveTheDataOfTheirPages()
    {
        var crosswalk = (await Api.GetAsync(site, "/api/v1/crosswalk")).Json!["data"]!;
        var search = (await Api.GetAsync(site, "/api/v1/search?q=registered%20nurse&kind=occupation")).Json!["data"]!;

        Assert.Equal("2024", crosswalk["to"]!.GetValue<string>());
        var health = crosswalk["clusters"]!.AsArray().Single(c => c!["slug"]!.GetValue<string>() == "health-science")!;
        var top = health["destinations"]![0]!;
        Assert.Equal("healthcare-and-human-services", top["cluster"]!.GetValue<string>());
        Assert.Equal(Math.Round(top["shared"]!.GetValue<double>() / top["total"]!.GetValue<int>(), 3), top["share"]!.GetValue<double>());
        Assert.All(search["hits"]!.AsArray(), h => Assert.Equal("occupation", h!["kind"]!.GetValue<string>()));
        Assert.Equal("/api/v1/occupations/registered-nurses", search["hits"]![0]!["api"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheReferencePage_ShowsEveryEndpointAndTheLicences_FromTheSameDocument_WithNoScript()
    {
        var answer = await Api.GetAsync(site, "/api");
        var page = new HtmlParser().ParseDocument(answer.Body);
        var document = (await Api.GetAsync(site, "/openapi/v1.json")).Json!;

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Open data API", page.QuerySelector("h1")!.TextContent);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            string id = item!["get"]!["operationId"]!.GetValue<string>();
            Assert.NotNull(page.QuerySelector($"#op-{id}"));
            Assert.Contains("GET " + path, page.QuerySelector($"#op-{id}")!.ParentElement!.TextContent, StringComparison.Ordinal);
        }
        foreach (string schema in document["components"]!["schemas"]!.AsObject().Select(s => s.Key))
        {
            Assert.NotNull(page.QuerySelector($"#schema-{schema}"));
        }
        Assert.Contains("Used under the CC BY 4.0 license", page.QuerySelector("#source-onet + p")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#source-bls"));
        Assert.NotNull(page.QuerySelector("#source-advance-cte"));
        Assert.NotNull(page.QuerySelector("#problem-too-many-requests"));
        Assert.Empty(page.QuerySelectorAll("main script, main [style]"));
        Assert.DoesNotContain(page.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img[src]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesAndTheSuggestionApi_AreAsBefore_NoCorsOnPages()
    {
        var page = await Api.GetAsync(site, "/clusters", ("Origin", "https://schools.example.org"));
        var suggest = await Api.GetAsync(site, "/api/search/suggest?q=nurse");

        Assert.Null(page.Header("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, suggest.Status);
        Assert.IsType<JsonArray>(suggest.Json);
        Assert.Equal(HttpStatusCode.Found, (await Api.GetAsync(site, "/es/api/v1/frameworks")).Status);
    }
}
