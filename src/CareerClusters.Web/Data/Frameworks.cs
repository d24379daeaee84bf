namespace CareerClusters.Web.Data;

/// <summary>
/// The career cluster frameworks the site can hold. A cluster and its pathways (or sub-clusters) belong to one
/// framework, and slugs are unique within it; occupations are shared by every framework.
/// </summary>
public static class Frameworks
{
    /// <summary>The National Career Clusters Framework: 16 clusters, 79 pathways.</summary>
    public const string Sixteen = "16";

    /// <summary>Advance CTE's Modernized Framework of 2024: 14 clusters, 72 sub-clusters.</summary>
    public const string Modern2024 = "2024";

    public static readonly IReadOnlyList<string> All = [Sixteen, Modern2024];

    public static bool IsKnown(string? framework) => framework is not null && All.Contains(framework);
}

/// <summary>Queries that pick one framework's clusters and pathways.</summary>
public static class FrameworkQueries
{
    public static IQueryable<Cluster> InFramework(this IQueryable<Cluster> clusters, string framework) =>
        clusters.Where(c => c.Framework == framework);

    public static IQueryable<Pathway> InFramework(this IQueryable<Pathway> pathways, string framework) =>
        pathways.Where(p => p.Framework == framework);
}
