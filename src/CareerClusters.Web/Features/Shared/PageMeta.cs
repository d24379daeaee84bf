namespace CareerClusters.Web.Features.Shared;

/// <summary>A link in the breadcrumb trail; the current page has no path.</summary>
public sealed record Crumb(string Title, string? Path = null);

/// <summary>What the layout needs from every page: title, description, canonical address and breadcrumbs.</summary>
/// <param name="NoIndex">Keep the page out of search engines (admin pages).</param>
public sealed record PageMeta(string Title, string Description, string CanonicalPath, IReadOnlyList<Crumb> Breadcrumbs, bool NoIndex = false);

/// <summary>Every view model has page metadata, so one layout serves every page.</summary>
public interface IPageViewModel
{
    PageMeta Meta { get; }
}
