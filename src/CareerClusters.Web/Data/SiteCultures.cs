using System.Globalization;

namespace CareerClusters.Web.Data;

/// <summary>
/// The languages the site is written in. English is the default and has no prefix in addresses; Spanish lives under
/// its code ("/es/clusters/health-science"): its words come from resource files (Resources/) and content files
/// named like "health-science.es.md", with English shown, marked, wherever a Spanish text does not exist yet.
/// </summary>
public static class SiteCultures
{
    public const string Default = "en";

    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> All = [Default, Spanish];

    public static bool IsKnown(string? culture) => culture is not null && All.Contains(culture);

    /// <summary>The language of the request being served (its address names it, see AddressCultureProvider); the default outside a request.</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name is var name && IsKnown(name) ? name : Default;

    /// <summary>A language's name in that language, as a language switch shows it ("Español" on an English page).</summary>
    public static string NativeName(string culture) => culture switch
    {
        Spanish => "Español",
        _ => "English",
    };
}
