using System.Text.RegularExpressions;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>File names and old names are web addresses: lowercase words joined by hyphens. Collisions are checked by <see cref="RedirectRules"/>.</summary>
internal static partial class SlugRules
{
    /// <summary>Checks the files' names and old names, and returns the names.</summary>
    public static HashSet<string> Check<T>(IReadOnlyList<ContentFile<T>> files, List<ContentProblem> problems, Func<ContentFile<T>, List<string>> redirects)
    {
        foreach (var file in files)
        {
            if (LanguageSuffix().Match(file.Slug) is { Success: true } suffix)
            {
                problems.Add(new ContentProblem(file.File, 1, 1,
                    $"the file name ends with \"{suffix.Value}\", which would make it a page in another language, but the site has no language \"{suffix.Value[1..]}\" yet (its languages: {string.Join(", ", SiteCultures.All)})"));
            }
            else if (!Slugs.Pattern().IsMatch(file.Slug))
            {
                problems.Add(new ContentProblem(file.File, 1, 1, $"the file name \"{file.Slug}\" must be lowercase words joined by hyphens, like \"health-science.md\": it becomes the page's web address")
                {
                    Fix = "Rename the file: small letters, digits and hyphens only, no spaces, ending in .md.",
                });
            }
            var old = redirects(file);
            for (int i = 0; i < old.Count; i++)
            {
                if (!Slugs.Pattern().IsMatch(old[i]))
                {
                    FileRules.Add(problems, file, file.Lines.OfItem("redirect_from", i), $"redirect_from \"{old[i]}\" must be lowercase words joined by hyphens");
                }
            }
        }
        return [.. files.Select(f => f.Slug)];
    }

    [GeneratedRegex(@"(?<=^[a-z0-9]+(-[a-z0-9]+)*)\.[a-z]{2}$")]
    private static partial Regex LanguageSuffix();
}
