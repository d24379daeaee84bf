using System.Data.Common;
using System.Text.Json;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>
/// The district's part of a generation: its sections (the DistrictSections table, one row per page), what the
/// generation keeps in memory about the district (<see cref="DistrictInfo"/>), and one search document per section, so a
/// student's search finds the district's part of a page as a result of its own, labelled as the district's.
/// </summary>
public static class DistrictImport
{
    /// <summary>The district's name, state, and the pages that have its sections or are its guides; <see cref="DistrictInfo.None"/> without a district folder.</summary>
    public static DistrictInfo InfoOf(ContentSet content)
    {
        if (content.Local is not { } local)
        {
            return DistrictInfo.None;
        }
        string? state = local.Site?.Meta.State is { } written ? Validation.LocalRules.StateCodeOf(written, content) : null;
        return new DistrictInfo(local.Site?.Meta.Name?.Trim() ?? "", state,
            [.. DistrictPages.Place(content).Select(p => p.Page).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. content.Guides.Where(g => local.Owns(g.File)).Select(g => SitePaths.Guide(g.Slug))]);
    }

    /// <summary>Writes the sections of the district folder (validated before: every section has one page, and a page one section).</summary>
    public static async Task WriteAsync(ContentSet content, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var insert = new PreparedInsert(connection, "DistrictSections", "PagePath", "Sections");
        foreach (var placement in DistrictPages.Place(content).Where(p => p.Page is not null).DistinctBy(p => p.Page))
        {
            await insert.RunAsync(cancellationToken, placement.Page, JsonSerializer.Serialize(placement.File.Body.Sections));
        }
    }

    /// <summary>
    /// One document per section, after the pages' own (<paramref name="pages"/>): titled by its page, in its page's
    /// cluster (so the cluster filter and the icon work), its words the section's and the district's name.
    /// </summary>
    public static IEnumerable<SearchDocument> SearchDocumentsOf(ContentSet content, IReadOnlyList<SearchDocument> pages)
    {
        string district = content.Local?.Site?.Meta.Name?.Trim() ?? "";
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var placement in DistrictPages.Place(content).Where(p => p.Page is not null).DistinctBy(p => p.Page))
        {
            if (byPath.TryGetValue(placement.Page!, out var page))
            {
                yield return new SearchDocument(Data.PageKinds.District, SitePaths.InOurDistrict(page.Path), page.Title, "",
                    placement.File.Body.PlainText.Trim(), district, page.ClusterKey, page.ClusterTitle, null, false);
            }
        }
    }
}
