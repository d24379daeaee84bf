using System.Globalization;

namespace CareerClusters.Web.Data;

/// <summary>
/// A job's yearly pay in the site's words. Here, below both, because the importer writes it into the search data
/// (Content/SearchDocuments) and the pages show it (Features/Shared/OccupationFacts): one wording for both.
/// </summary>
public static class PayWords
{
    /// <summary>"$98,430 a year" from BLS's median, "at least $239,200 a year" from its floor for wages above its top band, or null.</summary>
    public static string? Yearly(int? medianWage, int? atLeast) => (medianWage, atLeast) switch
    {
        (int wage, _) => $"{Dollars(wage)} a year",
        (null, int floor) => $"at least {Dollars(floor)} a year",
        _ => null,
    };

    /// <summary>"$98,430".</summary>
    public static string Dollars(int amount) => "$" + amount.ToString("N0", CultureInfo.InvariantCulture);
}
