using System.Text.Json;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>The kinds of page a file makes.</summary>
public static class PageKinds
{
    public const string Cluster = "cluster";
    public const string Pathway = "pathway";
    public const string Occupation = "occupation";
    public const string Guide = "guide";
}

/// <summary>
/// A page a generation serves, with what the validator needs to say how to keep its address working once its file is
/// gone: its title, framework, cluster (a pathway's) and members (a cluster's pathways, a pathway's jobs, a job's code).
/// </summary>
public sealed record PublishedPage(string Path, string File, string Kind, string Title, string Framework, string? Cluster, IReadOnlyList<string> Members)
{
    /// <summary>The slug: the file's name without .md, the last part of the address.</summary>
    public string Slug => Path[(Path.LastIndexOf('/') + 1)..];
}

/// <summary>An old address a generation redirects because a file's redirect_from says so.</summary>
public sealed record PublishedRedirect(string From, string To, string File);

/// <summary>
/// Every address a generation answers with a page or a redirect: what counselors may have printed, and what later
/// content must keep working. Kept in the generation's database (ContentInfo), so it outlives a restart.
/// </summary>
public sealed record PublishedPages(IReadOnlyList<PublishedPage> Pages, IReadOnlyList<PublishedRedirect> Redirects)
{
    public static PublishedPages From(ContentSet content)
    {
        var pages = new List<PublishedPage>();
        foreach (var cluster in content.Clusters.Where(IsDefaultLanguage))
        {
            var pathways = content.Pathways.Where(p => p.Framework == cluster.Framework && p.Meta.Cluster == cluster.Slug && IsDefaultLanguage(p)).Select(p => p.Slug);
            pages.Add(new PublishedPage(SitePaths.Cluster(cluster.Framework, cluster.Slug), cluster.File, PageKinds.Cluster, cluster.Meta.Title ?? cluster.Slug,
                cluster.Framework, null, [.. pathways]));
        }
        foreach (var pathway in content.Pathways.Where(p => p.Meta.Cluster is not null && IsDefaultLanguage(p)))
        {
            pages.Add(new PublishedPage(SitePaths.Pathway(pathway.Framework, pathway.Meta.Cluster!, pathway.Slug), pathway.File, PageKinds.Pathway,
                pathway.Meta.Title ?? pathway.Slug, pathway.Framework, pathway.Meta.Cluster, [.. pathway.Meta.Occupations]));
        }
        foreach (var occupation in content.Occupations.Where(IsDefaultLanguage))
        {
            pages.Add(new PublishedPage(SitePaths.Occupation(occupation.Slug), occupation.File, PageKinds.Occupation, occupation.Meta.Title ?? occupation.Slug,
                "", null, occupation.Meta.Code is { } code ? [code] : []));
        }
        foreach (var guide in content.Guides.Where(IsDefaultLanguage))
        {
            pages.Add(new PublishedPage(SitePaths.Guide(guide.Slug), guide.File, PageKinds.Guide, guide.Meta.Title ?? guide.Slug, "", null, []));
        }
        var redirects = MovedPages.Declared(content).Select(r => new PublishedRedirect(r.From, r.To, r.File));
        return new PublishedPages(pages, [.. redirects]);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The pages written by <see cref="ToJson"/>, or null for a database written before they were kept.</summary>
    public static PublishedPages? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<PublishedPages>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsDefaultLanguage<T>(ContentFile<T> file) => file.Language == Data.SiteCultures.Default;
}
