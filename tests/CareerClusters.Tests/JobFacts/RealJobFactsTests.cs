using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;

namespace CareerClusters.Tests.JobFacts;

/// <summary>
/// Job facts as the real content gives them (issue 20): BLS figures wherever BLS publishes the job's group, the
/// technology that fits each job, and the apprenticeship routes.
/// </summary>
public sealed class RealJobFactsTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    [Fact]
    public void EveryJob_WhoseSocGroupBlsPublishes_GetsFigures()
    {
        var data = Content.Value.Data;
        var wider = Content.Value.Data.Placements2024.WiderGroups;
        var missing = Content.Value.Occupations
            .Select(o => o.Meta.Code!)
            .Where(code => data.ProjectionFor(code) is null)
            .Where(code => data.Projections.ContainsKey(code[..7]) || (wider.TryGetValue(code, out string? soc) && data.Projections.ContainsKey(soc)))
            .ToList();

        Assert.Empty(missing);
        Assert.Equal("51-2028", data.ProjectionFor("51-2023.00")?.SocCode);
        Assert.Equal("25-2052", data.ProjectionFor("25-2055.00")?.SocCode);
    }

    [Fact]
    public async Task ASpecialty_SaysItsFiguresAreItsGroups()
    {
        var page = await site.GetDocumentAsync("/occupations/supply-chain-managers");
        string note = page.QuerySelector(".at-a-glance .note")!.TextContent;

        Assert.Contains("BLS counts this job with Transportation, storage, and distribution managers", note, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".outlook-meaning"));
    }

    [Theory]
    [InlineData("29-1141.00", "Apache Spark", "Henry Schein Dentrix", "Microsoft Excel")]
    [InlineData("51-4121.00", "Oracle Database", "Microsoft Windows", null)]
    [InlineData("49-3023.00", "Mozilla Firefox", "SAP software", "Microsoft Edge")]
    public void AJob_ShowsNoTechnologyThatIsNotSpecificToIt(string code, string first, string second, string? third)
    {
        var shown = new TechnologyFit(Content.Value.Data).For(code);

        Assert.DoesNotContain(first, shown);
        Assert.DoesNotContain(second, shown);
        if (third is not null)
        {
            Assert.DoesNotContain(third, shown);
        }
        // O*NET does list them: the rule, not the data, leaves them out.
        Assert.Contains(first, Content.Value.Data.HotTechnologies[code]);
    }

    [Fact]
    public void SpecificTechnology_StaysAndNoJobShowsMoreThanSix()
    {
        var fit = new TechnologyFit(Content.Value.Data);

        Assert.Contains("Autodesk AutoCAD", fit.For("17-3011.00"));
        Assert.Contains("Epic Systems", fit.For("29-1141.00"));
        Assert.Contains("Microsoft Word", fit.For("43-6014.00"));
        Assert.All(Content.Value.Occupations, o => Assert.True(fit.For(o.Meta.Code!).Count <= TechnologyFit.MostShown, o.File));
    }

    [Theory]
    [InlineData("electricians", true)]
    [InlineData("carpenters", true)]
    [InlineData("registered-nurses", false)]
    public void ApprenticeshipRoutes_FollowBlsTraining(string slug, bool expected)
    {
        var job = Content.Value.Occupations.Single(o => o.Slug == slug);

        Assert.Equal(expected, ApprenticeshipRoutes.Has(Content.Value.Data, job));
    }
}
