using System.Reflection;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Crosswalk;
using CareerClusters.Web.Features.Home;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Tests.ReadModels;

/// <summary>
/// The clusters, crosswalk and home queries return values a JSON API can reuse, and their pages' wording comes from
/// the text catalogue (a Spanish catalogue rewords it without touching the queries).
/// </summary>
public sealed class ClusterReadModelTests
{
    /// <summary>Types that carry a page's wording or layout: a view model's, never a read model's.</summary>
    private static readonly Type[] PageTypes = [typeof(PageMeta), typeof(Crumb), typeof(IPageViewModel), typeof(OnThisPageLink), typeof(CrosswalkPanel), typeof(EducationGroup)];

    [Theory]
    [InlineData(typeof(ClusterQueries))]
    [InlineData(typeof(CrosswalkQueries))]
    [InlineData(typeof(HomeQueries))]
    public void TheQueries_ReturnReadModels_WithNoPageWording(Type queries)
    {
        var returned = queries.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.ReturnType);
        var reached = new HashSet<Type>();
        foreach (var type in returned)
        {
            Visit(type, reached);
        }
        Assert.DoesNotContain(reached, t => PageTypes.Any(p => p.IsAssignableFrom(t)));
    }

    [Fact]
    public void APathwayPage_TakesItsWordingFromTheCatalogue()
    {
        var job = new JobSummary("nurses", "Nurses", null, null);
        var pathway = new PathwayDetails(Frameworks.Modern2024, "care", "Care", "Caring.", "health", "Health", ClusterLook.Default, [],
            [new FeaturedJob(job, null)], [job], [new PathwayLink("other", "Other", "More.", 1)], []);

        var page = ClusterPages.Pathway(pathway, new BracketText());

        Assert.Equal("[{0} {1}|Care|[sub-cluster]]", page.Meta.Title);
        Assert.Equal("/frameworks/2024/health/care", page.Meta.CanonicalPath);
        Assert.Equal("[Home]", page.Meta.Breadcrumbs[0].Title);
        Assert.Equal(["[Featured jobs]", "[Every job in this {0}|[sub-cluster]]", "[Other {0}|[sub-clusters]]"], page.OnThisPage.Select(l => l.Heading));
    }

    [Fact]
    public void TheCrosswalkPage_TakesItsWordingFromTheCatalogue()
    {
        var cluster = new ClusterCrosswalk(new ClusterKey(Frameworks.Sixteen, "health-science"), "Health Science", ClusterLook.Default, [], []);

        var page = CrosswalkPages.Index([cluster], [], new BracketText());

        Assert.Equal("[From the 16 Career Clusters to the 2024 framework]", page.Meta.Title);
        Assert.Equal("[Where its jobs sit in 2024]", page.SixteenToModern.Single().DestinationHeading);
        Assert.All(page.OnThisPage, l => Assert.StartsWith("[", l.Heading, StringComparison.Ordinal));
    }

    /// <summary>Every type a value of <paramref name="type"/> can hold: its generic arguments, element types and public properties.</summary>
    private static void Visit(Type type, HashSet<Type> reached)
    {
        if (!reached.Add(type) || type.IsPrimitive || type == typeof(string))
        {
            return;
        }
        foreach (var argument in type.GetGenericArguments())
        {
            Visit(argument, reached);
        }
        if (type.Namespace?.StartsWith("CareerClusters", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Visit(property.PropertyType, reached);
            }
        }
    }

    /// <summary>A catalogue that marks what went through it: "[key]", or "[key|arg|arg]" with arguments.</summary>
    private sealed class BracketText : IStringLocalizer<SiteText>
    {
        public LocalizedString this[string name] => new(name, $"[{name}]");

        public LocalizedString this[string name, params object[] arguments] => new(name, $"[{string.Join('|', [name, .. arguments])}]");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
