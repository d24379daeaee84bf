using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

// The addresses of the site in its languages: English has no prefix; another language is the same address under its
// code (/es/clusters/health-science). Views, queries and the importer write English addresses; the request's language
// is put on them where a page is drawn (LanguageLinkTagHelper, LanguageLinks, the view localizer's arguments) and on
// redirects (Features/Languages).
public static partial class SitePaths
{
    /// <summary>Where the language offer's buttons send the reader's choice (a POST that remembers it in a cookie).</summary>
    public const string LanguageChoice = "/language";

    /// <summary>
    /// The parts of the site a student or a family sees, which answer in every language. Counselors' and admin pages
    /// (lists, class boards, /admin), files and QR codes have one address only: under /es they move to the English one.
    /// </summary>
    private static readonly string[] SectionsInEveryLanguage =
        [Clusters, FrameworkPages, Occupations, Guides, Search, Survey, MyClusters, Compare, MyState, JoinClass, SearchApi];

    /// <summary>Counselors' and admin pages, the answers for scripts (but search's) and the language offer's answer: one address, in English.</summary>
    private static readonly string[] EnglishOnlySections = [Admin, Lists, Classes, Api, LanguageChoice];

    /// <summary>
    /// Whether an address has its English address only: under /es it moves there. Files (an address with an
    /// extension: /sitemap.xml, /qr.svg, /css/site.css) too. Any other address answers in the language, a 404 included.
    /// </summary>
    public static bool IsEnglishOnly(string address)
    {
        string path = PathOf(address);
        return !HasLanguageVersion(path)
            && (Path.HasExtension(path) || EnglishOnlySections.Any(section => path == section || path.StartsWith(section + "/", StringComparison.Ordinal)));
    }

    /// <summary>Whether an address (without a language prefix; a query or fragment is ignored) answers in every language.</summary>
    public static bool HasLanguageVersion(string address)
    {
        string path = PathOf(address);
        return path == Home || SectionsInEveryLanguage.Any(section => path == section || path.StartsWith(section + "/", StringComparison.Ordinal));
    }

    /// <summary>
    /// A link written as an English address, in <paramref name="culture"/>: a page that answers in every language gets
    /// the language's prefix, with its query and fragment; any other link (another site, a part of this page, a file,
    /// a counselor's page, an address already in a language) is returned as it is.
    /// </summary>
    public static string InLanguage(string href, string culture)
    {
        if (culture == SiteCultures.Default || href.Length == 0 || href[0] != '/' || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }
        string path = PathOf(href);
        return CultureOf(path) is null && HasLanguageVersion(path) ? InCulture(path, culture) + href[path.Length..] : href;
    }

    /// <summary>An address without its language prefix, and its language: ("/clusters", "es") for "/es/clusters", (path, "en") for an English one.</summary>
    public static (string Path, string Culture) WithoutCulture(string path)
    {
        if (CultureOf(path) is not { } culture)
        {
            return (path, SiteCultures.Default);
        }
        string rest = path[(culture.Length + 1)..];
        return (rest.Length == 0 ? Home : rest, culture);
    }

    private static string PathOf(string address) => address.IndexOfAny(['?', '#']) is var end and >= 0 ? address[..end] : address;
}
