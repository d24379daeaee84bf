using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Errors;

/// <summary>Turns what went wrong into the error page's view model, with its title from the text catalogue.</summary>
public static class ErrorPages
{
    public static ErrorViewModel Error(ErrorDetails error, IStringLocalizer<SiteText> text)
    {
        string title = error.StatusCode switch
        {
            404 => text["Page not found"],
            403 => text["That link cannot do this"],
            410 => text["This list was deleted"],
            429 when error.TooManySearches => text["Too many searches"],
            429 => text["Too many tries"],
            // 400, and a method or size the address does not take (405, 413, 414, 431...).
            >= 400 and < 500 => text["That request did not make sense"],
            _ => text["Something went wrong"],
        };
        var meta = new PageMeta(title, title, error.Path, [new Crumb(text["Home"], SitePaths.Home), new Crumb(title)],
            NoIndex: true, IsError: true, HasSearchBox: error.StatusCode == 404);
        return new ErrorViewModel(meta, error.StatusCode, error.Clusters, error.TooManySearches, TryAgain(error.RetryAfter, text), error.StatusCode == 429 && error.TooManyListRequests);
    }

    /// <summary>When to try again, as whole sentences for seconds and for minutes.</summary>
    public static string? TryAgain(TimeSpan? retryAfter, IStringLocalizer<SiteText> text) => retryAfter switch
    {
        null => null,
        { TotalSeconds: <= 1 } => text["Please try again in a second."].Value,
        { TotalSeconds: < 90 } wait => text["Please try again in {0} seconds.", (int)Math.Ceiling(wait.TotalSeconds)].Value,
        var wait => text["Please try again in about {0} minutes.", (int)Math.Ceiling(wait.Value.TotalMinutes)].Value,
    };
}
