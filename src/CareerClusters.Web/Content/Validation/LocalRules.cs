using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// The district folder: site.yml names the district (and may give its state), and every section names a cluster,
/// pathway, sub-cluster or job page that exists, once, and has text. Its guides, search words and retired pages are
/// checked with the national ones; its links with <see cref="LinkRules"/>.
/// </summary>
internal static partial class LocalRules
{
    private const string PageExample = "page: /clusters/health-science";

    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        if (content.Local is not { } local)
        {
            return;
        }
        if (local.Site is { } site)
        {
            CheckSite(site, content, problems);
        }
        var nationalGuides = content.Guides.Where(g => !local.Owns(g.File)).Select(g => g.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var guide in content.Guides.Where(g => local.Owns(g.File) && nationalGuides.Contains(g.Slug)))
        {
            problems.Add(new ContentProblem(guide.File, 1, 1, $"the national content already has a guide at {SitePaths.Guide(guide.Slug)}: a district guide needs an address of its own")
            {
                Fix = $"Rename the file, for example to our-{guide.Slug}.md.",
            });
        }
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placement in DistrictPages.Place(content))
        {
            var file = placement.File;
            int line = file.Lines.Of("page");
            if (placement.Written is null)
            {
                FileRules.Add(problems, file, line, "missing required field \"page\": the address of the page this section is shown on",
                    $"Add a line such as \"{PageExample}\" between the two --- lines at the top (open the page on the site and copy its address).");
            }
            else if (placement.Page is null)
            {
                // A page whose own file could not be read is reported there already.
                if (!FileUnread(placement.Written, content))
                {
                    problems.Add(NoSuchPage(file, line, placement.Written, content));
                }
            }
            else if (!taken.TryAdd(placement.Page, local.Relative(file.File)))
            {
                FileRules.Add(problems, file, line, $"{taken[placement.Page]} already adds the district's part of {placement.Page}: a page has one district section",
                    $"Move this text into {taken[placement.Page]} (under a ## heading of its own), and delete this file.");
            }
            else if (placement.Moved)
            {
                problems.Add(new ContentProblem(file.File, line, 1,
                    $"the page {placement.Written} has moved to {placement.Page}; the section is shown there", ProblemSeverity.Warning)
                {
                    Fix = $"Change the line to \"page: {placement.Page}\".",
                });
            }
            if (file.Body.BodyIsEmpty)
            {
                FileRules.Add(problems, file, 1, "the section has no text", "Write what the district offers below the second --- line: courses, programs, clubs, contacts.");
            }
            else if (file.Body.Sections.Select(s => TitlePattern().Match(s.Html)).FirstOrDefault(m => m.Success) is { } title)
            {
                FileRules.Add(problems, file, 1, $"the heading \"# {System.Net.WebUtility.HtmlDecode(title.Groups[1].Value)}\" starts with a single #, which would be a second title on the page",
                    "Start each part of the section with ## (two # signs and a space), like: ## Courses at our high schools");
            }
        }
    }

    private static void CheckSite(DistrictSite site, ContentSet content, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(site.Meta.Name))
        {
            problems.Add(new ContentProblem(site.File, site.Lines.Of("name"), 1, "missing required field \"name\": the district's name, shown above its part of each page")
            {
                Fix = "Add the line: name: \"Your School District\"",
            });
        }
        if (site.Meta.State is { } state && StateCodeOf(state, content) is null)
        {
            problems.Add(new ContentProblem(site.File, site.Lines.Of("state"), 1, $"unknown state \"{state}\": write the state's two-letter code or its name")
            {
                Fix = "Write the state as its postal code or its full name, like: state: CA (or state: California); or delete the line.",
            });
        }
    }

    /// <summary>The code of a state written as its code or its name (any case), or null when no row of the states file matches.</summary>
    public static string? StateCodeOf(string written, ContentSet content)
    {
        string text = written.Trim();
        return content.Data.States.FirstOrDefault(s => s.Code.Equals(text, StringComparison.OrdinalIgnoreCase)
            || s.Name.Equals(text, StringComparison.OrdinalIgnoreCase) || s.Slug.Equals(text, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private static ContentProblem NoSuchPage(ContentFile<DistrictSectionFrontMatter> file, int line, string written, ContentSet content)
    {
        if (SitePaths.ParsePage(written) is null)
        {
            return new ContentProblem(file.File, line, 1,
                $"{written} is not a cluster, pathway, sub-cluster or job page: a district section is shown on one of those")
            {
                Fix = $"Write the address of a cluster, pathway or job page, like \"{PageExample}\"; for a page of your own, write a guide in the district folder's guides/ instead.",
            };
        }
        string slug = written[(written.LastIndexOf('/') + 1)..];
        var pages = DistrictPages.PagesWithSections(content);
        // The same page name under another cluster, else an address a typo or two away ("helth-science").
        var alike = pages.Where(p => p.EndsWith("/" + slug, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? pages.Select(p => (Page: p, Distance: Distance(p, written))).Where(p => p.Distance <= 3)
                .OrderBy(p => p.Distance).ThenBy(p => p.Page, StringComparer.Ordinal).Select(p => p.Page).FirstOrDefault();
        return new ContentProblem(file.File, line, 1, $"no page has the address {written}")
        {
            Fix = alike is not null
                ? $"Did you mean \"page: {alike}\"? Open the page on the site and copy its address from the browser's address bar."
                : "Open the page on the site, copy its address from the browser's address bar and paste it after \"page:\"; or delete this file if the page is gone.",
        };
    }

    /// <summary>True when the national file that would make this address is there but could not be read.</summary>
    private static bool FileUnread(string address, ContentSet content) => content.UnreadFiles.Any(file =>
    {
        string slug = Path.GetFileNameWithoutExtension(file);
        if (file.StartsWith(ContentLoader.OccupationsFolder + "/", StringComparison.Ordinal))
        {
            return address == SitePaths.Occupation(slug);
        }
        if (ContentLoader.FrameworkOfFile(file, cluster: true) is { } framework)
        {
            return address == SitePaths.Cluster(framework, slug);
        }
        return ContentLoader.FrameworkOfFile(file, cluster: false) is { } pathwayFramework && SitePaths.PathwaySlugOf(address) == slug
            && address.StartsWith(SitePaths.Framework(pathwayFramework) + "/", StringComparison.Ordinal);
    });

    [System.Text.RegularExpressions.GeneratedRegex("<h1[^>]*>(.*?)</h1>")]
    private static partial System.Text.RegularExpressions.Regex TitlePattern();

    /// <summary>How many letters must change to turn one address into the other (Levenshtein), stopping early past a few.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
