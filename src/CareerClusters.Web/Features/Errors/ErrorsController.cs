using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Errors;

public sealed record ErrorViewModel(PageMeta Meta, int StatusCode, IReadOnlyList<ClusterCard> Clusters) : IPageViewModel;

/// <summary>Friendly pages for errors: never a stack trace, always a way back into the site.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ContentStore store, IServiceProvider services) : Controller
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
        IReadOnlyList<ClusterCard> clusters = [];
        if (statusCode == 404 && store.Current is not null)
        {
            clusters = await services.GetRequiredService<ClusterQueries>().CardsAsync(cancellationToken);
        }
        string title = statusCode switch
        {
            404 => "Page not found",
            400 => "That request did not make sense",
            _ => "Something went wrong",
        };
        Response.StatusCode = statusCode;
        var meta = new PageMeta(title, title, Request.Path, [new Crumb("Home", "/"), new Crumb(title)]);
        return View("Error", new ErrorViewModel(meta, statusCode, clusters));
    }
}
