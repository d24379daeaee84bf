using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>A district folder as read: its own part, and the files it adds to the national lists (guides, search words, retired pages).</summary>
public sealed record LocalRead(
    LocalContent Local,
    IReadOnlyList<ContentFile<GuideFrontMatter>> Guides,
    IReadOnlyList<Synonym> Synonyms,
    IReadOnlyList<SearchIntentEntry> Intents,
    IReadOnlyList<RetiredPage> RetiredPages)
{
    /// <summary>The district's search/synonyms.es.yml and the like, by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Synonym>> TranslatedSynonyms { get; init; } = new Dictionary<string, IReadOnlyList<Synonym>>();

    /// <summary>The district's search/intents.es.yml and the like, by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchIntentEntry>> TranslatedIntents { get; init; } = new Dictionary<string, IReadOnlyList<SearchIntentEntry>>();

    /// <summary>
    /// The national synonyms with the district's: a term both files have searches for both right sides (the district
    /// adds alternatives; a later national update that adds the same term never clashes with it).
    /// </summary>
    public static IReadOnlyList<Synonym> WithSynonyms(IReadOnlyList<Synonym> national, LocalRead? local, string language = SiteCultures.Default)
    {
        var district = local is null ? [] : language == SiteCultures.Default ? local.Synonyms : local.TranslatedSynonyms.GetValueOrDefault(language) ?? [];
        if (district.Count == 0)
        {
            return national;
        }
        var added = district.ToDictionary(s => s.Term, StringComparer.Ordinal);
        var merged = national.Select(s => added.Remove(s.Term, out var extra) ? s with { Expansion = $"{s.Expansion}, {extra.Expansion}" } : s).ToList();
        merged.AddRange(district.Where(s => added.ContainsKey(s.Term)));
        return merged;
    }
}

/// <summary>
/// Reads a district folder (Content:LocalPath) with the national readers, naming every file by its full path:
/// site.yml, sections/ (any sub-folders), guides/, search/synonyms.yml, search/intents.yml (and their Spanish
/// search/synonyms.es.yml, search/intents.es.yml) and retired-pages.txt.
/// A file anywhere else is a warning: the site would not show it, and an editor should know.
/// </summary>
public static class LocalContentReader
{
    public static LocalRead Read(string localPath, List<ContentProblem> problems, List<string> unread)
    {
        var local = new LocalContent(LocalContent.RootOf(localPath));
        if (!Directory.Exists(localPath))
        {
            problems.Add(new ContentProblem(local.FileName(""), 1, 1, "the district folder does not exist")
            {
                Fix = "Create the folder, or set Content:LocalPath (check-content: --local) to the folder that holds the district's site.yml.",
            });
            return new LocalRead(local, [], [], [], []);
        }
        local = local with
        {
            Site = ReadSite(localPath, local, problems),
            Sections = ReadMarkdown<DistrictSectionFrontMatter>(localPath, LocalContent.SectionsFolder, SearchOption.AllDirectories, local, problems, unread),
        };
        var guides = ReadMarkdown<GuideFrontMatter>(localPath, ContentLoader.GuidesFolder, SearchOption.TopDirectoryOnly, local, problems, unread);
        var synonyms = Renamed(local, SynonymsReader.FileName, problems, () => SynonymsReader.Read(localPath, problems));
        var intents = Renamed(local, SearchIntentsReader.FileName, problems, () => SearchIntentsReader.Read(localPath, problems))
            .Select(i => i with { File = local.FileName(SearchIntentsReader.FileName) }).ToList();
        var otherLanguages = SiteCultures.All.Where(l => l != SiteCultures.Default).ToList();
        var translatedSynonyms = otherLanguages.ToDictionary(l => l,
            l => Renamed(local, SynonymsReader.FileNameFor(l), problems, () => SynonymsReader.Read(localPath, problems, l)));
        var translatedIntents = otherLanguages.ToDictionary(l => l,
            l => (IReadOnlyList<SearchIntentEntry>)[.. Renamed(local, SearchIntentsReader.FileNameFor(l), problems, () => SearchIntentsReader.Read(localPath, problems, l))
                .Select(i => i with { File = local.FileName(SearchIntentsReader.FileNameFor(l)) })]);
        var retired = Renamed(local, RetiredPages.FileName, problems, () => RetiredPages.Read(localPath, problems))
            .Select(r => r with { File = local.FileName(RetiredPages.FileName) }).ToList();
        WarnAboutOtherFiles(localPath, local, problems);
        return new LocalRead(local, guides, synonyms, intents, retired) { TranslatedSynonyms = translatedSynonyms, TranslatedIntents = translatedIntents };
    }

    private static DistrictSite? ReadSite(string localPath, LocalContent local, List<ContentProblem> problems)
    {
        string file = local.FileName(LocalContent.SiteFile);
        string path = Path.Combine(localPath, LocalContent.SiteFile);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(file, 1, 1, "site.yml is missing from the district folder: it gives the district's name, shown above the district's part of each page")
            {
                Fix = "Create site.yml in the district folder with the line: name: \"Your School District\" (and, if you like, state: CA).",
            });
            return null;
        }
        if (ContentText.Read(path, file, problems) is not { } text)
        {
            return null;
        }
        if (text.Trim().Length == 0)
        {
            problems.Add(new ContentProblem(file, 1, 1, "the file is empty") { Fix = "Write the line: name: \"Your School District\"" });
            return null;
        }
        var meta = FrontMatterReader.Read<DistrictSiteFrontMatter>(text.Replace("\r\n", "\n"), 1, file, problems, out var lines);
        return meta is null ? null : new DistrictSite(file, meta, lines);
    }

    private static List<ContentFile<T>> ReadMarkdown<T>(string localPath, string folder, SearchOption depth, LocalContent local,
        List<ContentProblem> problems, List<string> unread)
        where T : class, new()
    {
        string directory = Path.Combine(localPath, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var files = new List<ContentFile<T>>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.md", depth).Order(StringComparer.Ordinal))
        {
            string name = local.FileName(Path.GetRelativePath(localPath, path).Replace('\\', '/'));
            if (ContentLoader.ReadFile<T>(path, name, problems) is { } file)
            {
                files.Add(file);
            }
            else
            {
                unread.Add(name);
            }
        }
        return files;
    }

    /// <summary>Runs a national reader over the district folder; its problems name the district's file, not the national one.</summary>
    private static IReadOnlyList<T> Renamed<T>(LocalContent local, string relativePath, List<ContentProblem> problems, Func<IReadOnlyList<T>> read)
    {
        int before = problems.Count;
        var result = read();
        for (int i = before; i < problems.Count; i++)
        {
            if (problems[i].File == relativePath)
            {
                problems[i] = problems[i] with { File = local.FileName(relativePath) };
            }
        }
        return result;
    }

    /// <summary>The files the site reads in a district folder; anything else (but notes and hidden files) is a warning.</summary>
    private static void WarnAboutOtherFiles(string localPath, LocalContent local, List<ContentProblem> problems)
    {
        foreach (string path in Directory.EnumerateFiles(localPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(localPath, path).Replace('\\', '/');
            bool read = relative is LocalContent.SiteFile or SynonymsReader.FileName or SearchIntentsReader.FileName or RetiredPages.FileName
                || SiteCultures.All.Any(l => relative == SynonymsReader.FileNameFor(l) || relative == SearchIntentsReader.FileNameFor(l))
                || (relative.StartsWith(LocalContent.SectionsFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal))
                || (relative.StartsWith(ContentLoader.GuidesFolder + "/", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1 && relative.EndsWith(".md", StringComparison.Ordinal));
            bool note = Path.GetFileName(relative).StartsWith("README", StringComparison.OrdinalIgnoreCase)
                || relative.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~'));
            if (!read && !note)
            {
                problems.Add(new ContentProblem(local.FileName(relative), 1, 1,
                    "the site does not read this file: a district folder holds site.yml, sections/, guides/, search/synonyms.yml, search/intents.yml (and their .es.yml) and retired-pages.txt",
                    ProblemSeverity.Warning)
                {
                    Fix = "To add a part to a page, move the text into a file in sections/ that starts with page: and the page's address; otherwise delete the file or name it README.",
                });
            }
        }
    }
}
