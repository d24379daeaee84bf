using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Survey;

/// <summary>Turns the survey's read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class SurveyPages
{
    /// <param name="last">The result this browser remembers, if any.</param>
    /// <param name="nothingTicked">The form was sent with no statement ticked and comes back asking for some.</param>
    /// <param name="chosenPlan">The education answer sent with the form, kept when it comes back.</param>
    public static SurveyFormViewModel Form(SurveyForm form, IStringLocalizer<SiteText> text, RememberedResult? last = null, bool nothingTicked = false, EducationPlan? chosenPlan = null) =>
        new(new PageMeta(nothingTicked ? text["Tick a few statements first: interest survey"] : text["Interest survey: which career clusters fit you?"],
                text["Tick the statements that describe you and see which of the 16 Career Clusters fit you best. No account needed."],
                SitePaths.Survey, [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Interest survey"])], NoIndex: nothingTicked),
            form.Version, form.Sections, EducationPlans.All, last, nothingTicked, chosenPlan?.Key);

    /// <param name="baseUrl">The site's address, which the link to keep or send starts with.</param>
    public static SurveyResultViewModel Result(SurveyResult result, string baseUrl, IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["Your survey results"], text["The career clusters that fit the statements you ticked, and why."], result.Path,
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Interest survey"], SitePaths.Survey), new Crumb(text["Your results"])], NoIndex: true),
            baseUrl + SitePaths.InLanguage(result.Path, Data.SiteCultures.Current), result.TickedCount, EducationPlans.Find(result.PlanKey), result.Top, result.Ranked, result.Code, result.FromEarlierSurvey);

    public static ConversationSheetViewModel Sheet(SurveyResult result, string resultUrl, IReadOnlyList<SheetCluster> shortlist, SheetList? list, bool listNotFound,
        IStringLocalizer<SiteText> text) =>
        new(new PageMeta(text["My career clusters: a sheet for a talk"], text["A one-page sheet of a survey result, for a talk with a counselor."],
                SitePaths.ConversationSheet(result.Code, result.PlanKey, list?.Code),
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Your results"], result.Path), new Crumb(text["Conversation sheet"])], NoIndex: true),
            result, resultUrl, shortlist, list, listNotFound);

    /// <param name="path">The address asked for: a problem page has no address of its own.</param>
    public static SurveyProblemViewModel Problem(SurveyProblem problem, string path, IStringLocalizer<SiteText> text)
    {
        string title = problem == SurveyProblem.Unreadable ? text["We could not read this survey link"] : text["The survey has changed since this link was made"];
        return new(new PageMeta(title, title, path,
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Interest survey"], SitePaths.Survey), new Crumb(text["Results"])], NoIndex: true), problem);
    }
}
