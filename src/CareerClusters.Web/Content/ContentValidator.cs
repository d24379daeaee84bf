using System.Text.RegularExpressions;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>
/// Checks a parsed content set as a whole: required fields, slugs, references between files and links.
/// Problems are data: every one is added to the list, none is thrown.
/// </summary>
public static partial class ContentValidator
{
    public static void Validate(ContentSet content, List<ContentProblem> problems)
    {
        var clusterSlugs = CheckSlugs(content.Clusters, problems, f => f.Meta.RedirectFrom);
        CheckSlugs(content.Pathways, problems, f => f.Meta.RedirectFrom);
        CheckSlugs(content.Occupations, problems, _ => []);
        CheckSlugs(content.Guides, problems, _ => []);
        // A cluster file that could not be read is already reported: references to it are not reported again.
        var unreadClusters = content.UnreadFiles.Where(f => f.StartsWith(ContentLoader.ClustersFolder + "/", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();

        foreach (var cluster in content.Clusters)
        {
            RequireText(cluster, "title", cluster.Meta.Title, problems);
            RequireText(cluster, "summary", cluster.Meta.Summary, problems);
            RequireOrder(cluster, cluster.Meta.Order, problems);
            RequireBody(cluster, problems);
            CheckLook(cluster, problems);
            for (int i = 0; i < cluster.Meta.Related.Count; i++)
            {
                string related = cluster.Meta.Related[i];
                if (!clusterSlugs.Contains(related) && !unreadClusters.Contains(related))
                {
                    Add(problems, cluster, cluster.Lines.OfItem("related", i), $"related cluster \"{related}\" does not exist (use the file name of a cluster, without .md)");
                }
                else if (related == cluster.Slug)
                {
                    Add(problems, cluster, cluster.Lines.OfItem("related", i), "a cluster cannot be related to itself");
                }
            }
        }

        var occupationsByCode = CheckOccupations(content.Occupations, problems);

        foreach (var pathway in content.Pathways)
        {
            RequireText(pathway, "title", pathway.Meta.Title, problems);
            RequireText(pathway, "summary", pathway.Meta.Summary, problems);
            RequireOrder(pathway, pathway.Meta.Order, problems);
            RequireBody(pathway, problems);
            if (string.IsNullOrWhiteSpace(pathway.Meta.Cluster))
            {
                Add(problems, pathway, pathway.Lines.Of("cluster"), "missing required field \"cluster\" (the file name of the pathway's cluster, without .md)");
            }
            else if (!clusterSlugs.Contains(pathway.Meta.Cluster) && !unreadClusters.Contains(pathway.Meta.Cluster))
            {
                Add(problems, pathway, pathway.Lines.Of("cluster"), $"the cluster \"{pathway.Meta.Cluster}\" does not exist (use the file name of a file in clusters/, without .md)");
            }
            CheckOccupationList(pathway, "occupations", pathway.Meta.Occupations, occupationsByCode, problems);
            CheckOccupationList(pathway, "featured", pathway.Meta.Featured, occupationsByCode, problems);
            for (int i = 0; i < pathway.Meta.Featured.Count; i++)
            {
                if (!pathway.Meta.Occupations.Contains(pathway.Meta.Featured[i]))
                {
                    Add(problems, pathway, pathway.Lines.OfItem("featured", i), $"featured occupation {pathway.Meta.Featured[i]} is not in this pathway's \"occupations\" list");
                }
            }
        }

        foreach (var guide in content.Guides)
        {
            RequireText(guide, "title", guide.Meta.Title, problems);
            RequireText(guide, "summary", guide.Meta.Summary, problems);
            RequireOrder(guide, guide.Meta.Order, problems);
            RequireBody(guide, problems);
        }

        if (content.Home is { } home)
        {
            RequireText(home, "title", home.Meta.Title, problems);
            RequireText(home, "summary", home.Meta.Summary, problems);
            RequireBody(home, problems);
        }

        CheckLinks(content, problems);
        CheckRedirects(content, problems);
        CheckDataCodes(content, occupationsByCode, problems);
        AddWarnings(content, occupationsByCode, problems);
    }

    /// <summary>Every O*NET code in a data file is an occupation of the site; every wider group is a BLS row.</summary>
    private static void CheckDataCodes(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        if (content.Occupations.Count == 0)
        {
            return;
        }
        foreach (var reference in content.Data.OnetCodes.Where(r => !occupationsByCode.ContainsKey(r.Code)).DistinctBy(r => (r.File, r.Code)))
        {
            problems.Add(new ContentProblem(reference.File, reference.Line, 1,
                $"no occupation file has the code {reference.Code} (add one in occupations/, or remove this code's rows)"));
        }
        foreach (var reference in content.Data.WiderGroupTargets.Where(r => !content.Data.Projections.ContainsKey(r.Code)))
        {
            problems.Add(new ContentProblem(reference.File, reference.Line, 1,
                $"the SOC code {reference.Code} is not a row of the BLS projections file in {OccupationDataReader.BlsFolder}/"));
        }
    }

    public const int SummaryWarningLength = 200;

    /// <summary>Legal but probably wrong: shown by the check command and on /admin, never blocking.</summary>
    private static void AddWarnings(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var summaries = content.Clusters.Select(f => (f.File, f.Lines, f.Meta.Summary))
            .Concat(content.Pathways.Select(f => (f.File, f.Lines, f.Meta.Summary)))
            .Concat(content.Guides.Select(f => (f.File, f.Lines, f.Meta.Summary)))
            .Concat(content.Home is null ? [] : [(content.Home.File, content.Home.Lines, content.Home.Meta.Summary)]);
        foreach (var (file, lines, summary) in summaries)
        {
            if (summary is { Length: > SummaryWarningLength })
            {
                problems.Add(new ContentProblem(file, lines.Of("summary"), 1,
                    $"the summary is {summary.Length} characters long; keep it under {SummaryWarningLength} so it fits on cards and in search results", ProblemSeverity.Warning));
            }
        }
        foreach (var cluster in content.Clusters.Where(c => c.Meta.Related.Count == 0))
        {
            problems.Add(new ContentProblem(cluster.File, cluster.Lines.Of("related"), 1,
                "this cluster has no related clusters: students use them to find similar work", ProblemSeverity.Warning));
        }
        foreach (var pathway in content.Pathways)
        {
            for (int i = 0; i < pathway.Meta.Featured.Count; i++)
            {
                if (occupationsByCode.TryGetValue(pathway.Meta.Featured[i], out var occupation) && occupation.Body.BodyIsEmpty)
                {
                    problems.Add(new ContentProblem(pathway.File, pathway.Lines.OfItem("featured", i), 1,
                        $"featured occupation {occupation.Meta.Code} ({occupation.File}) has no description", ProblemSeverity.Warning));
                }
            }
        }
    }

    /// <summary>File names and old names are web addresses: lowercase words joined by hyphens. Collisions are checked by CheckRedirects.</summary>
    private static HashSet<string> CheckSlugs<T>(IReadOnlyList<ContentFile<T>> files, List<ContentProblem> problems, Func<ContentFile<T>, List<string>> redirects)
    {
        foreach (var file in files)
        {
            if (!SlugPattern().IsMatch(file.Slug))
            {
                problems.Add(new ContentProblem(file.File, 1, 1, $"the file name \"{file.Slug}\" must be lowercase words joined by hyphens, like \"health-science.md\": it becomes the page's web address"));
            }
            var old = redirects(file);
            for (int i = 0; i < old.Count; i++)
            {
                if (!SlugPattern().IsMatch(old[i]))
                {
                    Add(problems, file, file.Lines.OfItem("redirect_from", i), $"redirect_from \"{old[i]}\" must be lowercase words joined by hyphens");
                }
            }
        }
        return [.. files.Select(f => f.Slug)];
    }

    private static Dictionary<string, ContentFile<OccupationFrontMatter>> CheckOccupations(
        IReadOnlyList<ContentFile<OccupationFrontMatter>> occupations, List<ContentProblem> problems)
    {
        var byCode = new Dictionary<string, ContentFile<OccupationFrontMatter>>();
        foreach (var occupation in occupations)
        {
            RequireText(occupation, "title", occupation.Meta.Title, problems);
            string? code = occupation.Meta.Code;
            if (string.IsNullOrWhiteSpace(code))
            {
                Add(problems, occupation, occupation.Lines.Of("code"), "missing required field \"code\" (the O*NET-SOC 2019 code, like 29-1141.00)");
            }
            else if (!OccupationCodePattern().IsMatch(code))
            {
                Add(problems, occupation, occupation.Lines.Of("code"), $"\"{code}\" is not an O*NET-SOC 2019 code: it must look like 29-1141.00");
            }
            else if (byCode.TryGetValue(code, out var first))
            {
                Add(problems, occupation, occupation.Lines.Of("code"), $"the code {code} is already used by {first.File}: each occupation has one file");
            }
            else
            {
                byCode[code] = occupation;
            }
            if (occupation.Meta.Education is { } education && !EducationLevels.Labels.ContainsKey(education))
            {
                Add(problems, occupation, occupation.Lines.Of("education"), $"unknown education \"{education}\"; use one of: {string.Join(", ", EducationLevels.Labels.Keys)}");
            }
        }
        return byCode;
    }

    private static void CheckOccupationList(ContentFile<PathwayFrontMatter> pathway, string field, List<string> codes,
        Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var seen = new HashSet<string>();
        for (int i = 0; i < codes.Count; i++)
        {
            string code = codes[i];
            int line = pathway.Lines.OfItem(field, i);
            if (!OccupationCodePattern().IsMatch(code))
            {
                Add(problems, pathway, line, $"\"{code}\" is not an O*NET-SOC 2019 code: it must look like 29-1141.00");
            }
            else if (!seen.Add(code))
            {
                Add(problems, pathway, line, $"the occupation {code} is listed twice in \"{field}\"");
            }
            else if (!occupationsByCode.ContainsKey(code))
            {
                Add(problems, pathway, line, $"no occupation file has the code {code} (add one in occupations/ or fix the code)");
            }
        }
    }

    /// <summary>The address of every page the content makes, and of the site's fixed pages.</summary>
    private static HashSet<string> PageAddresses(ContentSet content)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal) { SitePaths.Home, SitePaths.Clusters, SitePaths.Occupations, SitePaths.Guides, SitePaths.Search };
        pages.UnionWith(content.Clusters.Select(c => SitePaths.Cluster(c.Slug)));
        pages.UnionWith(content.Pathways.Select(p => SitePaths.Pathway(p.Meta.Cluster ?? "", p.Slug)));
        pages.UnionWith(content.Occupations.Select(o => SitePaths.Occupation(o.Slug)));
        pages.UnionWith(content.Guides.Select(g => SitePaths.Guide(g.Slug)));
        return pages;
    }

    /// <summary>
    /// An old address must not be a page's address (the page would stay, and the redirect would never be used, or
    /// point the page at itself), nor the old address of another page (which page would it go to?).
    /// </summary>
    private static void CheckRedirects(ContentSet content, List<ContentProblem> problems)
    {
        var pages = PageAddresses(content);
        var claimed = new Dictionary<string, DeclaredRedirect>(StringComparer.Ordinal);
        foreach (var redirect in MovedPages.Declared(content))
        {
            if (pages.Contains(redirect.From))
            {
                string whose = redirect.From == redirect.To ? "this page's own address" : "the address of another page";
                problems.Add(new ContentProblem(redirect.File, redirect.Line, 1,
                    $"redirect_from: {redirect.From} is {whose}; an old address must be one that no page uses now"));
            }
            else if (claimed.TryGetValue(redirect.From, out var first))
            {
                if (first.To != redirect.To)
                {
                    problems.Add(new ContentProblem(redirect.File, redirect.Line, 1,
                        $"redirect_from: {redirect.From} already redirects to {first.To} ({first.File}:{first.Line}); one old address can lead to one page only"));
                }
            }
            else
            {
                claimed[redirect.From] = redirect;
            }
        }
    }

    private static void CheckLinks(ContentSet content, List<ContentProblem> problems)
    {
        var pages = PageAddresses(content);

        IEnumerable<(string File, BodyLink Link)> links =
            content.Clusters.SelectMany(f => f.Body.Links.Select(l => (f.File, l)))
            .Concat(content.Pathways.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Occupations.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Guides.SelectMany(f => f.Body.Links.Select(l => (f.File, l))))
            .Concat(content.Home is null ? [] : content.Home.Body.Links.Select(l => (content.Home.File, l)));

        // Pages whose own file has a problem are already reported: links to them are not reported again.
        var clusterSlugs = content.Clusters.Select(c => c.Slug).ToHashSet();
        var reportedPathways = content.Pathways.Where(p => !clusterSlugs.Contains(p.Meta.Cluster ?? "")).Select(p => p.Slug)
            .Concat(content.UnreadFiles.Where(f => f.StartsWith(ContentLoader.PathwaysFolder + "/", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension))
            .ToHashSet();
        foreach (string unread in content.UnreadFiles)
        {
            string slug = Path.GetFileNameWithoutExtension(unread);
            pages.Add(unread.StartsWith(ContentLoader.OccupationsFolder + "/", StringComparison.Ordinal) ? SitePaths.Occupation(slug)
                : unread.StartsWith(ContentLoader.GuidesFolder + "/", StringComparison.Ordinal) ? SitePaths.Guide(slug)
                : SitePaths.Cluster(slug));
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
                    problems.Add(new ContentProblem(file, link.Line, link.Column, $"the link \"{url}\" points to a page that does not exist"));
                }
            }
            else if (!url.StartsWith('#') && !ExternalLinkPattern().IsMatch(url))
            {
                problems.Add(new ContentProblem(file, link.Line, link.Column, $"the link \"{url}\" must start with / (a page of this site), # (a part of this page), https:// or mailto:"));
            }
        }
    }

    /// <summary>A cluster's icon is a symbol of the site's sprite and its colour a name from the palette.</summary>
    private static void CheckLook(ContentFile<ClusterFrontMatter> cluster, List<ContentProblem> problems)
    {
        string? icon = cluster.Meta.Icon;
        if (string.IsNullOrWhiteSpace(icon))
        {
            Add(problems, cluster, cluster.Lines.Of("icon"), "missing required field \"icon\" (one of: " + string.Join(", ", ClusterLook.Icons.Order(StringComparer.Ordinal)) + ")");
        }
        else if (!ClusterLook.Icons.Contains(icon))
        {
            Add(problems, cluster, cluster.Lines.Of("icon"), $"unknown icon \"{icon}\" (use one of: {string.Join(", ", ClusterLook.Icons.Order(StringComparer.Ordinal))})");
        }
        string? colour = cluster.Meta.Colour;
        if (string.IsNullOrWhiteSpace(colour))
        {
            Add(problems, cluster, cluster.Lines.Of("colour"), "missing required field \"colour\" (one of: " + string.Join(", ", ClusterLook.Palette.Keys.Order(StringComparer.Ordinal)) + ")");
        }
        else if (!ClusterLook.Palette.ContainsKey(colour))
        {
            string hint = colour.StartsWith('#') ? "colours are names from the site's palette, each checked for contrast, not codes like #1d4ed8" : "unknown colour";
            Add(problems, cluster, cluster.Lines.Of("colour"), $"{hint}: \"{colour}\" (use one of: {string.Join(", ", ClusterLook.Palette.Keys.Order(StringComparer.Ordinal))})");
        }
    }

    private static void RequireText<T>(ContentFile<T> file, string field, string? value, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(problems, file, file.Lines.Of(field), $"missing required field \"{field}\"");
        }
    }

    private static void RequireOrder<T>(ContentFile<T> file, int? order, List<ContentProblem> problems)
    {
        if (order is null)
        {
            Add(problems, file, file.Lines.Of("order"), "missing required field \"order\" (a whole number that sets the position in lists)");
        }
    }

    private static void RequireBody<T>(ContentFile<T> file, List<ContentProblem> problems)
    {
        if (file.Body.BodyIsEmpty)
        {
            problems.Add(new ContentProblem(file.File, 1, 1, "the page has no text: write the body below the closing \"---\" of the front matter"));
        }
    }

    private static void Add<T>(List<ContentProblem> problems, ContentFile<T> file, int line, string message) =>
        problems.Add(new ContentProblem(file.File, line, 1, message));

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static Regex OccupationCodePattern() => OccupationCode.Pattern();

    [GeneratedRegex(@"^(https?://|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalLinkPattern();
}
