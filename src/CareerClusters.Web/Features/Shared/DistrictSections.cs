using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A district's own part of a page: the district's name and the section's parts (text first, then one part per "##" heading).</summary>
public sealed record DistrictPart(string DistrictName, IReadOnlyList<PageSection> Sections)
{
    /// <summary>The anchor of the part on its page, and the "On this page" link's target.</summary>
    public static string Anchor => SitePaths.DistrictAnchor;
}

/// <summary>
/// Reads the district's part of a cluster, pathway or job page ("In our district"). The generation knows which pages
/// have one (<see cref="DistrictInfo.SectionPages"/>), so a page without costs no query.
/// </summary>
public static class DistrictSections
{
    public static async Task<DistrictPart?> ForPageAsync(ContentDbContext db, DistrictInfo? district, string pagePath, CancellationToken cancellationToken)
    {
        if (district is null || !district.HasSectionFor(pagePath))
        {
            return null;
        }
        var sections = await db.DistrictSections.Where(s => s.PagePath == pagePath).Select(s => s.Sections).FirstOrDefaultAsync(cancellationToken);
        return sections is null ? null : new DistrictPart(district.Name, sections);
    }
}
