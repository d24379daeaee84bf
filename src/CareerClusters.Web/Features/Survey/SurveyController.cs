using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace CareerClusters.Web.Features.Survey;

/// <summary>
/// The interest survey: a plain form, a redirect to the result's canonical link, and the result page read from that
/// link alone. Nothing about the student is stored on the server: the browser remembers its latest result in a
/// cookie (<see cref="LastSurveyResult"/>), which the survey page shows and "Forget it" removes.
/// </summary>
[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class SurveyController(SurveyQueries queries, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{

    /// <summary>The form, the same for everyone (and cached) unless this browser remembers a result, which it then shows.</summary>
    [HttpGet(SitePaths.Survey)]
    [OutputCache(PolicyName = Policies.SurveyForm)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var last = await queries.RememberedAsync(LastSurveyResult.Current(HttpContext), cancellationToken);
        if (LastSurveyResult.IsIn(HttpContext))
        {
            Response.Headers.CacheControl = CacheHeaders.NoStore;
        }
        return View(SurveyPages.Form(await queries.FormAsync(cancellationToken), text, last));
    }

    /// <summary>"Forget it": the browser stops remembering its last result, then goes back where it was.</summary>
    [HttpPost(SitePaths.SurveyForget)]
    [OutputCache(NoStore = true)]
    [SameSiteFormPost]
    public IActionResult Forget([FromForm] string? returnUrl)
    {
        LastSurveyResult.Forget(HttpContext);
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        bool local = !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith('~');
        return new SeeOtherResult(local ? returnUrl! : SitePaths.Survey);
    }

    /// <summary>The form's target (GET or POST): turns the ticked boxes into the result's canonical link.</summary>
    [HttpGet(SitePaths.SurveyResults)]
    [HttpPost(SitePaths.SurveyResults)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Score(CancellationToken cancellationToken)
    {
        IFormCollection? form;
        try
        {
            form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        }
        catch (InvalidDataException)
        {
            // A form that cannot be read: a %00, or more fields than any survey has.
            return Problem(SurveyProblem.Unreadable);
        }
        StringValues field(string name) => form is null ? Request.Query[name] : form[name];
        var survey = await queries.DefinitionAsync(cancellationToken);

        string version = field("v").ToString();
        if (version.Length > 0 && version != survey.Version)
        {
            // A form loaded before the statements changed: its boxes mean the statements of the survey it was loaded
            // with, which the result is made with when that survey is recorded.
            if (!SurveyDefinition.LooksLikeVersion(version))
            {
                return Problem(SurveyProblem.Unreadable);
            }
            if (await queries.OfVersionAsync(version, cancellationToken) is not { } earlier)
            {
                return Problem(SurveyProblem.ListChanged);
            }
            survey = earlier;
        }
        if (!TryReadPlan(field("after"), out var plan))
        {
            return Problem(SurveyProblem.Unreadable);
        }
        var ticked = new HashSet<int>();
        var values = field("s");
        if (values.Count > survey.Items.Count * 2)
        {
            return Problem(SurveyProblem.Unreadable);
        }
        foreach (string? value in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            if (!int.TryParse(value, System.Globalization.NumberStyles.None, null, out int index) || index >= survey.Items.Count)
            {
                return Problem(SurveyProblem.Unreadable);
            }
            ticked.Add(index);
        }
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        if (ticked.Count == 0 && field(SurveyFormViewModel.FromField) == SurveyFormViewModel.FromValue)
        {
            // The form sent with nothing ticked: it comes back, asking for a few ticks (a bare link still gets its result).
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var again = new SurveyForm(survey.Version, survey.Sections);
            return View("Index", SurveyPages.Form(again, text, await queries.RememberedAsync(LastSurveyResult.Current(HttpContext), cancellationToken), nothingTicked: true, chosenPlan: plan));
        }
        string code = SurveyCode.Encode(survey, ticked);
        if (ticked.Count > 0)
        {
            // This browser's latest result, to show again on the survey page and "My clusters".
            var top = SurveyScoring.Top(SurveyScoring.Rank(survey, ticked)).Select(s => s.Cluster.Slug).ToList();
            new LastSurveyResult(code, plan?.Key, top).Save(HttpContext);
        }
        return new SeeOtherResult(ResultPath(code, plan));
    }

    [HttpGet(SitePaths.Routes.SurveyResult)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Results(string code, CancellationToken cancellationToken)
    {
        var reading = await queries.ReadAsync(code, cancellationToken);
        if (reading.Answers.Status == SurveyCodeStatus.Malformed || !TryReadPlan(Request.Query["after"], out var plan))
        {
            return Problem(SurveyProblem.Unreadable);
        }
        if (reading.Answers.Status == SurveyCodeStatus.OtherVersion)
        {
            return Problem(SurveyProblem.ListChanged);
        }

        var result = await queries.ResultAsync(code, reading, plan, cancellationToken);
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        if (LastSurveyResult.Current(HttpContext) is { } last && last.Code == code && last.PlanKey != plan?.Key)
        {
            // The student chose another level on their own result: "See it again" shows that one.
            (last with { PlanKey = plan?.Key }).Save(HttpContext);
        }
        return View(SurveyPages.Result(result, BaseUrl(), text));
    }

    private static string ResultPath(string code, EducationPlan? plan) =>
        SitePaths.SurveyResult(code, plan?.Key);

    /// <summary>No answer is fine; an answer the form never offers means the link was altered.</summary>
    private static bool TryReadPlan(StringValues value, out EducationPlan? plan)
    {
        string key = value.ToString();
        plan = EducationPlans.Find(key);
        return plan is not null || key.Length == 0;
    }

    private ViewResult Problem(SurveyProblem problem)
    {
        Response.StatusCode = problem == SurveyProblem.Unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        return View("Problem", SurveyPages.Problem(problem, Request.Path, text));
    }

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);
}
