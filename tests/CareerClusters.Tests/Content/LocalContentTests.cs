using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>
/// A district's own folder (Content:LocalPath) is read beside the national content and checked by the same validator:
/// every problem in it names the district's file (its full path) and line.
/// </summary>
public sealed class LocalContentTests : IDisposable
{
    private readonly ContentCopy _local = new(TestPaths.TestLocal);

    public void Dispose() => _local.Dispose();

    private string LocalFile(string relative) => $"{LocalContent.RootOf(_local.Path)}/{relative}";

    private ContentLoadResult Load(string? content = null, PublishedPages? lastGood = null) =>
        ContentLoader.Load(content ?? TestPaths.TestContent, lastGood, _local.Path);

    private static ContentProblem Single(ContentLoadResult result, string file) =>
        Assert.Single(result.Problems, p => p.File == file);

    [Fact]
    public void TheExampleFolderInDocs_LoadsWithTheRealContent_WithoutAProblem()
    {
        var result = ContentLoader.Load(TestPaths.RealContent, null, TestPaths.ExampleLocal);
        var root = LocalContent.RootOf(TestPaths.ExampleLocal);

        Assert.DoesNotContain(result.Problems, p => p.File.StartsWith(root, StringComparison.Ordinal));
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        Assert.Equal("Example Unified School District", result.Content.Local!.Site!.Meta.Name);
        var pages = DistrictPages.Place(result.Content).Select(p => p.Page).ToList();
        Assert.Contains("/clusters/health-science", pages);
        Assert.Contains("/clusters/health-science/therapeutic-services", pages);
        Assert.Contains("/occupations/registered-nurses", pages);
        Assert.Contains("/frameworks/2024/healthcare-and-human-services", pages);
        Assert.Contains(result.Content.Guides, g => g.Slug == "our-career-center" && g.File == root + "/guides/our-career-center.md");
        Assert.Equal("CO", DistrictImport.InfoOf(result.Content).StateCode);
    }

    [Fact]
    public void TheTestFolder_AddsItsGuideSynonymsAndIntents_ToTheNationalOnes()
    {
        var result = Load();

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        Assert.Equal(3, DistrictPages.Place(result.Content).Count(p => p.Page is not null));
        Assert.Contains(result.Content.Guides, g => g.Slug == "what-is-a-career-cluster");
        Assert.Contains(result.Content.Guides, g => g.Slug == "our-career-center");
        // A term both files have searches for both: the district's words are added to the national ones.
        Assert.Equal("registered nurses, nursing degree", Assert.Single(result.Content.Synonyms, s => s.Term == "rn").Expansion);
        Assert.Contains(result.Content.Synonyms, s => s.Term == "kvc");
        Assert.Equal(LocalFile("search/intents.yml"), Assert.Single(result.Content.SearchIntents).File);
        // A full address copied from the browser names the page too.
        Assert.Contains(DistrictPages.Place(result.Content), p => p.Page == "/occupations/registered-nurses");
    }

    [Fact]
    public void TheDistrictsSpanishSearchFiles_AreAddedToTheNationalSpanishOnes_AndCheckedAtTheirFullPath()
    {
        _local.Write("search/synonyms.es.yml", "kvc: kestrel valley college\nenfermera: curso de enfermería del distrito\n")
            .Write("search/intents.es.yml", "- phrases: [clases gratis de college, Clases Gratis]\n  search: dual enrollment\n");

        var result = Load();

        var spanishSynonyms = result.Content.SynonymsIn(Web.Data.SiteCultures.Spanish);
        Assert.Contains(spanishSynonyms, s => s.Term == "kvc");
        Assert.Contains(spanishSynonyms, s => s.Term == "enfermera" && s.Expansion.EndsWith("curso de enfermería del distrito", StringComparison.Ordinal));
        var intent = Assert.Single(result.Content.SearchIntentsIn(Web.Data.SiteCultures.Spanish), i => i.File.StartsWith(LocalContent.RootOf(_local.Path), StringComparison.Ordinal));
        Assert.Equal((LocalFile("search/intents.es.yml"), "dual enrollment"), (intent.File, intent.Search?.Value));
        var problem = Single(result, LocalFile("search/intents.es.yml"));
        Assert.Equal((1, "the phrase \"Clases Gratis\" must be lowercase letters, digits and single spaces, with at most one {x} for other words"), (problem.Line, problem.Message));
        Assert.DoesNotContain(result.Problems, p => p.File == LocalFile("search/synonyms.es.yml"));
    }

    [Fact]
    public void ASectionForAPageThatDoesNotExist_IsAnError_AtTheLocalFilesLine_WithTheNearestAddress()
    {
        _local.Edit("sections/health-science.md", "page: /clusters/health-science", "page: /clusters/helth-science");

        var problem = Single(Load(), LocalFile("sections/health-science.md"));

        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(2, problem.Line);
        Assert.Equal("no page has the address /clusters/helth-science", problem.Message);
        Assert.StartsWith("Did you mean \"page: /clusters/health-science\"?", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionWithoutAPage_OrWithAMisspeltField_OrForAGuide_IsAnError()
    {
        _local.Write("sections/no-page.md", "---\npage:\n---\nText.\n");
        _local.Write("sections/typo.md", "---\nname: x\npgae: /clusters/health-science\n---\nText.\n");
        _local.Write("sections/guide.md", "---\npage: /guides/what-is-a-career-cluster\n---\nText.\n");
        _local.Write("sections/empty-body.md", "---\npage: /clusters/information-technology\n---\n");
        _local.Write("sections/title.md", "---\npage: /occupations/web-developers\n---\n# Our IT program\nText.\n");

        var result = Load();

        Assert.Contains("missing required field \"page\"", Single(result, LocalFile("sections/no-page.md")).Message, StringComparison.Ordinal);
        var typo = result.Problems.Where(p => p.File == LocalFile("sections/typo.md")).ToList();
        Assert.Contains(typo, p => p.Line == 2 && p.Message.StartsWith("unknown field \"name\"", StringComparison.Ordinal));
        Assert.Equal("/guides/what-is-a-career-cluster is not a cluster, pathway, sub-cluster or job page: a district section is shown on one of those",
            Single(result, LocalFile("sections/guide.md")).Message);
        Assert.Equal("the section has no text", Single(result, LocalFile("sections/empty-body.md")).Message);
        Assert.Equal("the heading \"# Our IT program\" starts with a single #, which would be a second title on the page", Single(result, LocalFile("sections/title.md")).Message);
    }

    [Fact]
    public void ASectionForAPageWhoseOwnFileIsBroken_IsNotReportedAgain()
    {
        using var content = new ContentCopy().Edit("clusters/health-science.md", "title: \"Health Science\"", "title: Health Science: care");

        var result = Load(content.Path);

        Assert.Contains(result.Errors, p => p.File == "clusters/health-science.md");
        Assert.DoesNotContain(result.Problems, p => p.File == LocalFile("sections/health-science.md"));
        Assert.DoesNotContain(result.Problems, p => p.File == LocalFile("sections/registered-nurses.md"));
    }

    [Fact]
    public void TwoSectionsForOnePage_AreAnError_OnTheSecond()
    {
        _local.Write("sections/zz-health.md", "---\npage: /clusters/health-science/\n---\nMore.\n");

        var problem = Single(Load(), LocalFile("sections/zz-health.md"));

        Assert.Equal("sections/health-science.md already adds the district's part of /clusters/health-science: a page has one district section", problem.Message);
    }

    [Fact]
    public void ASectionForAMovedPage_IsShownOnTheNewPage_WithAWarning()
    {
        using var content = new ContentCopy().Edit("pathways/therapeutic-services.md", "order: 1\n", "order: 1\nredirect_from: [patient-care]\n");
        _local.Edit("sections/therapeutic-services.md", "therapeutic-services\n", "patient-care\n");

        var result = Load(content.Path);

        var problem = Single(result, LocalFile("sections/therapeutic-services.md"));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("the page /clusters/health-science/patient-care has moved to /clusters/health-science/therapeutic-services; the section is shown there", problem.Message);
        Assert.Contains(DistrictPages.Place(result.Content), p => p.Page == "/clusters/health-science/therapeutic-services");
    }

    [Fact]
    public void SiteYml_NeedsTheDistrictsName_AndAStateThatExists()
    {
        using var content = new ContentCopy().Write("data/states/states.csv", "code,name,slug,career_site\nCO,Colorado,colorado,\n");
        _local.Write("site.yml", "# our district\nstate: Colorada\n");

        var problems = Load(content.Path).Problems.Where(p => p.File == LocalFile("site.yml")).ToList();

        Assert.Contains(problems, p => p.Line == 1 && p.Message.StartsWith("missing required field \"name\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 2 && p.Message == "unknown state \"Colorada\": write the state's two-letter code or its name");

        _local.Write("site.yml", "name: \"Test Unified\"\nstate: colorado\n");
        var fixedUp = Load(content.Path);
        Assert.DoesNotContain(fixedUp.Problems, p => p.File == LocalFile("site.yml"));
        Assert.Equal("CO", DistrictImport.InfoOf(fixedUp.Content).StateCode);
    }

    [Fact]
    public void AMissingSiteYml_AMissingFolder_AndBrokenYaml_NameTheDistrictsFiles()
    {
        File.Delete(Path.Combine(_local.Path, "site.yml"));
        _local.Write("search/synonyms.yml", "kvc: kestrel\nKVC: kestrel valley\n");
        _local.Write("guides/broken.md", "---\ntitle: Careers: a guide\norder: 3\nsummary: x\n---\nText.\n");

        var result = Load();

        Assert.StartsWith("site.yml is missing", Single(result, LocalFile("site.yml")).Message, StringComparison.Ordinal);
        Assert.Equal(2, Single(result, LocalFile("search/synonyms.yml")).Line);
        var broken = Single(result, LocalFile("guides/broken.md"));
        Assert.Equal((2, "the value has a colon followed by a space (\": \") in it, which starts a new field in YAML"), (broken.Line, broken.Message));

        var missing = ContentLoader.Load(TestPaths.TestContent, null, Path.Combine(_local.Path, "no-such-folder"));
        Assert.Equal("the district folder does not exist", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public void ALinkInASection_ToAPageThatDoesNotExist_IsAnError_AtItsLineAndColumn()
    {
        _local.Edit("sections/therapeutic-services.md", "Juniors shadow", "See [nursing](/clusters/health-science/nursing). Juniors shadow");

        var problem = Single(Load(), LocalFile("sections/therapeutic-services.md"));

        Assert.Equal((6, 5), (problem.Line, problem.Column));
        Assert.Equal("the link \"/clusters/health-science/nursing\" points to a page that does not exist", problem.Message);
    }

    [Fact]
    public void ADistrictGuide_WithTheAddressOfANationalGuide_IsAnError()
    {
        _local.Write("guides/what-is-a-career-cluster.md", "---\ntitle: \"Ours\"\norder: 9\nsummary: \"Ours.\"\n---\nText.\n");

        var problem = Single(Load(), LocalFile("guides/what-is-a-career-cluster.md"));

        Assert.Equal("the national content already has a guide at /guides/what-is-a-career-cluster: a district guide needs an address of its own", problem.Message);
    }

    [Fact]
    public void ADistrictGuideTheSiteServes_CannotVanish_UnlessRedirectedOrRetiredInTheDistrictFolder()
    {
        var published = PublishedPages.From(Load().Content);
        Assert.Contains(published.Pages, p => p.Path == "/guides/our-career-center" && p.File == LocalFile("guides/our-career-center.md"));
        File.Delete(Path.Combine(_local.Path, "guides", "our-career-center.md"));

        var removed = Single(Load(lastGood: published), LocalFile("guides/our-career-center.md"));
        Assert.StartsWith("the page /guides/our-career-center (\"Our career center\") is on the site now, but no file makes it any more", removed.Message, StringComparison.Ordinal);
        Assert.EndsWith($"to take the page off the site on purpose, list /guides/our-career-center in {LocalFile("retired-pages.txt")}.", removed.Fix, StringComparison.Ordinal);

        _local.Write("retired-pages.txt", "# taken off on purpose\n/guides/our-career-center\n");
        Assert.False(Load(lastGood: published).HasErrors);

        _local.Write("retired-pages.txt", "/clusters/health-science\n");
        var retiredPage = Load(lastGood: published).Problems.Single(p => p.File == LocalFile("retired-pages.txt") && p.Severity == ProblemSeverity.Error);
        Assert.Equal((1, "/clusters/health-science is a page of the site: a page that is there cannot be retired"), (retiredPage.Line, retiredPage.Message));
    }

    [Fact]
    public void AFileTheSiteDoesNotRead_IsAWarning_ButNotesAreNot()
    {
        _local.Write("clusters/health-science.md", "---\npage: /clusters/health-science\n---\nText.\n");
        _local.Write("README.md", "Our notes.\n");

        var result = Load();

        Assert.Equal(ProblemSeverity.Warning, Single(result, LocalFile("clusters/health-science.md")).Severity);
        Assert.DoesNotContain(result.Problems, p => p.File == LocalFile("README.md"));
    }

    [Fact]
    public void TheFingerprint_ChangesWithTheDistrictsFiles_AndIsTheSameWithoutADistrict()
    {
        string before = ContentLoader.Fingerprint(TestPaths.TestContent, _local.Path);
        _local.Write("sections/health-science.md", File.ReadAllText(Path.Combine(_local.Path, "sections", "health-science.md")) + "\nMore.\n");

        Assert.NotEqual(before, ContentLoader.Fingerprint(TestPaths.TestContent, _local.Path));
        Assert.NotEqual(ContentLoader.Fingerprint(TestPaths.TestContent), ContentLoader.Fingerprint(TestPaths.TestContent, _local.Path));
        Assert.Equal(ContentLoader.Fingerprint(TestPaths.TestContent), ContentLoader.Fingerprint(TestPaths.TestContent, null));
    }

    [Fact]
    public void TheCheckCommand_NamesTheDistrictsFile_AsTyped()
    {
        _local.Edit("sections/registered-nurses.md", "registered-nurses\n", "registered-nurse\n");
        string parent = Path.GetDirectoryName(_local.Path)!;
        using var output = new StringWriter();

        int exit = ContentCheckCommand.Run(["--content", TestPaths.TestContent, "--local", Path.GetFileName(_local.Path)], output, new CheckDefaults(parent));

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.GetFileName(_local.Path)}/sections/registered-nurses.md:2:1: error: no page has the address /occupations/registered-nurse\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  how to fix: Did you mean \"page: /occupations/registered-nurses\"?", output.ToString(), StringComparison.Ordinal);

        _local.Edit("sections/registered-nurses.md", "registered-nurse\n", "registered-nurses\n");
        using var fixedUp = new StringWriter();
        Assert.Equal(0, ContentCheckCommand.Run(["--content", TestPaths.TestContent, "--local", _local.Path], fixedUp, new CheckDefaults(parent)));
        Assert.EndsWith("; district folder: 3 sections, 1 guide\n", fixedUp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDistrictsPart_IsImported_AndFoundBySearch_AsAResultOfItsOwn()
    {
        var content = Load().Content;
        var documents = SearchDocuments.From(content, CrosswalkShares.Compute(content));

        var found = DistrictImport.SearchDocumentsOf(content, documents).ToList();

        var cluster = Assert.Single(found, d => d.Path == "/clusters/health-science#in-our-district");
        Assert.Equal((Web.Data.PageKinds.District, "Health Science", "health-science"), (cluster.Kind, cluster.Title, cluster.ClusterKey));
        Assert.Contains("Kestrel Valley College", cluster.Body, StringComparison.Ordinal);
        Assert.Equal("Test Unified School District", cluster.Context);
        Assert.Equal(3, found.Count);
    }
}
