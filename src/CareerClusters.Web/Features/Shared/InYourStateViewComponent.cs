using CareerClusters.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// What the job page's "in your state" part shows: without a state, a link to pick one; with one, the job's links
/// there. <see cref="JobSlug"/> brings the student back to this job after picking or changing the state.
/// </summary>
public sealed record JobInState(string? JobSlug, string JobTitle, bool IsMilitary, StatePlace? State, IReadOnlyList<StateLink> Links)
{
    /// <summary>The state is the district's (site.yml's <c>state:</c>), since the student has picked none: named as such.</summary>
    public string? DistrictName { get; init; }
}

/// <summary>
/// The job page's "See this job in your state" part (<c>Components/InYourState/Default.cshtml</c>). It reads the state
/// cookie, and the states table only when a state is picked, so a job page without one costs no more than before.
/// Job pages are cached per state (<see cref="Policies.JobPages"/>), which is what makes reading the cookie here safe.
/// Without a cookie, a district's own state (<see cref="DistrictInfo.StateCode"/>) is shown: the same for every such
/// visitor of one generation, so the page without a state stays one shared copy.
/// </summary>
public sealed class InYourStateViewComponent(ContentDbContext db, DistrictInfo district) : ViewComponent
{
    /// <param name="title">The job's title in the page's language, to show.</param>
    /// <param name="englishTitle">Its English (O*NET) title: the other sites search by it.</param>
    public async Task<IViewComponentResult> InvokeAsync(string code, string title, string englishTitle, string path)
    {
        string? slug = SitePaths.ParsePage(path) is { Kind: PageAddressKind.Occupation } page ? page.Slug : null;
        string? chosen = MyState.Code(HttpContext);
        string? stateCode = chosen ?? district.StateCode;
        var state = stateCode is null ? null : await StateReader.ByCodeAsync(db, stateCode, HttpContext.RequestAborted);
        return View(new JobInState(slug, title, StateLinks.IsMilitary(code), state, state is null ? [] : StateLinks.ForJob(code, englishTitle, state))
        {
            DistrictName = chosen is null && state is not null ? district.Name : null,
        });
    }
}
