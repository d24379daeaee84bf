using System.Globalization;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A job's figures as numbers and categories: the wording is <see cref="JobWords"/>'s, from the text catalogue.</summary>
public static class OccupationFacts
{
    public static string Dollars(int amount) => "$" + Count(amount);

    /// <summary>The outlook's category, judged from the numbers against the change in all jobs in the same projection.</summary>
    public static OutlookCategory OutlookOf(OccupationOutlook outlook)
    {
        double change = outlook.ChangePercent, average = outlook.AllJobsChangePercent;
        return change >= average + 5 ? OutlookCategory.MuchFaster
            : change >= average + 2 ? OutlookCategory.Faster
            : change > average - 2 ? OutlookCategory.AboutAverage
            : change >= 0 ? OutlookCategory.Slower
            : OutlookCategory.Declining;
    }

    public static string Percent(double change) => (change > 0 ? "+" : "") + change.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A whole number with thousands separators: "1,016".</summary>
    public static string Count(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>How a job's projected change compares with all jobs': the filters and the wording both start from it.</summary>
public enum OutlookCategory
{
    MuchFaster,
    Faster,
    AboutAverage,
    Slower,
    Declining,
}
