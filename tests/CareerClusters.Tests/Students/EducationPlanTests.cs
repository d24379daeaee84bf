using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Survey;

namespace CareerClusters.Tests.Students;

/// <summary>Which answer to "how much education do you plan?" a job belongs to, apprenticeship routes included (issue 20).</summary>
public class EducationPlanTests
{
    [Theory]
    [InlineData("high-school-diploma", true, "certificate")]
    [InlineData("no-formal-credential", true, "certificate")]
    [InlineData("postsecondary-nondegree-award", true, "certificate")]
    [InlineData("some-college", true, "certificate")]
    [InlineData("high-school-diploma", false, "none")]
    [InlineData("no-formal-credential", false, "none")]
    [InlineData("postsecondary-nondegree-award", false, "certificate")]
    [InlineData("associates-degree", true, "associate")]
    [InlineData("bachelors-degree", true, "bachelors")]
    [InlineData("doctoral-or-professional-degree", false, "more")]
    public void AJob_BelongsToOnePlan_AndAnApprenticeshipWithoutADegreeGoesWithCertificates(string education, bool apprenticeship, string plan)
    {
        var covering = EducationPlans.All.Where(p => p.Covers(education, apprenticeship)).Select(p => p.Key);

        Assert.Equal([plan], covering);
    }

    [Fact]
    public void EveryLevel_WithOrWithoutAnApprenticeship_HasExactlyOnePlan_ThatReadsIt()
    {
        foreach (string level in EducationLevels.Keys)
        {
            foreach (bool apprenticeship in new[] { false, true })
            {
                var plan = Assert.Single(EducationPlans.All, p => p.Covers(level, apprenticeship));
                Assert.Contains(level, EducationPlans.LevelsToRead(plan));
            }
        }
        Assert.DoesNotContain(EducationPlans.All, p => p.Covers(null, true));
    }
}
