using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Survey;

/// <summary>
/// A survey result's conversation sheet: one printed page for a talk with a counselor, with the top clusters and the
/// statements that put them there, the 2024 framework's names for them, this browser's shortlist, a counselor's list
/// when its code is given, and blank lines for next steps. A name can be typed on screen for the print; it is never
/// sent (its box belongs to no form and has no name).
/// </summary>
[OutputCache(NoStore = true)]
public sealed class ConversationSheetController(SurveyQueries survey, ConversationSheetQueries sheet, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{
    [HttpGet(SitePaths.Routes.ConversationSheet)]
    public async Task<IActionResult> Sheet(string code, string? after, string? list, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        var reading = await survey.ReadAsync(code, cancellationToken);
        var plan = EducationPlans.Find(after);
        if (reading.Answers.Status == SurveyCodeStatus.Malformed || (plan is null && !string.IsNullOrEmpty(after)) || (list?.Length ?? 0) > 40)
        {
            return Problem(SurveyProblem.Unreadable);
        }
        if (reading.Answers.Status == SurveyCodeStatus.OtherVersion)
        {
            return Problem(SurveyProblem.ListChanged);
        }
        var result = await survey.ResultAsync(code, reading, plan, cancellationToken);
        var shortlist = await sheet.ClustersAsync(ShortlistState.Current(HttpContext).Shortlisted, cancellationToken);
        var counselorList = string.IsNullOrWhiteSpace(list) ? null : await sheet.ListAsync(list, cancellationToken);
        string resultUrl = SiteAddress.BaseUrl(Request, configuration) + SitePaths.InLanguage(result.Path, Data.SiteCultures.Current);
        return View("/Features/Survey/ConversationSheet.cshtml",
            SurveyPages.Sheet(result, resultUrl, shortlist, counselorList, !string.IsNullOrWhiteSpace(list) && counselorList is null, text));
    }

    private ViewResult Problem(SurveyProblem problem)
    {
        Response.StatusCode = problem == SurveyProblem.Unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return View("/Features/Survey/Problem.cshtml", SurveyPages.Problem(problem, Request.Path, text));
    }
}
