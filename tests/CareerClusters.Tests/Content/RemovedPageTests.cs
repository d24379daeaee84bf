using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.Content;

/// <summary>
/// Nothing a counselor printed breaks silently: the content is compared with the generation being served. A page gone
/// without a redirect_from is an error that says which line to add to which file, and a job must stay in a pathway.
/// </summary>
public class RemovedPageTests
{
    private const string PatientCare = "---\ntitle: \"Patient Care\"\ncluster: health-science\norder: 2\nsummary: \"Look after patients.\"\n" +
        "featured: [29-1141.00]\noccupations:\n  - 29-1141.00  # Registered Nurses\n---\n## What you would do\nCare for patients.\n";

    /// <summary>The test content with a second pathway in Health Science, as the site serves it.</summary>
    private static ContentCopy Served() => new ContentCopy().Write("pathways/patient-care.md", PatientCare);

    private static PublishedPages PagesOf(ContentCopy content)
    {
        var result = ContentLoader.Load(content.Path);
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return PublishedPages.From(result.Content);
    }

    /// <summary>The steps: the pathway file is deleted, and the link the checker complained about is removed.</summary>
    private static ContentCopy DeleteTherapeuticServices(ContentCopy content)
    {
        File.Delete(Path.Combine(content.Path, "pathways/therapeutic-services.md"));
        return content.Edit("clusters/health-science.md", "(/clusters/health-science/therapeutic-services)", "(/clusters/health-science/patient-care)");
    }

    [Fact]
    public void ADeletedPathway_IsAnError_ThatSuggestsTheRedirectFromLine()
    {
        using var content = Served();
        var served = PagesOf(content);
        DeleteTherapeuticServices(content);

        var problem = Assert.Single(ContentLoader.Load(content.Path, served).Problems);

        Assert.Equal("pathways/therapeutic-services.md:1:1: error: the page /clusters/health-science/therapeutic-services (\"Therapeutic Services\") is on the site now, " +
            "but no file makes it any more and no redirect_from leads from it: links to it that counselors printed or bookmarked would break", problem.ToString());
        Assert.Equal("Add the line \"redirect_from: [therapeutic-services]\" to the front matter of pathways/patient-care.md (it now has 1 of its 2 jobs), " +
            "or put pathways/therapeutic-services.md back; to take the page off the site on purpose, list /clusters/health-science/therapeutic-services in retired-pages.txt.",
            problem.Fix);
    }

    [Fact]
    public void WithTheSuggestedLine_OrRetiredOnPurpose_TheContentIsValid()
    {
        using var content = Served();
        var served = PagesOf(content);
        DeleteTherapeuticServices(content);

        content.Edit("pathways/patient-care.md", "order: 2\n", "order: 2\nredirect_from: [therapeutic-services]\n");
        Assert.Empty(ContentLoader.Load(content.Path, served).Problems);

        content.Edit("pathways/patient-care.md", "redirect_from: [therapeutic-services]\n", "");
        content.Write(RetiredPages.FileName, "# taken off on purpose\n/clusters/health-science/therapeutic-services\n");
        Assert.Empty(ContentLoader.Load(content.Path, served).Problems);
    }

    [Fact]
    public void WithoutTheServedContent_NothingIsCompared()
    {
        using var content = DeleteTherapeuticServices(Served());

        Assert.Empty(ContentLoader.Load(content.Path).Problems);
    }

    [Fact]
    public void ARenamedJobFile_IsFoundByItsCode_AndARedirectFromOnAJobIsServed()
    {
        using var content = Served();
        var served = PagesOf(content);
        File.Move(Path.Combine(content.Path, "occupations/registered-nurses.md"), Path.Combine(content.Path, "occupations/nurses.md"));
        content.Edit("pathways/therapeutic-services.md", "(/occupations/registered-nurses)", "(/occupations/nurses)");

        var problem = Assert.Single(ContentLoader.Load(content.Path, served).Problems);

        Assert.Equal("occupations/registered-nurses.md", problem.File);
        Assert.StartsWith("Add the line \"redirect_from: [registered-nurses]\" to the front matter of occupations/nurses.md (it has the code 29-1141.00)", problem.Fix, StringComparison.Ordinal);
        content.Edit("occupations/nurses.md", "education: bachelors-degree\n", "education: bachelors-degree\nredirect_from: [registered-nurses]\n");
        var fixedResult = ContentLoader.Load(content.Path, served);
        Assert.Empty(fixedResult.Problems);
        Assert.Equal("/occupations/nurses", MovedPages.All(fixedResult.Content)["/occupations/registered-nurses"]);
    }

    [Fact]
    public void AJobInNoPathway_IsAnError_NamingTheJobFileAndThePathwayItWasIn()
    {
        using var content = Served();
        var served = PagesOf(content);
        content.Edit("pathways/therapeutic-services.md", "  - 29-1141.00  # Registered Nurses\n", "")
            .Edit("pathways/patient-care.md", "  - 29-1141.00  # Registered Nurses\n", "  - 15-1211.01\n")
            .Edit("pathways/therapeutic-services.md", "featured: [29-1141.00]", "featured: [15-1211.01]")
            .Edit("pathways/patient-care.md", "featured: [29-1141.00]", "featured: [15-1211.01]");

        // (Featuring a job without a description is a warning.)
        var problem = Assert.Single(ContentLoader.Load(content.Path, served).Errors);

        Assert.Equal("occupations/registered-nurses.md:2:1: error: this job is in no career pathway: no pathway file lists its code 29-1141.00, " +
            "so no pathway page shows it and its page would say it belongs to 0 pathways", problem.ToString());
        Assert.Equal("Add \"  - 29-1141.00\" to the occupations list of the pathway it belongs in; it was in pathways/patient-care.md, pathways/therapeutic-services.md.",
            problem.Fix);
    }

    [Fact]
    public void ARetiredAddress_ThatIsStillAPage_IsAnError()
    {
        using var content = Served().Write(RetiredPages.FileName, "/guides/what-is-a-career-cluster\nguides/faq\n");

        var problems = ContentLoader.Load(content.Path).Problems;

        Assert.Equal(["retired-pages.txt:1:1: error: /guides/what-is-a-career-cluster is a page of the site: a page that is there cannot be retired",
            "retired-pages.txt:2:1: error: \"guides/faq\" is not an address of this site"], problems.Select(p => p.ToString()));
    }
}
