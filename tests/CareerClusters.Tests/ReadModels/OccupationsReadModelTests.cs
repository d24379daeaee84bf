using System.Globalization;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Tests.ReadModels;

/// <summary>
/// The jobs' read models carry values only, and <see cref="OccupationPages"/> words them: the trail, the description
/// and the labels a query used to compose. The pages' HTML is checked end to end elsewhere.
/// </summary>
public sealed class OccupationsReadModelTests
{
    private static readonly IStringLocalizer<SiteText> Text = new EnglishText();

    [Fact]
    public void AJobWithNoPathway_IsWordedFromItsKeysAndZone()
    {
        var job = Job(educationKey: null, summaryText: "");

        var page = OccupationPages.Occupation(job, Text);

        Assert.Equal(["Home", "Jobs A–Z", "Lab Helpers"], page.Meta.Breadcrumbs.Select(c => c.Title));
        Assert.Equal("Lab Helpers: what the work is like, pay, outlook and how to get started.", page.Meta.Description);
        Assert.Equal("/occupations/lab-helpers", page.Meta.CanonicalPath);
        // With no education published, the label falls back to the job zone's words.
        Assert.Equal("Some preparation needed (O*NET job zone 2)", page.EducationLabel);
        Assert.Equal(page.EducationLabel, page.JobZone);
        Assert.Equal(["Realistic (hands-on, building and fixing)", "Investigative (ideas, science and problem solving)"], page.Interests);
        // No outlook, so no Occupational Outlook Handbook link.
        Assert.Equal(["My Next Move", "O*NET OnLine", "CareerOneStop"], page.LearnMore.Select(l => l.Title));
    }

    [Fact]
    public void ALongSummary_IsCutAtAWordForTheDescription()
    {
        var job = Job(educationKey: "bachelors-degree", summaryText: string.Join(' ', Enumerable.Repeat("word", 60)));

        var page = OccupationPages.Occupation(job, Text);

        Assert.True(page.Meta.Description.Length <= 160);
        Assert.EndsWith("word…", page.Meta.Description, StringComparison.Ordinal);
        Assert.Equal("Bachelor's degree", page.EducationLabel);
    }

    [Fact]
    public void TheJobsList_HasLetters_OnlyInNameOrder_AndIsIndexed_OnlyUnfiltered()
    {
        IReadOnlyList<JobSummary> jobs = [new("actors", "Actors", null, null), new("bakers", "Bakers", null, null), new("barbers", "Barbers", null, null)];

        var all = OccupationPages.Index(new OccupationIndex(3, new JobFilters(), [], jobs), Text);
        var byPay = OccupationPages.Index(new OccupationIndex(3, new JobFilters(Sort: "pay"), [], jobs), Text);

        Assert.Equal(["A", "B"], all.Groups.Select(g => g.Letter));
        Assert.False(all.Meta.NoIndex);
        Assert.StartsWith("All 3 jobs on CareerClusters", all.Meta.Description, StringComparison.Ordinal);
        Assert.Empty(byPay.Groups);
        Assert.True(byPay.Meta.NoIndex);
    }

    [Fact]
    public void TheReadModels_HoldNoPageWording()
    {
        foreach (var type in new[] { typeof(OccupationDetails), typeof(OccupationIndex), typeof(OccupationPathway), typeof(FilterChoice) })
        {
            Assert.DoesNotContain(type.GetProperties(), p => p.PropertyType == typeof(PageMeta) || p.PropertyType == typeof(Crumb) || p.PropertyType == typeof(IReadOnlyList<Crumb>));
            Assert.False(typeof(IPageViewModel).IsAssignableFrom(type), type.Name);
        }
    }

    private static OccupationDetails Job(string? educationKey, string summaryText) =>
        new("99-0000.00", "lab-helpers", "Lab Helpers", educationKey, null, summaryText, null, [], [], [], 2, "RI", null, [], [], []);

    /// <summary>The catalogue with no translation: each key is its own English text.</summary>
    private sealed class EnglishText : IStringLocalizer<SiteText>
    {
        public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
