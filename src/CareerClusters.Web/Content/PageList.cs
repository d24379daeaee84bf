using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>
/// Every page the content makes, with the last time a file it shows was written: the sitemap's entries, and the pages
/// a QR code may be made for. A job's pay and outlook come from the data files, so their date counts for job pages.
/// </summary>
public static class PageList
{
    public static IEnumerable<(string Path, DateTimeOffset LastModified)> From(ContentSet content)
    {
        DateTimeOffset? data = content.Data.LastModified;
        var clusters = Newest(content.Clusters.Select(c => (DateTimeOffset?)c.LastModified));
        var occupations = Newest(content.Occupations.Select(o => (DateTimeOffset?)o.LastModified).Append(data));
        if (content.Home is { } home)
        {
            yield return (SitePaths.Home, Newest([home.LastModified, clusters]));
        }
        foreach (var framework in content.Clusters.GroupBy(c => c.Framework))
        {
            yield return (SitePaths.Framework(framework.Key), Newest(framework.Select(c => (DateTimeOffset?)c.LastModified)));
        }
        if (content.Clusters.Any(c => c.Framework != Frameworks.Sixteen))
        {
            yield return (SitePaths.Crosswalk, Newest(content.Pathways.Select(p => (DateTimeOffset?)p.LastModified).Append(data)));
        }
        foreach (var cluster in content.Clusters)
        {
            var pathways = content.Pathways.Where(p => p.Framework == cluster.Framework && p.Meta.Cluster == cluster.Slug).Select(p => (DateTimeOffset?)p.LastModified);
            yield return (SitePaths.Cluster(cluster.Framework, cluster.Slug), Newest(pathways.Append(cluster.LastModified).Append(data)));
        }
        foreach (var pathway in content.Pathways)
        {
            yield return (SitePaths.Pathway(pathway.Framework, pathway.Meta.Cluster!, pathway.Slug), Newest([pathway.LastModified, data]));
        }
        yield return (SitePaths.Occupations, occupations);
        foreach (var occupation in content.Occupations)
        {
            yield return (SitePaths.Occupation(occupation.Slug), Newest([occupation.LastModified, data]));
        }
        yield return (SitePaths.Guides, Newest(content.Guides.Select(g => (DateTimeOffset?)g.LastModified)));
        foreach (var guide in content.Guides)
        {
            yield return (SitePaths.Guide(guide.Slug), guide.LastModified);
        }
    }

    /// <summary>
    /// Every page in every language it is written in (<see cref="LanguageCoverage"/>): the English pages, and each in
    /// another language at its address there, dated by the newer of the English page and its translation.
    /// </summary>
    public static IEnumerable<(string Path, DateTimeOffset LastModified)> InEveryLanguage(ContentSet content, LanguageCoverage languages)
    {
        var translated = content.Translations
            .Select(t => (Path: ContentTranslations.EnglishPathOf(content, t), t.Language, t.LastModified))
            .Where(t => t.Path is not null)
            .ToLookup(t => (t.Path!, t.Language), t => (DateTimeOffset?)t.LastModified);
        var pages = From(content).ToList();
        foreach (var page in pages)
        {
            yield return page;
        }
        foreach (string language in SiteCultures.All.Where(l => l != SiteCultures.Default))
        {
            foreach (var (path, lastModified) in pages.Where(p => languages.HasText(p.Path, language)))
            {
                yield return (SitePaths.InCulture(path, language), Newest(translated[(path, language)].Append(lastModified)));
            }
        }
    }

    private static DateTimeOffset Newest(IEnumerable<DateTimeOffset?> dates) => dates.Max() ?? DateTimeOffset.UnixEpoch;
}
