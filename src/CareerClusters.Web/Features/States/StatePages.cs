using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.States;

/// <summary>The state picker: every state as a button; <see cref="Problem"/> says what was wrong with an address or form.</summary>
public sealed record StatePickerViewModel(PageMeta Meta, StateChoices Choices, string? Problem) : IPageViewModel;

/// <summary>A state's page: its links (a job's, with <c>?job=</c>) and a button to make it the student's state.</summary>
public sealed record StatePageViewModel(PageMeta Meta, StateDetails Details) : IPageViewModel;

/// <summary>Turns the state read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class StatePages
{
    public static StatePickerViewModel Picker(StateChoices choices, string? problem, IStringLocalizer<SiteText> text)
    {
        var crumbs = new List<Crumb> { new(text["Home"], SitePaths.Home) };
        if (choices.Job is { } job)
        {
            crumbs.Add(new Crumb(job.Title, job.Path));
        }
        crumbs.Add(new Crumb(text["Your state"]));
        var meta = new PageMeta(text["Your state"],
            text["Pick your state once: every job page then links to its pay, licenses and apprenticeships there. No account needed."],
            SitePaths.StatePicker(choices.Job?.Slug), crumbs, NoIndex: choices.Job is not null || problem is not null);
        return new StatePickerViewModel(meta, choices, problem);
    }

    /// <summary>The picker with a message for an address that names no state of the site (<c>/state/atlantis</c>).</summary>
    public static StatePickerViewModel Unknown(StateChoices choices, IStringLocalizer<SiteText> text) =>
        Picker(choices, text["We could not find that state. Pick yours from the list below."], text);

    /// <summary>The picker with a message for a form that named no state of the site.</summary>
    public static StatePickerViewModel NotChosen(StateChoices choices, IStringLocalizer<SiteText> text) =>
        Picker(choices, text["That was not one of the states on the list. Pick one of the buttons below."], text);

    public static StatePageViewModel State(StateDetails details, IStringLocalizer<SiteText> text)
    {
        var state = details.State;
        string title = details.Job is { } job ? text["{0} in {1}", job.Title, state.Name] : state.Name;
        string description = details.Job is { } forJob
            ? text["Where to find pay, licenses and apprenticeships for {0} in {1}.", forJob.Title, state.Name]
            : text["Career links for students in {0}: apprenticeships, and the state's own career site where it has one.", state.Name];
        var meta = new PageMeta(title, description, SitePaths.State(state.Slug, details.Job?.Slug),
            [new Crumb(text["Home"], SitePaths.Home), new Crumb(text["Your state"], SitePaths.StatePicker(details.Job?.Slug)), new Crumb(state.Name)],
            NoIndex: details.Job is not null);
        return new StatePageViewModel(meta, details);
    }
}
