using CareerClusters.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Occupations;

public sealed class OccupationsController(OccupationQueries queries) : Controller
{
    [HttpGet("/occupations")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.IndexAsync(cancellationToken));

    [HttpGet("/occupations/{occupation}")]
    public async Task<IActionResult> Occupation(string occupation, CancellationToken cancellationToken)
    {
        // An O*NET-SOC code (29-1141.00) is a permanent link too: it moves to the readable address.
        if (ContentValidator.OccupationCodePattern().IsMatch(occupation))
        {
            string? slug = await queries.SlugOfCodeAsync(occupation, cancellationToken);
            return slug is null ? NotFound() : RedirectPermanent($"/occupations/{slug}");
        }
        string lower = occupation.ToLowerInvariant();
        var model = await queries.OccupationAsync(lower, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        return lower == occupation ? View(model) : RedirectPermanent(model.Meta.CanonicalPath);
    }
}
