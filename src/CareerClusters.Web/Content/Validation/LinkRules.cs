using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content.Validation;

/// <summary>Every link in a page's text leads to a page of the site, a part of the page, or an https or mail address.</summary>
internal static partial class LinkRules
{
    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        var pages = PageAddresses.Of(content);

        IEnumerable<(string File, BodyLink Link)> links =
            content.Clusters.SelectMany(f => f.Body.Links.Select(l => (f.File, l)))
            .Concat(content.Pathways.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Occupations.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Guides.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Home is null ? [] : content.Home.Body.Links.Select(l => (content.Home.File, l)))
            .Concat(content.Local?.Sections.SelectMany(f => f.Body.Links.Select(l => (f.File, l))) ?? [])
            // A translation writes this site's addresses as English does: the site shows each reader the page in their language.
            .Concat(content.Translations.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            // A data file's sentence is one cell: its links are reported at the cell's row.
            .Concat(content.Data.TrainingCosts.SelectMany(r => r.Text.Links.Concat(r.SpanishText?.Links ?? []).Select(l => (r.File, l with { Line = r.Line, Column = 1 }))));

        // Pages whose own file has a problem are already reported: links to them are not reported again.
        var clusterSlugs = content.Clusters.Select(c => (c.Framework, c.Slug)).ToHashSet();
        var reportedPathways = content.Pathways.Where(p => !clusterSlugs.Contains((p.Framework, p.Meta.Cluster ?? ""))).Select(p => p.Slug)
            .Concat(content.UnreadFiles.Where(f => f.StartsWith(ContentLoader.PathwaysFolder + "/", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension))
            .ToHashSet();
        foreach (string file in content.UnreadFiles)
        {
            // A district folder's guide is guides/{slug}.md there; its other files make no page of their own.
            string unread = content.Local?.Relative(file) ?? file;
            if (content.Local?.Owns(file) == true && !unread.StartsWith(ContentLoader.GuidesFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }
            string slug = Path.GetFileNameWithoutExtension(unread);
            pages.Add(unread.StartsWith(ContentLoader.OccupationsFolder + "/", StringComparison.Ordinal) ? SitePaths.Occupation(slug)
                : unread.StartsWith(ContentLoader.GuidesFolder + "/", StringComparison.Ordinal) ? SitePaths.Guide(slug)
                : SitePaths.Cluster(ContentLoader.FrameworkOfFile(unread, cluster: true) ?? Frameworks.Sixteen, slug));
        }

        foreach (var (file, link) in links)
        {
            string url = link.Url;
            if (url.StartsWith('/'))
            {
                string path = url.Split('#', '?')[0].TrimEnd('/');
                bool toReportedPathway = SitePaths.PathwaySlugOf(path) is { } pathwaySlug && reportedPathways.Contains(pathwaySlug);
                if (!toReportedPathway && !pages.Contains(path.Length == 0 ? SitePaths.Home : path))
                {
                    problems.Add(new ContentProblem(file, link.Line, link.Column, $"the link \"{url}\" points to a page that does not exist")
                    {
                        Fix = "Change the link to the address of a page that exists (open the page on the site and copy the part after the site's name), or remove the link.",
                    });
                }
            }
            else if (!url.StartsWith('#') && !ExternalLinkPattern().IsMatch(url))
            {
                problems.Add(new ContentProblem(file, link.Line, link.Column, $"the link \"{url}\" must start with / (a page of this site), # (a part of this page), https:// or mailto:")
                {
                    Fix = "Write a page of this site as /clusters/health-science, and another site's page in full, starting with https://.",
                });
            }
        }
    }

    [GeneratedRegex(@"^(https?://|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalLinkPattern();
}
