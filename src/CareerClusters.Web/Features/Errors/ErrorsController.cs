using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Errors;

/// <param name="TooManySearches">A 429 from searching (not from signing in or editing lists): wait a moment, not minutes.</param>
public sealed record ErrorViewModel(PageMeta Meta, int StatusCode, IReadOnlyList<ClusterCard> Clusters, bool TooManySearches = false) : IPageViewModel;

/// <summary>Friendly pages for errors: never a stack trace, always a way back into the site.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ClusterQueries clusters) : Controller
{
    [Route("/error/{statusCode:int}")]
    public Task<IActionResult> Status(int statusCode, CancellationToken cancellationToken) =>
        // Only a real error reaches these pages; a visitor typing the address gets "not found".
        Page(HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null ? 404 : statusCode, cancellationToken);

    [Route("/error")]
    public Task<IActionResult> Unhandled(CancellationToken cancellationToken) =>
        Page(HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? 404 : 500, cancellationToken);

    private async Task<IActionResult> Page(int statusCode, CancellationToken cancellationToken)
    {
        IReadOnlyList<ClusterCard> cards = statusCode == 404 ? await clusters.CardsAsync(cancellationToken) : [];
        string title = statusCode switch
        {
            404 => "Page not found",
            400 => "That request did not make sense",
            403 => "That link cannot do this",
            429 when TooManySearches() => "Too many searches",
            429 => "Too many tries",
            _ => "Something went wrong",
        };
        Response.StatusCode = statusCode;
        var meta = new PageMeta(title, title, Request.Path, [new Crumb("Home", SitePaths.Home), new Crumb(title)], NoIndex: true, IsError: true);
        return View("Error", new ErrorViewModel(meta, statusCode, cards, statusCode == 429 && TooManySearches()));
    }

    private bool TooManySearches() =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is string path
        && (path.StartsWith(SitePaths.Search, StringComparison.Ordinal) || path.StartsWith("/api/search", StringComparison.Ordinal));
}
