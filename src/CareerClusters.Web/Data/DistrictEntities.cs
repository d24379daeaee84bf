using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data;

/// <summary>
/// A district's own part of a cluster, pathway, sub-cluster or job page ("In our district"), from the district's folder
/// (Content:LocalPath), kept apart from the national content so a content update never overwrites it.
/// </summary>
public sealed class DistrictSection
{
    /// <summary>The page's address, as SitePaths writes it ("/clusters/health-science"): the key.</summary>
    public required string PagePath { get; set; }

    /// <summary>The text before the first "##" heading, then one section per "##" heading.</summary>
    public List<PageSection> Sections { get; set; } = [];
}

/// <summary>The shape of the DistrictSections table, kept beside its entity.</summary>
internal static class DistrictModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DistrictSection>(section =>
        {
            section.HasKey(s => s.PagePath);
            section.OwnsMany(s => s.Sections, s => s.ToJson());
        });
}

/// <summary>
/// What a generation knows of the district whose folder it read: its name (the label of "In our district"), its state
/// (the "my state" links of a student who picked none) and the pages that have a district section, so a page without
/// one costs no query. <see cref="None"/> when the site has no district folder.
/// </summary>
public sealed record DistrictInfo(string Name, string? StateCode, IReadOnlyList<string> SectionPages, IReadOnlyList<string> GuidePages)
{
    public static DistrictInfo None { get; } = new("", null, [], []);

    public bool HasSectionFor(string pagePath) => SectionPages.Contains(pagePath, StringComparer.Ordinal);

    public bool HasGuide(string pagePath) => GuidePages.Contains(pagePath, StringComparer.Ordinal);
}
