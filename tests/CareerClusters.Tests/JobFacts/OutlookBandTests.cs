using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Tests.JobFacts;

/// <summary>Outlook words follow bands like the Occupational Outlook Handbook's, with "little or no change" around zero (issue 20).</summary>
public sealed class OutlookBandTests
{
    private static OccupationOutlook Outlook(double change) => new()
    {
        SocCode = "00-0000", SocTitle = "Test", FromYear = 2024, ToYear = 2034, WageYear = 2024,
        ChangePercent = change, AllJobsChangePercent = 3.1, AnnualOpenings = 10, Education = "Bachelor's degree", WorkExperience = "None", OnTheJobTraining = "None",
    };

    [Theory]
    [InlineData(7.1, OutlookCategory.MuchFaster)]
    [InlineData(12.0, OutlookCategory.MuchFaster)]
    [InlineData(5.1, OutlookCategory.Faster)]
    [InlineData(7.0, OutlookCategory.Faster)]
    [InlineData(2.1, OutlookCategory.AboutAverage)]
    [InlineData(5.0, OutlookCategory.AboutAverage)]
    [InlineData(1.1, OutlookCategory.Slower)]
    [InlineData(2.0, OutlookCategory.Slower)]
    [InlineData(1.0, OutlookCategory.LittleOrNoChange)]
    [InlineData(0.0, OutlookCategory.LittleOrNoChange)]
    [InlineData(-0.1, OutlookCategory.LittleOrNoChange)]
    [InlineData(-1.0, OutlookCategory.LittleOrNoChange)]
    [InlineData(-1.1, OutlookCategory.Declining)]
    [InlineData(-20.0, OutlookCategory.Declining)]
    public void TheBand_FollowsTheChangeAgainstAllJobs(double change, OutlookCategory expected) =>
        Assert.Equal(expected, OccupationFacts.OutlookOf(Outlook(change)));

    [Fact]
    public void EveryBand_HasItsWords_AndASentenceThatExplainsIt()
    {
        var text = new EnglishText();
        var changes = new[] { 8.0, 6.0, 3.0, 1.5, 0.0, -5.0 };
        var words = changes.Select(c => text.OutlookWords(Outlook(c))).ToList();
        var meanings = changes.Select(c => text.OutlookMeaning(Outlook(c))).ToList();

        Assert.Equal(changes.Length, words.Distinct().Count());
        Assert.Equal(changes.Length, meanings.Distinct().Count());
        Assert.Equal("Little or no change", words[4]);
        Assert.All(meanings, m => Assert.Contains("+3.1%", m, StringComparison.Ordinal));
        Assert.Equal("little or no change (0%)", text.OutlookShort(Outlook(0.0)));
    }

    /// <summary>The catalogue as the site has it in English: the key, formatted.</summary>
    private sealed class EnglishText : IStringLocalizer<SiteText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
