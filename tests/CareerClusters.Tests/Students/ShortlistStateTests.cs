using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>The shortlist cookie's value: read leniently, written compactly, bounded.</summary>
public class ShortlistStateTests
{
    [Fact]
    public void AValue_ReadsIntoTwoGroups_AndWritesBackTheSame()
    {
        var state = ShortlistState.Parse("finance.health-science~marketing");

        Assert.Equal(["finance", "health-science"], state.Shortlisted.Select(k => k.ToString()));
        Assert.Equal(["marketing"], state.SetAside.Select(k => k.ToString()));
        Assert.Equal("finance.health-science~marketing", state.Serialize());
        Assert.Equal(ShortlistChoice.SetAside, state.ChoiceFor(ClusterKey.Sixteen("marketing")));
        Assert.Equal(ShortlistChoice.None, state.ChoiceFor(ClusterKey.Sixteen("manufacturing")));
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
            .With(ClusterKey.Sixteen("finance"), ShortlistChoice.Shortlist)
            .With(ClusterKey.Sixteen("marketing"), ShortlistChoice.Shortlist)
            .With(ClusterKey.Sixteen("finance"), ShortlistChoice.SetAside)
            .With(ClusterKey.Sixteen("finance"), ShortlistChoice.Shortlist)
            .With(ClusterKey.Sixteen("marketing"), ShortlistChoice.None);

        Assert.Equal("finance", state.Serialize());
    }

    [Fact]
    public void UnknownClusters_AreDroppedAgainstTheRealList()
    {
        var state = ShortlistState.Parse("finance.gone~renamed.marketing").OnlyKnown(new HashSet<ClusterKey> { ClusterKey.Sixteen("finance"), ClusterKey.Sixteen("marketing") });

        Assert.Equal("finance~marketing", state.Serialize());
    }

    [Fact]
    public void ClustersOfAnotherFramework_AreKeptWithTheirFramework_BesideOldCookiesBareSlugs()
    {
        // A cookie written before there was a second framework holds bare slugs: they are the 16 clusters.
        var state = ShortlistState.Parse("health-science.2024:digital-technology~2024:health-science.1999:made-up");

        Assert.Equal([ClusterKey.Sixteen("health-science"), new ClusterKey(Frameworks.Modern2024, "digital-technology")], state.Shortlisted);
        Assert.Equal([new ClusterKey(Frameworks.Modern2024, "health-science")], state.SetAside);
        Assert.Equal(ShortlistChoice.Shortlist, state.ChoiceFor(ClusterKey.Sixteen("health-science")));
        Assert.Equal(ShortlistChoice.SetAside, state.ChoiceFor(new ClusterKey(Frameworks.Modern2024, "health-science")));
        Assert.Equal("health-science.2024:digital-technology~2024:health-science", state.Serialize());
    }
}
