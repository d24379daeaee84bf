using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;

namespace CareerClusters.Tests.Integrity;

/// <summary>
/// The answers to the questions families ask (issue 21) stay in place: every military job says how to join and train,
/// every education level has its sentence on paying for training, and the guides are linked from After high school.
/// </summary>
[Trait("Category", "ContentQuality")]
public sealed class FamilyQuestionsContentTests
{
    /// <summary>What every military job's page must say: the entrance test, the enlistment age, how pay is set, the GI Bill.</summary>
    private static readonly string[] MilitaryEssentials = ["Armed Services Vocational Aptitude Battery (ASVAB)", "17", "pay tables", "GI Bill"];

    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    private static IEnumerable<ContentFile<OccupationFrontMatter>> MilitaryJobs =>
        Content.Value.Occupations.Where(o => o.Meta.Code!.StartsWith(TrainingRouteFiles.MilitaryCodePrefix, StringComparison.Ordinal));

    [Fact]
    public void EveryMilitaryJob_SaysHowToJoin_WithTheAsvabPayTablesGiBillAndLinks()
    {
        Assert.Equal(19, MilitaryJobs.Count());
        Assert.All(MilitaryJobs, job =>
        {
            var section = Assert.Single(job.Body.Sections, s => s.Heading is not null);
            string text = job.Body.PlainText;
            foreach (string needed in MilitaryEssentials)
            {
                Assert.True(text.Contains(needed, StringComparison.Ordinal), $"{job.File} does not mention {needed}");
            }
            Assert.Contains(job.Body.Links, l => l.Url == "https://www.todaysmilitary.com/");
            Assert.Contains(job.Body.Links, l => l.Url == "/guides/joining-the-military");
            if (job.Meta.Education == "bachelors-degree")
            {
                Assert.True(text.Contains("Reserve Officers' Training Corps (ROTC)", StringComparison.Ordinal) && text.Contains("Officer Candidate School", StringComparison.Ordinal),
                    $"{job.File} does not name the officer routes");
            }
        });
    }

    [Fact]
    public void TheCounterparts_PairMilitaryJobsWithCivilianJobs()
    {
        var pairs = Content.Value.Data.MilitaryCounterparts;

        Assert.True(pairs.Count >= 10, $"{pairs.Count} pairs");
        Assert.All(pairs, p => Assert.StartsWith(TrainingRouteFiles.MilitaryCodePrefix, p.MilitaryCode, StringComparison.Ordinal));
        Assert.Contains(pairs, p => (p.MilitaryCode, p.CivilianCode) == ("55-3016.00", "33-3051.00")); // infantry and police patrol
    }

    [Fact]
    public void EveryEducationLevel_HasOneSentenceOnPaying_ThatLinksTheGuide()
    {
        var costs = Content.Value.Data.TrainingCosts;

        Assert.Equal(EducationLevels.Keys.Order(), costs.Select(c => c.Education).Order());
        Assert.All(costs, c =>
        {
            Assert.Contains(c.Text.Links, l => l.Url == "/guides/paying-for-training");
            Assert.Single(ContentQualityTests.Sentences(c.Text.PlainText));
            Assert.DoesNotMatch(@"\$\s?\d|\d\s?%", c.Text.PlainText);
            // The Spanish job pages show the same sentence in Spanish, linking the same guide.
            Assert.NotNull(c.SpanishText);
            Assert.Contains(c.SpanishText.Links, l => l.Url == "/guides/paying-for-training");
            Assert.Single(ContentQualityTests.Sentences(c.SpanishText.PlainText));
            Assert.DoesNotMatch(@"\$\s?\d|\d\s?%", c.SpanishText.PlainText);
        });
    }

    [Fact]
    public void AfterHighSchool_LinksTheGuidesOnPayingTeenJobsAndTheMilitary()
    {
        var links = Content.Value.Guides.Single(g => g.Slug == "after-high-school").Body.Links.Select(l => l.Url).ToList();

        Assert.Contains("/guides/paying-for-training", links);
        Assert.Contains("/guides/first-jobs-for-teens", links);
        Assert.Contains("/guides/joining-the-military", links);
    }
}
