using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Guides;

public sealed record GuideListViewModel(PageMeta Meta, IReadOnlyList<GuideLink> Guides) : IPageViewModel;

public sealed record GuideViewModel(PageMeta Meta, string Title, string Summary, IReadOnlyList<PageSection> Sections, IReadOnlyList<GuideLink> OtherGuides) : IPageViewModel
{
    /// <summary>The district whose folder the guide is from, or null for a national guide.</summary>
    public string? DistrictName { get; init; }

    /// <summary>"en" when the page's own text is shown in English on a page in another language; else null.</summary>
    public string? TextLang { get; init; }
}

/// <summary>Turns the guide read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class GuidePages
{
    public static GuideListViewModel Index(IReadOnlyList<GuideLink> guides, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Guides"], text["Short guides to career clusters, pathways and programs of study, for students, parents and counselors."],
            SitePaths.Guides, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Guides"])]), guides);

    public static GuideViewModel Guide(GuideDetails guide, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(guide.Title, guide.Summary, SitePaths.Guide(guide.Slug),
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Guides"], SitePaths.Guides), new Crumb(guide.Title)]),
            guide.Title, guide.Summary, guide.Sections, guide.OtherGuides)
        {
            DistrictName = guide.DistrictName,
            TextLang = guide.TextLang,
        };
}
