using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

public static class OutlookYears
{
    /// <summary>The years of the BLS release a job's figures came from (for "BLS Employment Projections, 2024–34").</summary>
    public static ProjectionYears Years(this OccupationOutlook outlook) => new(outlook.FromYear, outlook.ToYear, outlook.WageYear);
}
