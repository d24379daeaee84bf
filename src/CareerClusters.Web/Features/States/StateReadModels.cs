using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.States;

// What the state queries return: values from the content database and the student's cookie, no wording.

/// <summary>The job a student came from (the state pages' <c>?job=</c>), so the links are that job's and the way back leads to it.</summary>
public sealed record JobRef(string Slug, string Code, string Title)
{
    public string Path => SitePaths.Occupation(Slug);
}

/// <summary>The picker: every state, the one the student picked (or null), and the job they came from (or null).</summary>
public sealed record StateChoices(IReadOnlyList<StatePlace> States, StatePlace? Chosen, JobRef? Job);

/// <summary>One state's page: its links (the job's, when there is one), and the student's own choice.</summary>
public sealed record StateDetails(StatePlace State, StatePlace? Chosen, JobRef? Job, IReadOnlyList<StateLink> Links)
{
    public bool IsChosen => Chosen?.Code == State.Code;
}
