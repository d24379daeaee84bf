using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Home;

/// <summary>Turns the home read model into the page's view model, with the page's wording from the text catalogue.</summary>
public static class HomePages
{
    // The home page has no breadcrumbs, and its own search box.
    public static HomeViewModel Home(HomeDetails home, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["CareerClusters: explore careers by Career Cluster"], home.Summary, SitePaths.Home, [], HasSearchBox: true),
            home.Title, home.Introduction, home.Framework, home.Clusters) { TextLang = home.TextLang };
}
