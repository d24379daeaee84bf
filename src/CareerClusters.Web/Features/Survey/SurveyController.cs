using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace CareerClusters.Web.Features.Survey;

/// <summary>
/// The interest survey: a plain form, a redirect to the result's canonical link, and the result page read from that
/// link alone. Nothing about the student is stored on the server.
/// </summary>
[OutputCache(PolicyName = Policies.ContentPages)]
public sealed class SurveyController(SurveyQueries queries, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{

    [HttpGet(SitePaths.Survey)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(SurveyPages.Form(await queries.FormAsync(cancellationToken), text));

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
            // A form loaded before the statements changed: its boxes no longer mean the same statements.
            return SurveyDefinition.LooksLikeVersion(version) ? Problem(SurveyProblem.ListChanged) : Problem(SurveyProblem.Unreadable);
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
        return new SeeOtherResult(ResultPath(SurveyCode.Encode(survey, ticked), plan));
    }

    [HttpGet(SitePaths.Routes.SurveyResult)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Results(string code, CancellationToken cancellationToken)
    {
        var survey = await queries.DefinitionAsync(cancellationToken);
        var answers = SurveyCode.Decode(survey, code);
        if (answers.Status == SurveyCodeStatus.Malformed || !TryReadPlan(Request.Query["after"], out var plan))
        {
            return Problem(SurveyProblem.Unreadable);
        }
        if (answers.Status == SurveyCodeStatus.OtherVersion)
        {
            return Problem(SurveyProblem.ListChanged);
        }

        var result = await queries.ResultAsync(code, answers.Ticked, plan, cancellationToken);
        Response.Headers.CacheControl = CacheHeaders.NoStore;
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
