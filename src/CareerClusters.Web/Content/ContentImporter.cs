using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Content;

/// <summary>Writes a validated content set into a new, empty content database.</summary>
public static class ContentImporter
{
    public static async Task ImportAsync(ContentSet content, ContentDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureDeletedAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);

        var clusters = content.Clusters.ToDictionary(f => f.Slug, f => new Cluster
        {
            Slug = f.Slug,
            Title = f.Meta.Title!,
            Order = f.Meta.Order ?? 0,
            Summary = f.Meta.Summary!,
            Sections = [.. f.Body.Sections],
            RelatedSlugs = f.Meta.Related,
            IsThisYou = [.. Statements(f.Meta.IsThisYou)],
        });

        var occupations = content.Occupations.ToDictionary(f => f.Meta.Code!, f => new Occupation
        {
            Code = f.Meta.Code!,
            Slug = f.Slug,
            Title = f.Meta.Title!,
            Education = f.Meta.Education,
            DescriptionHtml = string.Concat(f.Body.Sections.Select(s => s.Html)),
            DescriptionText = f.Body.PlainText.Trim(),
            AlternateTitles = f.Meta.AlternateTitles,
        });

        foreach (var file in content.Pathways)
        {
            var pathway = new Pathway
            {
                Slug = file.Slug,
                Title = file.Meta.Title!,
                Cluster = clusters[file.Meta.Cluster!],
                Order = file.Meta.Order ?? 0,
                Summary = file.Meta.Summary!,
                Sections = [.. file.Body.Sections],
            };
            // Featured occupations come first, in the order the file lists them.
            var ordered = file.Meta.Featured.Concat(file.Meta.Occupations.Except(file.Meta.Featured)).ToList();
            pathway.Occupations = ordered.Select((code, index) => new PathwayOccupation
            {
                Pathway = pathway,
                Occupation = occupations[code],
                Featured = file.Meta.Featured.Contains(code),
                Order = index,
            }).ToList();
            clusters[file.Meta.Cluster!].Pathways.Add(pathway);
        }

        db.Clusters.AddRange(clusters.Values);
        db.Occupations.AddRange(occupations.Values);
        db.Guides.AddRange(content.Guides.Select(f => new Guide
        {
            Slug = f.Slug,
            Title = f.Meta.Title!,
            Order = f.Meta.Order ?? 0,
            Summary = f.Meta.Summary!,
            Sections = [.. f.Body.Sections],
        }));
        if (content.Home is { } home)
        {
            db.SitePages.Add(new SitePage { Key = "home", Title = home.Meta.Title!, Summary = home.Meta.Summary!, Sections = [.. home.Body.Sections] });
        }
        db.Redirects.AddRange(Redirects(content));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<InterestStatement> Statements(IsThisYouFrontMatter? isThisYou) =>
        isThisYou is null
            ? []
            : isThisYou.Activities.Select(t => new InterestStatement("activity", t))
                .Concat(isThisYou.Qualities.Select(t => new InterestStatement("quality", t)))
                .Concat(isThisYou.Subjects.Select(t => new InterestStatement("subject", t)));

    /// <summary>
    /// Every old address of a renamed cluster or pathway, including a pathway reached through its cluster's
    /// old name, so printed links keep working.
    /// </summary>
    public static IEnumerable<Redirect> Redirects(ContentSet content)
    {
        var oldClusterSlugs = content.Clusters.ToDictionary(c => c.Slug, c => c.Meta.RedirectFrom);
        var redirects = new Dictionary<string, string>();
        foreach (var cluster in content.Clusters)
        {
            foreach (string old in cluster.Meta.RedirectFrom)
            {
                redirects[$"/clusters/{old}"] = $"/clusters/{cluster.Slug}";
            }
        }
        foreach (var pathway in content.Pathways)
        {
            string cluster = pathway.Meta.Cluster!;
            string target = $"/clusters/{cluster}/{pathway.Slug}";
            var clusterNames = oldClusterSlugs.GetValueOrDefault(cluster, []).Append(cluster);
            var pathwayNames = pathway.Meta.RedirectFrom.Append(pathway.Slug);
            foreach (string clusterName in clusterNames)
            {
                foreach (string pathwayName in pathwayNames)
                {
                    string from = $"/clusters/{clusterName}/{pathwayName}";
                    if (from != target)
                    {
                        redirects[from] = target;
                    }
                }
            }
        }
        return redirects.Select(r => new Redirect { FromPath = r.Key, ToPath = r.Value });
    }
}
