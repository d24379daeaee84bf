using System.Reflection;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Tests.Architecture;

/// <summary>
/// Queries return read models (values), never pages: a JSON API can reuse them, and wording is done by each feature's
/// mapping with the text catalogue (docs/architecture.md, "Read models").
/// </summary>
public class ReadModelTests
{
    private static readonly Type[] PageTypes = [typeof(IPageViewModel), typeof(PageMeta), typeof(Crumb)];

    public static TheoryData<string> QueryClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(ContentStore).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Queries", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("CareerClusters.Web.Features.", StringComparison.Ordinal) == true))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(QueryClasses))]
    public void AQueryClass_ReturnsNoPageOrPageMeta(string queryClass)
    {
        var type = typeof(ContentStore).Assembly.GetType(queryClass)!;
        var pages = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => Mentions(m.ReturnType).Any(IsPage))
            .Select(m => $"{type.Name}.{m.Name} returns {m.ReturnType.Name}")
            .ToList();

        Assert.True(pages.Count == 0, string.Join("\n", pages));
    }

    [Fact]
    public void TheTestFindsTheQueryClasses() => Assert.True(QueryClasses().Count >= 10);

    private static bool IsPage(Type type) => PageTypes.Any(page => page.IsAssignableFrom(type));

    /// <summary>The type and every type argument inside it (Task&lt;IReadOnlyList&lt;X&gt;&gt; mentions X).</summary>
    private static IEnumerable<Type> Mentions(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Mentions).Prepend(type) : [type];
}
