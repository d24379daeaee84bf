using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Occupations;

[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class OccupationsController(OccupationQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    [HttpGet(SitePaths.Occupations)]
    public async Task<IActionResult> Index(string? cluster, string? education, string? outlook, string? sort, string? training, CancellationToken cancellationToken)
    {
        var filters = new JobFilters(Blank(cluster), Blank(education), Blank(outlook), sort == "name" ? null : Blank(sort), Blank(training));
        return View(OccupationPages.Index(await queries.IndexAsync(filters, cancellationToken), text));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [HttpGet(SitePaths.Routes.Occupation)]
    [OutputCache(PolicyName = Policies.JobPages)]
    public async Task<IActionResult> Occupation(string? occupation, CancellationToken cancellationToken)
    {
        // A blank segment ("/occupations/%20") binds as null.
        if (string.IsNullOrWhiteSpace(occupation))
        {
            return NotFound();
        }
        // An O*NET-SOC code (29-1141.00) is a permanent link too: it moves to the readable address.
        if (OccupationCode.IsCode(occupation))
        {
            string? slug = await queries.SlugOfCodeAsync(occupation, cancellationToken);
            return slug is null ? NotFound() : RedirectPermanent(SitePaths.Occupation(slug));
        }
        string lower = occupation.ToLowerInvariant();
        var job = await queries.OccupationAsync(lower, cancellationToken);
        if (job is null)
        {
            return NotFound();
        }
        return lower == occupation ? View(OccupationPages.Occupation(job, text)) : RedirectPermanent(SitePaths.Occupation(job.Slug));
    }
}
