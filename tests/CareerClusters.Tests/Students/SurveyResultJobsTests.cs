using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CareerClusters.Tests.Support;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Students;

/// <summary>
/// A result's job lists over the real content (issue 20): apprenticeship trades grouped with "a certificate or an
/// apprenticeship", BLS pay where BLS publishes a yearly median (and nothing made up where it does not), plain
/// education words, and every job at the level reachable as a link.
/// </summary>
public sealed partial class SurveyResultJobsTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static readonly string[] NoMoreSchool = ["No diploma or degree needed", "High school diploma or equivalent"];

    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(TestPaths.RealContent).Content);

    /// <summary>The result page of a student who ticks every statement of one cluster and gives an education plan.</summary>
    private async Task<IElement> CardAsync(string clusterSlug, string plan)
    {
        var cluster = Content.Value.Clusters.Single(c => c.Slug == clusterSlug && c.Framework == Frameworks.Sixteen).Meta.IsThisYou!;
        var statements = cluster.Activities.Concat(cluster.Qualities).Concat(cluster.Subjects).ToHashSet(StringComparer.Ordinal);
        var form = await site.GetDocumentAsync("/survey");
        string version = form.QuerySelector("input[name=v]")!.GetAttribute("value")!;
        var ticks = form.QuerySelectorAll("input[name=s]")
            .Where(box => statements.Contains(form.QuerySelector($"label[for='{box.Id}']")!.TextContent.Trim()))
            .Select(box => "&s=" + box.GetAttribute("value"))
            .ToList();
        Assert.Equal(statements.Count, ticks.Count);
        using var client = site.CreatePlainClient();
        using var score = await client.GetAsync(new Uri($"/survey/results?v={version}&from=form{string.Concat(ticks)}&after={plan}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, score.StatusCode);
        var page = await site.GetDocumentAsync(score.Headers.Location!.OriginalString);
        return page.QuerySelector($"#match-{clusterSlug}") ?? throw new InvalidOperationException($"{clusterSlug} is not a top match");
    }

    private static IElement? Job(IElement card, string slug) =>
        card.QuerySelectorAll("ul.job-links > li").FirstOrDefault(li => li.QuerySelector("a")!.GetAttribute("href") == SitePaths.Occupation(slug));

    private static string[] Facts(IElement job) => job.QuerySelectorAll(".job-facts > span").Select(s => s.TextContent).ToArray();

    [Theory]
    [InlineData("electricians", "47-2111.00")]
    [InlineData("carpenters", "47-2031.00")]
    public async Task ApprenticeshipTrades_AreListedWithACertificateOrAnApprenticeship_NotWithNoMoreSchool(string slug, string code)
    {
        var certificate = await CardAsync("architecture-and-construction", "certificate");
        var none = await CardAsync("architecture-and-construction", "none");

        var job = Job(certificate, slug) ?? throw new InvalidOperationException($"{slug} is not listed under a certificate or an apprenticeship");
        int wage = Content.Value.Data.ProjectionFor(code)!.MedianWage!.Value;
        Assert.Equal([$"{OccupationFacts.Dollars(wage)} a year", "High school diploma or equivalent", "apprenticeship route"], Facts(job));
        Assert.Null(Job(none, slug));
        // Jobs learned on the job alone stay where they were (construction laborers now list an apprenticeship in ways_in).
        Assert.NotNull(Job(none, "helpers-carpenters"));
        Assert.Null(Job(certificate, "helpers-carpenters"));
    }

    [Fact]
    public async Task ALongList_ShowsSixJobs_AndFoldsTheRest_EveryOneALink()
    {
        var card = await CardAsync("architecture-and-construction", "none");

        var shown = card.Children.Where(c => c.LocalName == "ul" && c.ClassList.Contains("job-links")).SelectMany(ul => ul.Children).ToList();
        var more = card.QuerySelector("details.more-jobs")!;
        var folded = more.QuerySelectorAll("ul.job-links > li");
        Assert.Equal(6, shown.Count);
        Assert.Equal($"{folded.Length} more jobs at this level", more.QuerySelector("summary")!.TextContent.Trim());
        Assert.True(folded.Length > 10, $"only {folded.Length} folded");
        Assert.All(shown.Concat(folded), li => Assert.StartsWith("/occupations/", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
        // Each job says its education in plain words (never in BLS's own terms), after its pay where BLS has one.
        Assert.All(shown.Concat(folded), li => Assert.Contains(Facts(li).Last(), NoMoreSchool));
        Assert.All(shown.Concat(folded), li => Assert.True(Facts(li).Length == 1 || Money().IsMatch(Facts(li)[0]), string.Join(" | ", Facts(li))));
        Assert.True(shown.Concat(folded).Count(li => Facts(li).Length == 2) > 10, "most jobs show their pay");
        Assert.DoesNotContain("Postsecondary nondegree award", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJobWithNoYearlyMedian_ShowsNoPay_RatherThanOneMadeUp()
    {
        var card = await CardAsync("arts-av-technology-and-communications", "certificate");

        var actors = Job(card, "actors") ?? throw new InvalidOperationException("Actors is not listed");
        Assert.Null(Content.Value.Data.ProjectionFor("27-2011.00")!.MedianWage);
        Assert.Equal(["Some college, no degree"], Facts(actors));
        Assert.DoesNotContain("$", actors.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(at least )?\$\d{1,3}(,\d{3})+ a year$")]
    private static partial Regex Money();
}
