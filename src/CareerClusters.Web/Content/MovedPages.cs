using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>An old address that a content file's redirect_from declares, with the file and line that declare it.</summary>
public sealed record DeclaredRedirect(string From, string To, string File, int Line);

/// <summary>
/// The old addresses of renamed clusters, pathways, occupations and guides (their redirect_from lists), in one place for the validator,
/// which checks the declared ones, and the importer, which writes every one.
/// </summary>
public static class MovedPages
{
    /// <summary>One address per redirect_from item: /clusters/{old} for a cluster, /clusters/{cluster}/{old} for a pathway (under their framework's address), /occupations/{old}, /guides/{old}.</summary>
    public static IEnumerable<DeclaredRedirect> Declared(ContentSet content)
    {
        foreach (var cluster in content.Clusters)
        {
            for (int i = 0; i < cluster.Meta.RedirectFrom.Count; i++)
            {
                yield return new DeclaredRedirect(SitePaths.Cluster(cluster.Framework, cluster.Meta.RedirectFrom[i]), SitePaths.Cluster(cluster.Framework, cluster.Slug),
                    cluster.File, cluster.Lines.OfItem("redirect_from", i));
            }
        }
        foreach (var pathway in content.Pathways.Where(p => p.Meta.Cluster is not null))
        {
            for (int i = 0; i < pathway.Meta.RedirectFrom.Count; i++)
            {
                yield return new DeclaredRedirect(SitePaths.Pathway(pathway.Framework, pathway.Meta.Cluster!, pathway.Meta.RedirectFrom[i]),
                    SitePaths.Pathway(pathway.Framework, pathway.Meta.Cluster!, pathway.Slug), pathway.File, pathway.Lines.OfItem("redirect_from", i));
            }
        }
        foreach (var occupation in content.Occupations)
        {
            for (int i = 0; i < occupation.Meta.RedirectFrom.Count; i++)
            {
                yield return new DeclaredRedirect(SitePaths.Occupation(occupation.Meta.RedirectFrom[i]), SitePaths.Occupation(occupation.Slug),
                    occupation.File, occupation.Lines.OfItem("redirect_from", i));
            }
        }
        foreach (var guide in content.Guides)
        {
            for (int i = 0; i < guide.Meta.RedirectFrom.Count; i++)
            {
                yield return new DeclaredRedirect(SitePaths.Guide(guide.Meta.RedirectFrom[i]), SitePaths.Guide(guide.Slug), guide.File, guide.Lines.OfItem("redirect_from", i));
            }
        }
    }

    /// <summary>
    /// Every old address, including a pathway reached through its cluster's old name, so printed links keep working.
    /// Only the declared addresses can collide: the others are made of names the validator has checked.
    /// </summary>
    public static Dictionary<string, string> All(ContentSet content)
    {
        var oldClusterSlugs = content.Clusters.ToDictionary(c => (c.Framework, c.Slug), c => c.Meta.RedirectFrom);
        var redirects = new Dictionary<string, string>();
        foreach (var cluster in content.Clusters)
        {
            foreach (string old in cluster.Meta.RedirectFrom)
            {
                redirects[SitePaths.Cluster(cluster.Framework, old)] = SitePaths.Cluster(cluster.Framework, cluster.Slug);
            }
        }
        foreach (var pathway in content.Pathways)
        {
            string cluster = pathway.Meta.Cluster!;
            string target = SitePaths.Pathway(pathway.Framework, cluster, pathway.Slug);
            foreach (string clusterName in oldClusterSlugs.GetValueOrDefault((pathway.Framework, cluster), []).Append(cluster))
            {
                foreach (string pathwayName in pathway.Meta.RedirectFrom.Append(pathway.Slug))
                {
                    string from = SitePaths.Pathway(pathway.Framework, clusterName, pathwayName);
                    if (from != target)
                    {
                        redirects[from] = target;
                    }
                }
            }
        }
        foreach (var page in content.Occupations.SelectMany(o => o.Meta.RedirectFrom.Select(old => (From: SitePaths.Occupation(old), To: SitePaths.Occupation(o.Slug))))
            .Concat(content.Guides.SelectMany(g => g.Meta.RedirectFrom.Select(old => (From: SitePaths.Guide(old), To: SitePaths.Guide(g.Slug))))))
        {
            redirects[page.From] = page.To;
        }
        return redirects;
    }
}
