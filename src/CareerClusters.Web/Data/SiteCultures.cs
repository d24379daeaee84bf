namespace CareerClusters.Web.Data;

/// <summary>
/// The languages the site is written in. English is the default and has no prefix in addresses; another language
/// lives under its code ("/es/clusters/health-science") once it is added here and its resource and content files exist.
/// </summary>
public static class SiteCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> All = [Default];

    public static bool IsKnown(string? culture) => culture is not null && All.Contains(culture);
}
