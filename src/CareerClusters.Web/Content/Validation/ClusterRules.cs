using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content.Validation;

/// <summary>A cluster's required fields, its look (icon and colour) and its related clusters.</summary>
internal static class ClusterRules
{
    /// <param name="existingClusters">The slugs of every cluster file, read or not: a file that could not be read is already reported.</param>
    public static void Check(IReadOnlyList<ContentFile<ClusterFrontMatter>> clusters, IReadOnlySet<ClusterKey> existingClusters, List<ContentProblem> problems)
    {
        foreach (var cluster in clusters)
        {
            FileRules.RequireText(cluster, "title", cluster.Meta.Title, problems);
            FileRules.RequireText(cluster, "summary", cluster.Meta.Summary, problems);
            FileRules.RequireOrder(cluster, cluster.Meta.Order, problems);
            FileRules.RequireBody(cluster, problems);
            CheckLook(cluster, problems);
            CheckCode(cluster, problems);
            for (int i = 0; i < cluster.Meta.Related.Count; i++)
            {
                string related = cluster.Meta.Related[i];
                if (!existingClusters.Contains(new ClusterKey(cluster.Framework, related)))
                {
                    FileRules.Add(problems, cluster, cluster.Lines.OfItem("related", i), $"related cluster \"{related}\" does not exist (use the file name of a cluster of the same framework, without .md)");
                }
                else if (related == cluster.Slug)
                {
                    FileRules.Add(problems, cluster, cluster.Lines.OfItem("related", i), "a cluster cannot be related to itself");
                }
            }
        }
    }

    /// <summary>A 2024 cluster carries the six-digit code O*NET uses for it; the 16 clusters have none.</summary>
    private static void CheckCode(ContentFile<ClusterFrontMatter> cluster, List<ContentProblem> problems)
    {
        string? code = cluster.Meta.Code;
        if (cluster.Framework == Frameworks.Sixteen)
        {
            if (code is not null)
            {
                FileRules.Add(problems, cluster, cluster.Lines.Of("code"), "only clusters of the 2024 framework have a code");
            }
        }
        else if (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            FileRules.Add(problems, cluster, cluster.Lines.Of("code"), $"a 2024 cluster needs its six-digit code, in quotes (like code: \"040200\"), as O*NET OnLine uses it");
        }
    }

    /// <summary>A cluster's icon is a symbol of the site's sprite and its colour a name from the palette.</summary>
    private static void CheckLook(ContentFile<ClusterFrontMatter> cluster, List<ContentProblem> problems)
    {
        string? icon = cluster.Meta.Icon;
        if (string.IsNullOrWhiteSpace(icon))
        {
            FileRules.Add(problems, cluster, cluster.Lines.Of("icon"), "missing required field \"icon\" (one of: " + string.Join(", ", ClusterLook.Icons.Order(StringComparer.Ordinal)) + ")");
        }
        else if (!ClusterLook.Icons.Contains(icon))
        {
            FileRules.Add(problems, cluster, cluster.Lines.Of("icon"), $"unknown icon \"{icon}\" (use one of: {string.Join(", ", ClusterLook.Icons.Order(StringComparer.Ordinal))})");
        }
        string? colour = cluster.Meta.Colour;
        if (string.IsNullOrWhiteSpace(colour))
        {
            FileRules.Add(problems, cluster, cluster.Lines.Of("colour"), "missing required field \"colour\" (one of: " + string.Join(", ", ClusterLook.Palette.Keys.Order(StringComparer.Ordinal)) + ")");
        }
        else if (!ClusterLook.Palette.ContainsKey(colour))
        {
            string hint = colour.StartsWith('#') ? "colours are names from the site's palette, each checked for contrast, not codes like #1d4ed8" : "unknown colour";
            FileRules.Add(problems, cluster, cluster.Lines.Of("colour"), $"{hint}: \"{colour}\" (use one of: {string.Join(", ", ClusterLook.Palette.Keys.Order(StringComparer.Ordinal))})");
        }
    }
}
