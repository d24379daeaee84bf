using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Guides;

// What the guide queries return: values from the content database, no wording (a JSON API can return them as they are).

public sealed record GuideLink(string Slug, string Title, string Summary)
{
    /// <summary>The district whose folder the guide is from, or null for a national guide.</summary>
    public string? DistrictName { get; init; }

    /// <summary>"en" when the title and summary are shown in English on a page in another language; else null.</summary>
    public string? Lang { get; init; }

    public string Path => SitePaths.Guide(Slug);
}

public sealed record GuideDetails(string Slug, string Title, string Summary, IReadOnlyList<PageSection> Sections, IReadOnlyList<GuideLink> OtherGuides)
{
    /// <summary>The district whose folder the guide is from, or null for a national guide.</summary>
    public string? DistrictName { get; init; }

    /// <summary>"en" when the page's own text is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }
}
