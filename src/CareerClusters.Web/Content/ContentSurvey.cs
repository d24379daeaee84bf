using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>The survey a content set makes: the 16 clusters' "Is this you?" statements, as the importer writes them and the site reads them.</summary>
public static class ContentSurvey
{
    /// <summary>Each cluster of the 16 with its statements (activities, then qualities, then subjects, each in file order).</summary>
    public static IReadOnlyList<ClusterStatements> ClustersOf(ContentSet content) =>
        content.Clusters.Where(c => c.Framework == Frameworks.Sixteen)
            .Select(c => new ClusterStatements(c.Slug, c.Meta.Title ?? c.Slug, c.Meta.Order ?? 0, Statements(c.Meta.IsThisYou)))
            .ToList();

    /// <summary>A cluster's statements; a list written empty ("subjects:" with nothing under it) has none.</summary>
    public static List<InterestStatement> Statements(IsThisYouFrontMatter? isThisYou) =>
        isThisYou is null
            ? []
            : [.. Of("activity", isThisYou.Activities), .. Of("quality", isThisYou.Qualities), .. Of("subject", isThisYou.Subjects)];

    private static IEnumerable<InterestStatement> Of(string kind, List<string>? statements) =>
        (statements ?? []).Where(t => t is not null).Select(t => new InterestStatement(kind, t));
}
