using Microsoft.AspNetCore.OutputCaching;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Compare;

/// <summary>
/// <c>/compare?clusters=a,b[,c]</c> or <c>/compare?pathways=a,b[,c]</c>: two or three side by side. Anything else
/// (too few, too many, unknown names) shows a page to choose from, never an error.
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
}
