using Microsoft.AspNetCore.OutputCaching;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CareerClusters.Web.Features.Compare;

/// <summary>
/// <c>/compare?clusters=a,b[,c]</c> or <c>/compare?pathways=a,b[,c]</c>: two or three side by side. Anything else
/// (too few, too many, unknown names) shows a page to choose from, never an error.
/// </summary>
[OutputCache(PolicyName = Policies.ContentPagesWithChoices)]
public sealed class CompareController(CompareQueries queries) : Controller
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
        var items = kind == CompareKind.Cluster
            ? await queries.ClustersAsync(wanted, cancellationToken)
            : await queries.PathwaysAsync(wanted, cancellationToken);
        var notFound = wanted.Where(w => items.All(i => i.Slug != w)).ToList();
        string noun = kind == CompareKind.Cluster ? "clusters" : "pathways";

        if (items.Count is >= Min and <= Max && !Request.Query.ContainsKey("change"))
        {
            string path = kind == CompareKind.Cluster ? SitePaths.CompareClusters(items.Select(i => ClusterKey.Sixteen(i.Slug))) : SitePaths.ComparePathways(items.Select(i => i.Slug));
            string titles = items.Count == 2 ? $"{items[0].Title} and {items[1].Title}" : $"{items[0].Title}, {items[1].Title} and {items[2].Title}";
            var meta = new PageMeta($"Compare {titles}", $"{titles} side by side: the work, where it happens, the education it takes, jobs and skills.",
                path, [new Crumb("Home", SitePaths.Home), new Crumb($"Compare {noun}")]);
            return View(new CompareViewModel(meta, kind, items, notFound));
        }

        string? message = Request.Query.ContainsKey("change") && items.Count > 0 ? null : items.Count switch
        {
            0 when !Request.Query[parameter].Any(v => !string.IsNullOrWhiteSpace(v?.Replace(',', ' '))) => null,
            0 => $"We could not find the {noun} in that address. Choose two or three below.",
            1 => $"Choose at least one more to compare with {items[0].Title}.",
            > Max => $"You chose {items.Count} {noun}. Choose two or three, so they fit side by side.",
            _ => null,
        };
        var groups = kind == CompareKind.Cluster
            ? await queries.ClusterChoicesAsync(cancellationToken)
            : await queries.PathwayChoicesAsync(cancellationToken);
        var pickerMeta = new PageMeta($"Compare {noun}", $"Choose two or three career {noun} to see side by side.",
            kind == CompareKind.Cluster ? SitePaths.Compare : SitePaths.ComparePathways([]), [new Crumb("Home", SitePaths.Home), new Crumb($"Compare {noun}")]);
        return View("Picker", new ComparePickerViewModel(pickerMeta, kind, message, groups, items.Select(i => i.Slug).ToHashSet()));
    }
}
