using System.Globalization;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A job's figures as numbers and categories: the wording is <see cref="JobWords"/>'s, from the text catalogue.</summary>
public static class OccupationFacts
{
    public static string Dollars(int amount) => "$" + Count(amount);

    /// <summary>
    /// The outlook's band, judged like the Occupational Outlook Handbook's from the projected change against the
    /// change in all jobs of the same projection (A): much faster at A + 4 points or more, faster from A + 2, about as
    /// fast from A − 1, slower above +1 %, little or no change from −1 % to +1 %, fewer jobs below −1 %.
    /// </summary>
    public static OutlookCategory OutlookOf(OccupationOutlook outlook)
    {
        double change = Math.Round(outlook.ChangePercent, 1), average = outlook.AllJobsChangePercent;
        return change >= average + 4 ? OutlookCategory.MuchFaster
            : change >= average + 2 ? OutlookCategory.Faster
            : change >= average - 1 ? OutlookCategory.AboutAverage
            : change > 1 ? OutlookCategory.Slower
            : change >= -1 ? OutlookCategory.LittleOrNoChange
            : OutlookCategory.Declining;
    }

    public static string Percent(double change) => (change > 0 ? "+" : "") + change.ToString("0.#", CultureInfo.InvariantCulture)
        // Spanish writes a space before the sign (docs/spanish.md); the number itself keeps the US form in both languages.
        + (Data.SiteCultures.Current == Data.SiteCultures.Spanish ? "\u00a0%" : "%");

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
    LittleOrNoChange,
    Declining,
}
