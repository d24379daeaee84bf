namespace CareerClusters.Web.Features.Shared.Api;

/// <summary>
/// The data sources every answer of the API credits, with their licences: the same credits as the About page
/// (content/guides/about.md) and the data folders' READMEs (content/data/onet, bls, advance-cte). A new release of a
/// data file changes its line here. The credit lines stay in English in both languages: they are the licences' words.
/// </summary>
public static class ApiSources
{
    public static readonly IReadOnlyList<ApiSource> All =
    [
        new ApiSource
        {
            Id = "onet",
            Name = "O*NET 29.3 Database",
            Credit = "This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training " +
                "Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. USDOL/ETA has not approved " +
                "or endorsed this site. The site has changed this data (see /guides/about).",
            Licence = "CC BY 4.0",
            LicenceUrl = "https://creativecommons.org/licenses/by/4.0/",
            Url = "https://www.onetcenter.org/database.html",
            Published = "2025-05",
            UsedFor = "Job titles and O*NET-SOC codes, tasks, in-demand technologies, job zones, interests, other titles, and the jobs of the 16 Career Clusters",
        },
        new ApiSource
        {
            Id = "bls",
            Name = "BLS Employment Projections 2024–34",
            Credit = "Pay, outlook, education and training figures: U.S. Bureau of Labor Statistics, Employment Projections program, " +
                "2024–34 (Table 1.2, published August 2025). BLS data is in the public domain.",
            Licence = "Public domain",
            LicenceUrl = null,
            Url = "https://www.bls.gov/emp/",
            Published = "2025-08",
            UsedFor = "Median annual pay (May 2024), employment and its projected change, openings, and the education and training to start",
        },
        new ApiSource
        {
            Id = "advance-cte",
            Name = "Advance CTE crosswalk of SOC codes to the Modernized Career Clusters Framework (revised September 2025)",
            Credit = "The clusters and sub-clusters of the 2024 framework and the jobs in them come from Advance CTE's crosswalk of SOC " +
                "occupation codes to the Modernized Career Clusters Framework, revised September 2025. Used with credit; this site is not " +
                "made or endorsed by Advance CTE.",
            Licence = "Used with credit",
            LicenceUrl = null,
            Url = "https://careertech.org/career-clusters/",
            Published = "2025-09",
            UsedFor = "The 2024 framework's clusters and sub-clusters, the jobs in them, and so the crosswalk between the two frameworks",
        },
    ];
}
