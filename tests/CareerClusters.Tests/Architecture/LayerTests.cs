using System.Reflection;
using System.Text.RegularExpressions;
using CareerClusters.Web.Content;
using NetArchTest.Rules;

namespace CareerClusters.Tests.Architecture;

/// <summary>
/// The layers of docs/architecture.md, checked on the compiled site (NetArchTest reads every type's fields, signatures,
/// attributes and method bodies): Data uses nothing else in the project; Content uses Data and, of Features/Shared, only
/// the address builder; Features/Shared uses Data only; a feature uses Data, Content's public types and Features/Shared,
/// never another feature; only Configuration (and Program) may use everything. A failure lists each offending type.
/// </summary>
public sealed class LayerTests
{
    private const string Web = "CareerClusters.Web";
    private const string Data = Web + ".Data";
    private const string Content = Web + ".Content";
    private const string Features = Web + ".Features";
    private const string Shared = Features + ".Shared";
    private const string Configuration = Web + ".Configuration";

    /// <summary>
    /// What Content may use of Features/Shared: the one class that builds page addresses (the importer's redirects and
    /// page list, the validator's link check), and the clusters' palette and icons (the validator checks a content
    /// file's <c>icon:</c> and <c>colour:</c> against them). Both use Data at most.
    /// </summary>
    private static readonly string[] SharedTypesContentMayUse = [Shared + ".SitePaths", Shared + ".ClusterLook"];

    /// <summary>
    /// Known breaks, each to be removed by the change that mends it (a test below fails when one is no longer needed).
    /// None today: the search engine and its labels moved to Features/Shared, which the counselors' lists use too.
    /// </summary>
    private static readonly HashSet<string> KnownBreaks = [];

    private static readonly Assembly Site = typeof(ContentStore).Assembly;

    /// <summary>The feature namespaces (Features.Clusters, Features.Survey, ...), Features.Shared not among them.</summary>
    public static TheoryData<string> FeatureNames()
    {
        var names = new TheoryData<string>();
        foreach (string name in FeatureNamespaces().Select(n => n[(Features.Length + 1)..]))
        {
            names.Add(name);
        }
        return names;
    }

    [Fact]
    public void Data_UsesNothingElseInTheProject() =>
        AssertNone(Data, [Content, Features, Configuration]);

    [Fact]
    public void Content_UsesData_AndOfTheFeaturesOnlyTheAddressBuilder()
    {
        var sharedTypes = TypesIn(Shared).Select(t => t.FullName!).Where(n => !SharedTypesContentMayUse.Contains(n));
        AssertNone(Content, [.. FeatureNamespaces(), .. sharedTypes, Configuration]);
    }

    [Fact]
    public void FeaturesShared_UsesDataOnly() =>
        AssertNone(Shared, [Content, .. FeatureNamespaces(), Configuration]);

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void Feature_UsesData_ContentsPublicTypes_AndFeaturesShared_NeverAnotherFeature(string feature)
    {
        string own = Features + "." + feature;
        var internalContentTypes = TypesIn(Content).Where(t => !t.IsVisible && !t.Name.Contains('<', StringComparison.Ordinal)).Select(t => t.FullName!);
        AssertNone(own, [.. FeatureNamespaces().Where(n => n != own), .. internalContentTypes, Configuration]);
    }

    [Fact]
    public void TheRulesSeeTheWholeSite()
    {
        // A rule that selects no type proves nothing: each layer has types, and the features are the ones the docs name.
        foreach (string layer in new[] { Data, Content, Shared, Configuration })
        {
            Assert.NotEmpty(TypesIn(layer));
        }
        Assert.Superset(
            new HashSet<string> { "Admin", "Clusters", "Compare", "Errors", "Guides", "Home", "Lists", "Occupations", "Redirects", "Search", "Share", "Shortlist", "Sitemap", "Survey" },
            FeatureNamespaces().Select(n => n[(Features.Length + 1)..]).ToHashSet());
    }

    [Fact]
    public void EachKnownBreak_IsStillThere()
    {
        foreach (string known in KnownBreaks)
        {
            string[] parts = known.Split(" uses ");
            string type = Web + "." + parts[0], used = Web + "." + parts[1];
            Assert.Contains(known, Offences(type[..type.LastIndexOf('.')], [used]));
        }
    }

    /// <summary>Fails, naming each type of the layer (its namespace and those under it) with what it uses of <paramref name="forbidden"/>.</summary>
    private static void AssertNone(string layer, string[] forbidden)
    {
        var offences = Offences(layer, forbidden).Where(o => !KnownBreaks.Contains(o)).ToList();
        Assert.True(offences.Count == 0, $"{Short(layer)} breaks the layers of docs/architecture.md:\n  {string.Join("\n  ", offences)}");
    }

    /// <summary>"Features.Compare.CompareController uses Features.Shortlist", for each type of the layer and each of <paramref name="forbidden"/> it uses.</summary>
    private static List<string> Offences(string layer, string[] forbidden) =>
        forbidden
            .SelectMany(f => (Types.InAssembly(Site)
                    .That().ResideInNamespaceMatching(NamespaceAndBelow(layer))
                    .ShouldNot().HaveDependencyOn(f)
                    .GetResult().FailingTypeNames ?? [])
                .Select(type => $"{Short(type)} uses {Short(f)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Short(string name) => name.Replace('/', '+').Replace(Web + ".", "", StringComparison.Ordinal);

    private static string NamespaceAndBelow(string ns) => "^" + Regex.Escape(ns) + @"(\..*)?$";

    private static IEnumerable<Type> TypesIn(string ns) =>
        Site.GetTypes().Where(t => t.Namespace is string n && Regex.IsMatch(n, NamespaceAndBelow(ns)));

    private static List<string> FeatureNamespaces() =>
        Site.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => Features + "." + n[(Features.Length + 1)..].Split('.')[0])
            .Where(n => n != Shared)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
