namespace CareerClusters.Web.Features.Shared;

/// <summary>A link in the breadcrumb trail; the current page has no path.</summary>
public sealed record Crumb(string Title, string? Path = null);

/// <summary>What the layout needs from every page: title, description, canonical address and breadcrumbs.</summary>
/// <param name="NoIndex">Keep the page out of search engines (admin pages, search results, a student's own results).</param>
/// <param name="IsError">An error page: it has no address of its own, so no canonical link and no og:url.</param>
/// <param name="HasSearchBox">The page has its own search box, so the header leaves its one out (one search box a page).</param>
public sealed record PageMeta(string Title, string Description, string CanonicalPath, IReadOnlyList<Crumb> Breadcrumbs, bool NoIndex = false, bool IsError = false,
    bool HasSearchBox = false);

/// <summary>Every view model has page metadata, so one layout serves every page.</summary>
public interface IPageViewModel
{
    PageMeta Meta { get; }
}

/// <summary>One link of a long page's "On this page" list: the id of a section's heading, and its words.</summary>
public sealed record OnThisPageLink(string Anchor, string Heading)
{
    /// <summary>The sections of a content file that have a heading, in order.</summary>
    public static IEnumerable<OnThisPageLink> Of(IEnumerable<Data.PageSection> sections) =>
        sections.Where(s => s is { Anchor: not null, Heading: not null }).Select(s => new OnThisPageLink(s.Anchor!, s.Heading!));

    /// <summary>One link for a part the page draws only sometimes; none when it is not drawn.</summary>
    public static IEnumerable<OnThisPageLink> When(bool drawn, string anchor, string heading) =>
        drawn ? [new OnThisPageLink(anchor, heading)] : [];
}
