using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>
/// A district section and the page it is shown on. <paramref name="Written"/> is its <c>page:</c> as an address;
/// <paramref name="Page"/> the page that answers it (through a redirect_from when the page has moved), or null.
/// </summary>
public sealed record DistrictPlacement(ContentFile<DistrictSectionFrontMatter> File, string? Written, string? Page)
{
    public bool Moved => Page is not null && Page != Written;
}

/// <summary>
/// Which page each district section belongs to, for the validator (which reports the ones that belong nowhere) and the
/// importer (which writes the others). Sections go on cluster, pathway, sub-cluster and job pages.
/// </summary>
public static class DistrictPages
{
    public static IReadOnlyList<DistrictPlacement> Place(ContentSet content)
    {
        if (content.Local is not { Sections.Count: > 0 } local)
        {
            return [];
        }
        var pages = PagesWithSections(content);
        var moved = MovedPages.All(content);
        return local.Sections.Select(file =>
        {
            string? written = AddressOf(file.Meta.Page);
            string? page = written is null ? null
                : pages.Contains(written) ? written
                : moved.TryGetValue(written, out string? to) && pages.Contains(to) ? to
                : null;
            return new DistrictPlacement(file, written, page);
        }).ToList();
    }

    /// <summary>The cluster, pathway, sub-cluster and job pages of the content: the pages a district section may go on.</summary>
    public static HashSet<string> PagesWithSections(ContentSet content) =>
        PageList.From(content).Select(p => p.Path).Where(p => SitePaths.ParsePage(p) is not null).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A page's address as an editor may write it: "/clusters/health-science", "clusters/health-science/", with capitals,
    /// or the whole address copied from the browser ("https://careers.example.org/clusters/health-science#jobs").
    /// </summary>
    public static string? AddressOf(string? written)
    {
        string text = written?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            text = uri.AbsolutePath;
        }
        text = text.Split('#', '?')[0].Trim().Trim('/');
        return "/" + text.ToLowerInvariant();
    }
}
