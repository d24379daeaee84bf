namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Nothing a counselor printed may break silently: every page and old address the served generation answers must
/// still be a page, or lead to one through a redirect_from. A page whose file is gone is an error that names the page
/// and the exact redirect_from line to add, and to which file.
/// </summary>
internal static class RemovedPageRules
{
    public static void Check(ContentSet content, PublishedPages? lastGood, List<ContentProblem> problems)
    {
        var pages = PageAddresses.Of(content);
        foreach (var retired in content.RetiredPages.Where(r => pages.Contains(r.Path)))
        {
            problems.Add(new ContentProblem(retired.File, retired.Line, 1, $"{retired.Path} is a page of the site: a page that is there cannot be retired")
            {
                Fix = "Delete this line, or remove the page's file too.",
            });
        }
        if (lastGood is null)
        {
            return;
        }
        var redirects = MovedPages.All(content);
        var retiredPaths = content.RetiredPages.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        bool Answered(string path) => pages.Contains(path) || redirects.ContainsKey(path) || retiredPaths.Contains(path);
        // A file that is there but could not be read is reported already; its page is not gone.
        var unread = content.UnreadFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var page in lastGood.Pages.Where(p => !Answered(p.Path) && !unread.Contains(p.File)))
        {
            if (Removed(page, content) is { } problem)
            {
                problems.Add(problem);
            }
        }
        foreach (var redirect in lastGood.Redirects.Where(r => !Answered(r.From) && !unread.Contains(r.File)))
        {
            string old = redirect.From[(redirect.From.LastIndexOf('/') + 1)..];
            problems.Add(new ContentProblem(redirect.File, 1, 1,
                $"the old address {redirect.From} leads to {redirect.To} now, but no redirect_from keeps it: printed links to it would break")
            {
                Fix = $"Keep {old} in the redirect_from list of the page that took its place (it was in {redirect.File}).",
            });
        }
    }

    private static ContentProblem? Removed(PublishedPage page, ContentSet content)
    {
        string message = $"the page {page.Path} (\"{page.Title}\") is on the site now, but no file makes it any more and no redirect_from leads from it: " +
            "links to it that counselors printed or bookmarked would break";
        if (page.Kind == PageKinds.Pathway && content.Pathways.FirstOrDefault(p => p.File == page.File) is { Meta.Cluster: { } cluster } moved && cluster != page.Cluster)
        {
            // A cluster that does not exist is reported already; a move to a real cluster loses the old address.
            return content.Clusters.Any(c => c.Framework == moved.Framework && c.Slug == cluster) ? Moved(page, moved, cluster) : null;
        }
        var (target, reason) = Successor(page, content);
        string line = $"redirect_from: [{string.Join(", ", (target?.RedirectFrom ?? []).Append(page.Slug))}]";
        string fix = target is null
            ? $"Put {page.File} back, or add the line \"{line}\" to the front matter of the {page.Kind} that takes its place{Where(page)}"
            : target.RedirectFrom.Count == 0
                ? $"Add the line \"{line}\" to the front matter of {target.File} ({reason}), or put {page.File} back"
                : $"Add {page.Slug} to the redirect_from list of {target.File} ({reason}), so it reads \"{line}\", or put {page.File} back";
        // A district's guide is retired in the district folder's own list.
        string retiredList = content.Local?.Owns(page.File) == true ? content.Local.FileName(RetiredPages.FileName) : RetiredPages.FileName;
        fix += $"; to take the page off the site on purpose, list {page.Path} in {retiredList}.";
        return new ContentProblem(page.File, 1, 1, message) { Fix = fix };
    }

    private static ContentProblem Moved(PublishedPage page, ContentFile<PathwayFrontMatter> moved, string cluster) =>
        new(page.File, moved.Lines.Of("cluster"), 1,
            $"this pathway moved from the cluster \"{page.Cluster}\" to \"{cluster}\", so its address {page.Path} would stop working")
        {
            Fix = $"A pathway cannot redirect from another cluster's address yet: put back \"cluster: {page.Cluster}\", or list {page.Path} in {RetiredPages.FileName} to retire it on purpose.",
        };

    private static string Where(PublishedPage page) => page.Kind switch
    {
        PageKinds.Pathway => $" (a pathway whose cluster is {page.Cluster})",
        PageKinds.Cluster => $" (in {ContentLoader.FrameworkFolders.First(f => f.Framework == page.Framework).Clusters}/)",
        _ => "",
    };

    /// <summary>A page the old one's address could lead to: one of the same name or code, else the one that took over most of its members.</summary>
    private static (Candidate? Target, string Reason) Successor(PublishedPage page, ContentSet content)
    {
        var candidates = Candidates(page, content).ToList();
        if (candidates.FirstOrDefault(c => c.Code is not null && page.Kind == PageKinds.Occupation && page.Members.Contains(c.Code)) is { } sameCode)
        {
            return (sameCode, $"it has the code {sameCode.Code}");
        }
        if (candidates.FirstOrDefault(c => string.Equals(c.Title, page.Title, StringComparison.OrdinalIgnoreCase)) is { } sameTitle)
        {
            return (sameTitle, "it has the same title");
        }
        var best = candidates.Select(c => (Candidate: c, Shared: c.Members.Intersect(page.Members).Count()))
            .Where(c => c.Shared > 0).OrderByDescending(c => c.Shared).FirstOrDefault();
        string members = page.Kind == PageKinds.Cluster ? "pathways" : "jobs";
        return best.Candidate is null ? (null, "") : (best.Candidate, $"it now has {best.Shared} of its {page.Members.Count} {members}");
    }

    private sealed record Candidate(string File, string? Title, string? Code, IReadOnlyList<string> Members, List<string> RedirectFrom);

    /// <summary>The pages whose redirect_from could give the old page's address: same kind, framework and (a pathway's) cluster.</summary>
    private static IEnumerable<Candidate> Candidates(PublishedPage page, ContentSet content) => page.Kind switch
    {
        PageKinds.Pathway => content.Pathways.Where(p => p.Framework == page.Framework && p.Meta.Cluster == page.Cluster)
            .Select(p => new Candidate(p.File, p.Meta.Title, null, p.Meta.Occupations, p.Meta.RedirectFrom)),
        PageKinds.Cluster => content.Clusters.Where(c => c.Framework == page.Framework)
            .Select(c => new Candidate(c.File, c.Meta.Title, null,
                [.. content.Pathways.Where(p => p.Framework == c.Framework && p.Meta.Cluster == c.Slug).Select(p => p.Slug)], c.Meta.RedirectFrom)),
        PageKinds.Occupation => content.Occupations.Select(o => new Candidate(o.File, o.Meta.Title, o.Meta.Code, [], o.Meta.RedirectFrom)),
        PageKinds.Guide => content.Guides.Select(g => new Candidate(g.File, g.Meta.Title, null, [], g.Meta.RedirectFrom)),
        _ => [],
    };
}
