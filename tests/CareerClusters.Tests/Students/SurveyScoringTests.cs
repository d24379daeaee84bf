using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>The survey's pure parts: the statement list, its version and shuffle, result codes and ranking.</summary>
public class SurveyScoringTests
{
    // Three clusters: a small one, a big one, and one that shares a statement with the big one.
    private static readonly SurveyDefinition Survey = SurveyDefinition.Build(
    [
        Cluster("small", 1, ("activity", "I fix bikes."), ("subject", "I like shop class.")),
        Cluster("big", 2, ("activity", "I write code."), ("activity", "I build robots."), ("quality", "I am patient."), ("subject", "I like math.")),
        Cluster("shared", 3, ("quality", "I am patient."), ("subject", "I like art.")),
    ]);

    private static int Item(string text) => Survey.Items.Single(i => i.Text == text).Index;

    private static IReadOnlyList<ClusterScore> Rank(params string[] ticked) =>
        SurveyScoring.Rank(Survey, ticked.Select(Item).ToHashSet());

    [Fact]
    public void Clusters_AreRankedByTheShareOfTheirOwnStatements_NotByHowManyTheyHave()
    {
        // One of small's two statements (50%) beats one of big's four (25%).
        var ranked = Rank("I fix bikes.", "I write code.");

        Assert.Equal(["small", "big", "shared"], ranked.Select(s => s.Cluster.Slug));
        Assert.Equal((1, 2, 50), (ranked[0].Ticked, ranked[0].Total, ranked[0].Percent));
        Assert.Equal((1, 4, 25), (ranked[1].Ticked, ranked[1].Total, ranked[1].Percent));
    }

    [Fact]
    public void EqualShares_GoToTheClusterWithMoreStatementsTicked_ThenToTheEarlierCluster()
    {
        // small 1/2 and big 2/4 are both 50%: big has more ticked.
        var moreTicked = Rank("I fix bikes.", "I write code.", "I build robots.");
        Assert.Equal(["big", "small", "shared"], moreTicked.Select(s => s.Cluster.Slug));

        // small 1/2 and shared 1/2: same share, same count, so the earlier cluster wins, whatever the order of ticks.
        var sameCount = Rank("I like art.", "I fix bikes.");
        Assert.Equal(["small", "shared", "big"], sameCount.Select(s => s.Cluster.Slug));
    }

    [Fact]
    public void AStatementSharedByTwoClusters_IsAskedOnce_AndCountsForBoth()
    {
        Assert.Single(Survey.Items, i => i.Text == "I am patient.");
        Assert.Equal(["big", "shared"], Survey.Items[Item("I am patient.")].ClusterSlugs);

        var ranked = Rank("I am patient.");
        Assert.Equal(["shared", "big"], SurveyScoring.Top(ranked).Select(s => s.Cluster.Slug));
        Assert.Equal(["I am patient."], ranked[0].Matched.Select(m => m.Text));
    }

    [Fact]
    public void NoAnswers_GiveNoTopMatches_AndEveryClusterAtZero()
    {
        var ranked = SurveyScoring.Rank(Survey, new HashSet<int>());

        Assert.Empty(SurveyScoring.Top(ranked));
        Assert.All(ranked, s => Assert.Equal(0, s.Ticked));
        Assert.Equal(["small", "big", "shared"], ranked.Select(s => s.Cluster.Slug));
    }

    [Fact]
    public void EveryStatementTicked_GivesEveryClusterFullMarks_InClusterOrder()
    {
        var ranked = SurveyScoring.Rank(Survey, Survey.Items.Select(i => i.Index).ToHashSet());

        Assert.All(ranked, s => Assert.Equal(100, s.Percent));
        // All at 100%: more statements ticked first (big has 4), then cluster order.
        Assert.Equal(["big", "small", "shared"], ranked.Select(s => s.Cluster.Slug));
        Assert.Equal(3, SurveyScoring.Top(ranked).Count);
    }

    [Fact]
    public void AClusterWithoutStatements_ScoresZero_AndIsNeverATopMatch()
    {
        var survey = SurveyDefinition.Build([Cluster("empty", 1), Cluster("one", 2, ("activity", "I sing."))]);

        var ranked = SurveyScoring.Rank(survey, new HashSet<int> { 0 });

        Assert.Equal(["one", "empty"], ranked.Select(s => s.Cluster.Slug));
        Assert.Equal(0, ranked[1].Percent);
        Assert.Equal(["one"], SurveyScoring.Top(ranked).Select(s => s.Cluster.Slug));
    }

    [Fact]
    public void TheVersion_IsShort_Stable_AndChangesWhenAnyStatementChanges()
    {
        var again = SurveyDefinition.Build(
        [
            Cluster("shared", 3, ("quality", "I am patient."), ("subject", "I like art.")),
            Cluster("small", 1, ("activity", "I fix bikes."), ("subject", "I like shop class.")),
            Cluster("big", 2, ("activity", "I write code."), ("activity", "I build robots."), ("quality", "I am patient."), ("subject", "I like math.")),
        ]);
        var edited = SurveyDefinition.Build(
        [
            Cluster("small", 1, ("activity", "I fix bikes and skateboards."), ("subject", "I like shop class.")),
            Cluster("big", 2, ("activity", "I write code."), ("activity", "I build robots."), ("quality", "I am patient."), ("subject", "I like math.")),
            Cluster("shared", 3, ("quality", "I am patient."), ("subject", "I like art.")),
        ]);

        Assert.Matches("^[a-z2-7]{6}$", Survey.Version);
        Assert.Equal(Survey.Version, again.Version);
        Assert.NotEqual(Survey.Version, edited.Version);
    }

    [Fact]
    public void Sections_FollowTheKinds_AndShuffleStatementsTheSameWayEveryTime()
    {
        var many = Enumerable.Range(1, 30).Select(n => Cluster($"c{n}", n, ("activity", $"Activity {n}."), ("quality", $"Quality {n}.")));
        var survey = SurveyDefinition.Build(many);
        var again = SurveyDefinition.Build(Enumerable.Range(1, 30).Select(n => Cluster($"c{n}", n, ("activity", $"Activity {n}."), ("quality", $"Quality {n}."))));

        Assert.Equal(["survey-activity-1", "survey-activity-2", "survey-quality-1", "survey-quality-2"], survey.Sections.Select(s => s.Id));
        Assert.Equal(("Things you like to do", 1, 2), (survey.Sections[0].Legend, survey.Sections[0].Part, survey.Sections[0].Parts));
        Assert.All(survey.Sections, s => Assert.True(s.Items.Count <= SurveyDefinition.MaxSectionSize));
        var shown = survey.Sections.SelectMany(s => s.Items).Select(i => i.Index).ToList();
        Assert.Equal(survey.Items.Count, shown.Distinct().Count());
        Assert.Equal(shown, again.Sections.SelectMany(s => s.Items).Select(i => i.Index));
        // Shuffled: the statements are not shown cluster by cluster.
        var activities = survey.Sections.Where(s => s.Kind == "activity").SelectMany(s => s.Items).Select(i => i.Index).ToList();
        Assert.NotEqual(activities.Order(), activities);
    }

    [Fact]
    public void ACode_RoundTrips_AndIsTheSameForTheSameAnswersInAnyOrder()
    {
        int[] ticked = [Item("I like art."), Item("I fix bikes."), Item("I am patient.")];

        string code = SurveyCode.Encode(Survey, ticked);
        var answers = SurveyCode.Decode(Survey, code);

        Assert.StartsWith(Survey.Version + "-", code, StringComparison.Ordinal);
        Assert.Equal(SurveyCodeStatus.Ok, answers.Status);
        Assert.Equal(ticked.Order(), answers.Ticked.Order());
        Assert.Equal(code, SurveyCode.Encode(Survey, ticked.Reverse()));
    }

    [Fact]
    public void TheCodeOfNoAnswersAndOfEveryAnswer_BothReadBack()
    {
        var all = Survey.Items.Select(i => i.Index).ToList();

        Assert.Empty(SurveyCode.Decode(Survey, SurveyCode.Encode(Survey, [])).Ticked);
        Assert.Equal(all, SurveyCode.Decode(Survey, SurveyCode.Encode(Survey, all)).Ticked.Order());
    }

    public static TheoryData<string> TamperedCodes()
    {
        string good = SurveyCode.Encode(Survey, [0, 2]);
        string data = good[7..];
        return new TheoryData<string>
        {
            "",
            "nonsense",
            good[..6],
            good.Replace("-", "_", StringComparison.Ordinal),
            good + "A",
            good[..^1],
            good[..7] + "!" + data[1..],
            good[..7] + data + "==",
            good.ToUpperInvariant(),
            // Seven statements fit in one byte: "__" sets bit 7, past the end; "AB" sets a spare bit of the last character.
            Survey.Version + "-__",
            Survey.Version + "-AB",
        };
    }

    [Theory]
    [MemberData(nameof(TamperedCodes))]
    public void ATamperedCode_IsMalformed_NeverAnException(string code)
    {
        Assert.Equal(SurveyCodeStatus.Malformed, SurveyCode.Decode(Survey, code).Status);
    }

    [Fact]
    public void ACodeFromAnotherStatementList_IsReportedAsAnotherVersion()
    {
        var older = SurveyDefinition.Build([Cluster("small", 1, ("activity", "I fix bikes."))]);
        string oldCode = SurveyCode.Encode(older, [0]);

        Assert.NotEqual(older.Version, Survey.Version);
        Assert.Equal(SurveyCodeStatus.OtherVersion, SurveyCode.Decode(Survey, oldCode).Status);
    }

    private static ClusterStatements Cluster(string slug, int order, params (string Kind, string Text)[] statements) =>
        new(slug, slug.ToUpperInvariant(), order, statements.Select(s => new InterestStatement(s.Kind, s.Text)).ToList());
}
