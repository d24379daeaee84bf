using System.Globalization;
using System.Text;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// A page file's size. A long page is slow on a phone and to print (a warning); a huge one (a whole document pasted
/// by mistake) would swell the server's memory and is not loaded at all (an error).
/// </summary>
public static class PageSizeRules
{
    public const int WarningBytes = 200 * 1024;
    public const int ErrorBytes = 2 * 1024 * 1024;

    /// <summary>Adds a warning or an error for a large page; false when the page is too large to load.</summary>
    public static bool Check(string text, string relativePath, List<ContentProblem> problems)
    {
        // Every character is at least one byte: most files are far below the limits and are not counted.
        if (text.Length * 3 <= WarningBytes)
        {
            return true;
        }
        int bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > ErrorBytes)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the page is {Size(bytes)}, over the limit of 2 MB, so it was not loaded")
            {
                Fix = "Check that a whole document was not pasted in by mistake; split a long page into shorter ones that link to each other.",
            });
            return false;
        }
        if (bytes > WarningBytes)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, $"the page is {Size(bytes)}; a page over 200 KB is slow to open on a phone and long to print", ProblemSeverity.Warning)
            {
                Fix = "Split it into shorter pages that link to each other, or remove material pasted in by mistake.",
            });
        }
        return true;
    }

    /// <summary>"250 KB", "5.4 MB".</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / 1024.0)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");
}
