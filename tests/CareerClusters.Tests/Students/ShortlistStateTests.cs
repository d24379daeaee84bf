using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>The shortlist cookie's value: read leniently, written compactly, bounded.</summary>
public class ShortlistStateTests
{
    [Fact]
    public void AValue_ReadsIntoTwoGroups_AndWritesBackTheSame()
    {
        var state = ShortlistState.Parse("finance.health-science~marketing");

        Assert.Equal(["finance", "health-science"], state.Shortlisted);
        Assert.Equal(["marketing"], state.SetAside);
        Assert.Equal("finance.health-science~marketing", state.Serialize());
        Assert.Equal(ShortlistChoice.SetAside, state.ChoiceFor("marketing"));
        Assert.Equal(ShortlistChoice.None, state.ChoiceFor("manufacturing"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("~", "")]
    [InlineData("Finance..FINANCE.-bad.bad-.a_b.<x>", "finance")]
    [InlineData("finance~finance.marketing", "finance~marketing")]
    [InlineData("a~b~c", "a~b")]
    public void OddValues_AreReadLeniently_DroppingWhatIsNotASlug(string? value, string expected)
    {
        Assert.Equal(expected, ShortlistState.Parse(value).Serialize());
    }

    [Fact]
    public void AHugeValue_IsIgnored_AndAGroupIsBounded()
    {
        Assert.True(ShortlistState.Parse(new string('a', 5000)).IsEmpty);
        var many = ShortlistState.Parse(string.Join('.', Enumerable.Range(0, 100).Select(i => $"c{i}")));
        Assert.Equal(ShortlistState.MaxPerGroup, many.Shortlisted.Count);
    }

    [Fact]
    public void AChoice_MovesAClusterBetweenGroups_KeepingTheOrderOfChoosing()
    {
        var state = ShortlistState.Empty
            .With("finance", ShortlistChoice.Shortlist)
            .With("marketing", ShortlistChoice.Shortlist)
            .With("finance", ShortlistChoice.SetAside)
            .With("finance", ShortlistChoice.Shortlist)
            .With("marketing", ShortlistChoice.None);

        Assert.Equal("finance", state.Serialize());
    }

    [Fact]
    public void UnknownClusters_AreDroppedAgainstTheRealList()
    {
        var state = ShortlistState.Parse("finance.gone~renamed.marketing").OnlyKnown(new HashSet<string> { "finance", "marketing" });

        Assert.Equal("finance~marketing", state.Serialize());
    }
}
