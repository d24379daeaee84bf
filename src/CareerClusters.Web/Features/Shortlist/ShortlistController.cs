using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>
/// The shortlist and "not for me": small form posts that change the student's cookie and return to the page they
/// came from (or answer JSON to the script that sent them), and <c>/my-clusters</c>, which lists the choices.
/// </summary>
[SameSiteFormPost]
public sealed class ShortlistController(ShortlistQueries queries, IStringLocalizer<SiteText> text, IConfiguration configuration) : Controller
{

    [HttpGet(SitePaths.MyClusters)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        if (Request.Query.ContainsKey("c"))
        {
            return View("Shared", ShortlistPages.Shared(await queries.SharedAsync(Request.Query["c"], cancellationToken), text));
        }
        var own = await queries.OwnAsync(ShortlistState.Current(HttpContext), cancellationToken);
        var lastSurvey = await queries.LastSurveyAsync(LastSurveyResult.Current(HttpContext), cancellationToken);
        return View(ShortlistPages.MyClusters(own, BaseUrl(), text, lastSurvey));
    }

    /// <summary>Shortlist a cluster, set it aside, or clear the choice.</summary>
    [HttpPost(SitePaths.ShortlistChoose)]
    public async Task<IActionResult> Choose([FromForm] string? slug, [FromForm] string? to, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        ShortlistChoice? choice = to switch
        {
            "shortlist" => ShortlistChoice.Shortlist,
            "setaside" => ShortlistChoice.SetAside,
            "none" => ShortlistChoice.None,
            _ => null,
        };
        var known = await queries.ClusterKeysAsync(cancellationToken);
        // The form's "slug" is a cluster key: the bare slug for the 16 clusters, "framework:slug" otherwise.
        if (choice is null || !ClusterKey.TryParse(slug, out var cluster) || !known.Contains(cluster.Value))
        {
            return BadRequest();
        }
        var state = ShortlistState.Current(HttpContext).OnlyKnown(known).With(cluster.Value, choice.Value);
        state.Save(HttpContext);
        Response.Headers.CacheControl = "no-store";
        if (WantsJson())
        {
            var title = (await queries.CardsAsync([cluster.Value], cancellationToken)).Single().Title;
            string message = ShortlistPages.ChoiceMessage(title, choice.Value, text);
            return Json(new { slug, choice = to, message, shortlisted = state.Shortlisted.Count });
        }
        return new SeeOtherResult(LocalOr(returnUrl, SitePaths.MyClusters));
    }

    /// <summary>Add several clusters to the shortlist at once (a survey's top matches, or a shared shortlist).</summary>
    [HttpPost(SitePaths.ShortlistAdd)]
    public async Task<IActionResult> Add([FromForm] string[]? c, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var known = await queries.ClusterKeysAsync(cancellationToken);
        var clusters = (c ?? []).SelectMany(list => ClusterKey.ParseList(list, ShortlistState.MaxPerGroup)).Where(known.Contains).Distinct().ToList();
        if (clusters.Count == 0)
        {
            return BadRequest();
        }
        var state = ShortlistState.Current(HttpContext).OnlyKnown(known);
        foreach (var cluster in clusters.Where(k => state.ChoiceFor(k) != ShortlistChoice.Shortlist))
        {
            state = state.With(cluster, ShortlistChoice.Shortlist);
        }
        state.Save(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return new SeeOtherResult(LocalOr(returnUrl, SitePaths.MyClusters));
    }

    private bool WantsJson() => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith('~')
            ? returnUrl : fallback;

    private string BaseUrl() => SiteAddress.BaseUrl(Request, configuration);
}
