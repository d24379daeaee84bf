using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerClusters.Web.Features.Shortlist;

/// <summary>
/// The shortlist and "not for me": small form posts that change the student's cookie and return to the page they
/// came from (or answer JSON to the script that sent them), and <c>/my-clusters</c>, which lists the choices.
/// </summary>
[SameSiteFormPost]
public sealed class ShortlistController(ShortlistQueries queries, IConfiguration configuration) : Controller
{

    [HttpGet(SitePaths.MyClusters)]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = CacheHeaders.NoStore;
        if (Request.Query.ContainsKey("c"))
        {
            return await Shared(cancellationToken);
        }
        var known = await queries.ClusterKeysAsync(cancellationToken);
        var state = ShortlistState.Current(HttpContext).OnlyKnown(known);
        var meta = new PageMeta("My clusters",
            "The career clusters you shortlisted or set aside, kept in this browser only.",
            SitePaths.MyClusters, [new Crumb("Home", SitePaths.Home), new Crumb("My clusters")], NoIndex: true);
        return View(new MyClustersViewModel(meta,
            await queries.CardsAsync(state.Shortlisted, cancellationToken),
            await queries.CardsAsync(state.SetAside, cancellationToken),
            BaseUrl() + SitePaths.SharedShortlist(state.Shortlisted)));
    }

    private async Task<IActionResult> Shared(CancellationToken cancellationToken)
    {
        var keys = Request.Query["c"].SelectMany(c => ClusterKey.ParseList(c, ShortlistState.MaxPerGroup)).Distinct().Take(ShortlistState.MaxPerGroup).ToList();
        var cards = await queries.CardsAsync(keys, cancellationToken);
        string given = Request.Query["c"].ToString();
        var meta = new PageMeta("A shared shortlist",
            "Career clusters someone shortlisted on CareerClusters and shared as a link.",
            SitePaths.SharedShortlist(cards.Select(c => c.Key)),
            [new Crumb("Home", SitePaths.Home), new Crumb("My clusters", SitePaths.MyClusters), new Crumb("Shared shortlist")], NoIndex: true);
        int unknown = given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length - cards.Count;
        return View("Shared", new SharedShortlistViewModel(meta, cards, Math.Max(0, unknown)));
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
            string message = choice switch
            {
                ShortlistChoice.Shortlist => $"{title} is on your shortlist.",
                ShortlistChoice.SetAside => $"{title} is set aside.",
                _ => $"{title} is no longer on your shortlist or set aside.",
            };
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
