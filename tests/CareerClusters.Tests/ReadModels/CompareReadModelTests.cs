using CareerClusters.Tests.Students;
using CareerClusters.Web.Features.Compare;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Tests.ReadModels;

/// <summary>Compare's queries return values and education keys (for a JSON API to reuse); its mapping words them for the page.</summary>
public class CompareReadModelTests(StudentSite site) : IClassFixture<StudentSite>
{
    [Fact]
    public async Task ClustersCompared_HoldEducationKeys_AndTheMappingWordsThem()
    {
        using var scope = site.Services.CreateScope();
        var comparison = await scope.ServiceProvider.GetRequiredService<CompareQueries>()
            .CompareAsync(CompareKind.Cluster, ["information-technology", "health-science", "nowhere"], CancellationToken.None);

        Assert.Equal(["information-technology", "health-science"], comparison.Items.Select(i => i.Slug));
        Assert.Equal(["nowhere"], comparison.NotFound);
        var health = comparison.Items[1];
        Assert.Equal([new JobsAtLevel("bachelors-degree", 1)], health.Education.Levels);
        Assert.Contains(health.Featured, job => job is { Slug: "registered-nurses", EducationKey: "bachelors-degree" });
        Assert.Contains("Networking", comparison.Items[0].SkillsHtml, StringComparison.Ordinal);
        Assert.All(comparison.Items, item => Assert.Null(item.GettingStartedHtml));

        var page = ComparePages.Compare(comparison, Text(scope));
        Assert.Equal("Compare Information Technology and Health Science", page.Meta.Title);
        Assert.Equal("/compare?clusters=information-technology,health-science", page.Meta.CanonicalPath);
        Assert.Equal([new EducationCount("Bachelor's degree", 1)], page.Items[1].Education.Levels);
        Assert.Equal("Skills you'll build", page.Items[0].LastRowHeading);
        Assert.Equal(comparison.Items[0].SkillsHtml, page.Items[0].LastRowHtml);
    }

    [Fact]
    public async Task PathwaysCompared_EndWithHowToGetStarted()
    {
        using var scope = site.Services.CreateScope();
        var comparison = await scope.ServiceProvider.GetRequiredService<CompareQueries>()
            .CompareAsync(CompareKind.Pathway, ["network-systems", "therapeutic-services"], CancellationToken.None);

        Assert.All(comparison.Items, item => Assert.Null(item.SkillsHtml));
        var page = ComparePages.Compare(comparison, Text(scope));
        Assert.Equal("/compare?pathways=network-systems,therapeutic-services", page.Meta.CanonicalPath);
        Assert.All(page.Items, item => Assert.Equal("How to get started", item.LastRowHeading));
        Assert.Equal(comparison.Items[0].GettingStartedHtml, page.Items[0].LastRowHtml);
    }

    private static IStringLocalizer<SiteText> Text(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IStringLocalizer<SiteText>>();
}
