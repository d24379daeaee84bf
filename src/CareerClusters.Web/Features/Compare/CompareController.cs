using Microsoft.AspNetCore.OutputCaching;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Compare;

/// <summary>
/// <c>/compare?clusters=a,b[,c]</c> or <c>/compare?pathways=a,b[,c]</c>: two or three side by side. Anything else
/// (too few, too many, unknown names) shows a page to choose from, never an error.
/// <c>/compare/jobs?j=a,b[,c]</c>: two or three jobs side by side; otherwise the page to choose jobs (by search or
/// from similar jobs), a 404 when the address names only jobs the site does not have.
/// </summary>
[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class CompareController(CompareQueries queries, IStringLocalizer<SiteText> text) : Controller
{
    public const int Min = 2;
    public const int Max = 3;

    [HttpGet(SitePaths.Compare)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var kind = !Request.Query.ContainsKey("clusters") && Request.Query.ContainsKey("pathways") ? CompareKind.Pathway : CompareKind.Cluster;
        string parameter = kind == CompareKind.Cluster ? "clusters" : "pathways";
        // Comparing stays within the 16 clusters and their pathways for now; a key of another framework is not found.
        var wanted = Request.Query[parameter].SelectMany(list => ClusterKey.ParseList(list, ShortlistState.MaxPerGroup))
            .Where(k => k.Framework == Frameworks.Sixteen).Select(k => k.Slug).Distinct(StringComparer.Ordinal).ToList();
        var asked = await queries.CompareAsync(kind, wanted, cancellationToken);
        bool changing = Request.Query.ContainsKey("change");

        if (asked.Items.Count is >= Min and <= Max && !changing)
        {
            return View(ComparePages.Compare(asked, text));
        }

        bool named = Request.Query[parameter].Any(v => !string.IsNullOrWhiteSpace(v?.Replace(',', ' ')));
        var note = changing && asked.Items.Count > 0 ? PickerNote.None : asked.Items.Count switch
        {
            0 => named ? PickerNote.NoneFound : PickerNote.None,
            1 => PickerNote.OneFound,
            > Max => PickerNote.TooMany,
            _ => PickerNote.None,
        };
        return View("Picker", kind == CompareKind.Cluster
            ? ComparePages.ClusterPicker(asked, note, await queries.ClusterChoicesAsync(cancellationToken), text)
            : ComparePages.PathwayPicker(asked, note, await queries.PathwayChoicesAsync(cancellationToken), text));
    }

    /// <summary>How many job names an address may give that are looked up (a longer list is cut, never an error).</summary>
    public const int MostJobNamesRead = 12;

    [HttpGet(SitePaths.JobComparison)]
    [OutputCache(PolicyName = Policies.SearchPages)]
    [EnableRateLimiting(Policies.Search)]
    public async Task<IActionResult> Jobs(string? q, [FromServices] JobCompareQueries jobs, CancellationToken cancellationToken)
    {
        // Read from the address itself: the output cache sorts the values of a repeated parameter in Request.Query while
        // it makes its key, and the columns keep the order the student chose them in.
        var given = QueryHelpers.ParseQuery(Request.QueryString.Value).GetValueOrDefault(JobPickerViewModel.JobsField);
        var named = given.SelectMany(list => (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var slugs = named.Select(name => name.ToLowerInvariant()).Where(IsSlug).Distinct(StringComparer.Ordinal).Take(MostJobNamesRead).ToList();
        string? query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, SearchEngine.MaxQueryLength)];
        if (given.Count > 1 && slugs.Count > 0 && query is null)
        {
            // The form's ticks come as j=a&j=b: one address per comparison (j=a,b), which is also the one cached and shared.
            return Redirect(SitePaths.CompareJobs(slugs) + (Request.Query.ContainsKey("change") ? "&change=1" : ""));
        }
        var asked = await jobs.CompareAsync(slugs, cancellationToken);
        if (asked.Jobs.Count is >= Min and <= Max && query is null && !Request.Query.ContainsKey("change"))
        {
            return View("Jobs", JobComparePages.Compare(asked, text));
        }

        var note = asked.Jobs.Count switch
        {
            0 => named.Count > 0 ? JobPickerNote.NoneFound : JobPickerNote.None,
            1 => JobPickerNote.OneFound,
            > Max => JobPickerNote.TooMany,
            _ => JobPickerNote.None,
        };
        if (note == JobPickerNote.NoneFound)
        {
            // Not one job the address names is ours: the page to choose from, with the status a link checker understands.
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        var choices = new JobChoices(await jobs.SimilarAsync(asked.Jobs, cancellationToken), query,
            query is null ? [] : await jobs.FindAsync(query, asked.Jobs.Select(j => j.Slug).ToList(), cancellationToken));
        return View("JobPicker", JobComparePages.Picker(asked, note, choices, text));
    }

    /// <summary>A job's slug is lowercase letters, digits and hyphens; anything else names no job.</summary>
    private static bool IsSlug(string name) => name.Length <= 120 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
