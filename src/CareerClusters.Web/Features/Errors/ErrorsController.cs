using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Shared.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Errors;

/// <summary>Friendly pages for errors: never a stack trace, always a way back into the site.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ContentDbContext db, IStringLocalizer<SiteText> text) : Controller
{
    // The actions take no parameters: binding one would read the failed request's form again, and a form that
    // cannot be read (a %00, too many fields) would then break the error page itself.

    /// <summary>Only a real error reaches these pages; a visitor typing the address gets "not found".</summary>
    [Route("/error/{statusCode:int}")]
    public Task<IActionResult> Status() =>
        Page(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? 404);

    /// <summary>
    /// An exception: a request the server could not read (a form with a %00 or too many fields, a body cut short) is
    /// the client's mistake (400); anything else is ours (500).
    /// </summary>
    [Route("/error")]
    public Task<IActionResult> Unhandled() => Page(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error switch
    {
        null => 404,
        InvalidDataException or BadHttpRequestException => 400,
        _ => 500,
    });

    private async Task<IActionResult> Page(int statusCode)
    {
        // The open data API answers in JSON: an address under it that is not one of its own, a method it does not take.
        string original = OriginalPath();
        if (SitePaths.IsApiV1(original) || original == SitePaths.OpenApiDocument)
        {
            return ApiProblems.Result(ApiProblems.Of(ApiProblems.KindOf(statusCode), statusCode switch
            {
                404 => $"There is nothing at this address: {SitePaths.ApiReference} lists the API's addresses.",
                405 => "The API only reads: ask with GET (or HEAD).",
                >= 500 => "Something went wrong on the server. Please try again later.",
                _ => "The server could not read this request.",
            }, original));
        }
        var cancellationToken = HttpContext.RequestAborted;
        IReadOnlyList<ClusterCard> cards = statusCode == 404 ? await ClusterCards.AllAsync(db, Frameworks.Sixteen, cancellationToken) : [];
        Response.StatusCode = statusCode;
        return View("Error", ErrorPages.Error(new ErrorDetails(statusCode, Request.Path, cards, statusCode == 429 && TooManySearches(), RetryAfter(), OriginalPath().StartsWith(SitePaths.Lists + "/", StringComparison.Ordinal)), text));
    }

    /// <summary>The rate limiter's Retry-After, in seconds, which the 429 page puts in words.</summary>
    private TimeSpan? RetryAfter() =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private string OriginalPath() =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";

    private bool TooManySearches() =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is string path
        && (path.StartsWith(SitePaths.Search, StringComparison.Ordinal) || path.StartsWith(SitePaths.SearchApi, StringComparison.Ordinal));
}
