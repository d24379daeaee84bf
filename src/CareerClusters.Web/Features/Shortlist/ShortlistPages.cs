using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>Turns the shortlist read models into the pages' view models, with the wording from the text catalogue.</summary>
public static class ShortlistPages
{
    /// <param name="baseUrl">The site's address, which the link to share starts with.</param>
    /// <param name="lastSurvey">The survey result this browser remembers, if any.</param>
    public static MyClustersViewModel MyClusters(OwnShortlist shortlist, string baseUrl, IStringLocalizer<SiteText> text, RememberedSurvey? lastSurvey = null) =>
        new(new PageMeta(text["My clusters"], text["The career clusters you shortlisted or set aside, kept in this browser only."],
                SitePaths.MyClusters, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["My clusters"])], NoIndex: true),
            shortlist.Shortlisted, shortlist.SetAside, baseUrl + SitePaths.InLanguage(shortlist.SharePath, Data.SiteCultures.Current), lastSurvey);

    public static SharedShortlistViewModel Shared(SharedShortlist shortlist, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["A shared shortlist"], text["Career clusters someone shortlisted on CareerClusters and shared as a link."], shortlist.Path,
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["My clusters"], SitePaths.MyClusters), new Crumb(text["Shared shortlist"])], NoIndex: true),
            shortlist.Clusters, shortlist.UnknownCount);

    /// <summary>What the script that changed a choice tells the reader (the JSON answer has no page).</summary>
    public static string ChoiceMessage(string title, ShortlistChoice choice, IStringLocalizer<SiteText> text) => choice switch
    {
        ShortlistChoice.Shortlist => text["{0} is on your shortlist.", title],
        ShortlistChoice.SetAside => text["{0} is set aside.", title],
        _ => text["{0} is no longer on your shortlist or set aside.", title],
    };
}
