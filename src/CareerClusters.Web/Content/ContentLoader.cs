using System.Security.Cryptography;
using System.Text;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// Reads a content folder: every Markdown file is parsed (front matter + body) and then the whole set is
/// validated, so an admin sees every problem at once.
/// </summary>
public static class ContentLoader
{
    public const string ClustersFolder = "clusters";
    public const string PathwaysFolder = "pathways";
    public const string OccupationsFolder = "occupations";
    public const string GuidesFolder = "guides";
    public const string HomeFile = "home.md";

    /// <summary>Where each framework's cluster and pathway (sub-cluster) files live: the 16 at the top, others in frameworks/{framework}/.</summary>
    public static readonly IReadOnlyList<FrameworkFolders> FrameworkFolders =
    [
        new(Frameworks.Sixteen, ClustersFolder, PathwaysFolder, Required: true),
        new(Frameworks.Modern2024, "frameworks/2024/clusters", "frameworks/2024/sub-clusters", Required: false),
    ];

    /// <summary>The framework whose cluster or pathway folder holds a file (by its path in the content folder), or null.</summary>
    public static string? FrameworkOfFile(string relativePath, bool cluster) =>
        FrameworkFolders.FirstOrDefault(f => relativePath.StartsWith((cluster ? f.Clusters : f.Pathways) + "/", StringComparison.Ordinal))?.Framework;

    /// <summary>
    /// Reads the folder, again if a file changed while it was being read: a git pull or "save all" that lands in
    /// the middle of a read would otherwise give a mix of old and new files.
    /// </summary>
    public static ContentLoadResult LoadConsistently(string contentPath, Action onReread, PublishedPages? lastGood = null, string? localPath = null)
    {
        for (int attempt = 1; ; attempt++)
        {
            string before = Fingerprint(contentPath, localPath);
            var result = Load(contentPath, lastGood, localPath);
            // A folder that never settles (a very long checkout) is read as it is; the watcher reloads once it is quiet.
            if (Fingerprint(contentPath, localPath) == before || attempt == 20)
            {
                return result with { Fingerprint = before };
            }
            onReread();
            Thread.Sleep(20);
        }
    }

    /// <summary>
    /// A text that changes when any file in the content folder is added, removed or written (its name, size and
    /// time written), and is the same in every run: a database imported from the same folder can be used again.
    /// </summary>
    /// <param name="localPath">The district's folder, when the site has one: its files count too, so pages and caches change with them.</param>
    public static string Fingerprint(string contentPath, string? localPath = null)
    {
        if (!Directory.Exists(contentPath))
        {
            return "";
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(DirectoryInfo root, string prefix)
        {
            foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(
                    FormattableString.Invariant($"{prefix}{Path.GetRelativePath(root.FullName, file.FullName)}\0{file.Length}\0{file.LastWriteTimeUtc.Ticks}\n")));
            }
        }
        Add(new DirectoryInfo(contentPath), "");
        if (localPath is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\0local\0{LocalContent.RootOf(localPath)}\0{Directory.Exists(localPath)}\n"));
            if (Directory.Exists(localPath))
            {
                Add(new DirectoryInfo(localPath), "local\0");
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <param name="lastGood">The pages of the generation being served: a page among them that the folder no longer makes is an error.</param>
    /// <param name="localPath">The district's own folder (Content:LocalPath), or null: its files are added to the national ones.</param>
    public static ContentLoadResult Load(string contentPath, PublishedPages? lastGood = null, string? localPath = null)
    {
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(contentPath))
        {
            problems.Add(new ContentProblem(contentPath, 1, 1, "the content folder does not exist (set Content:Path to the folder that holds clusters/, pathways/ and occupations/)"));
        }

        var unread = new List<string>();
        var local = localPath is null ? null : LocalContentReader.Read(localPath, problems, unread);
        // A file in another language (health-science.es.md) holds the words of its English twin: it makes no page of its own.
        var translations = new List<ContentTranslation>();
        var content = new ContentSet
        {
            Clusters = ContentTranslations.Split(FrameworkFolders.SelectMany(f => ReadFolder<ClusterFrontMatter>(contentPath, f.Clusters, problems, unread, f)),
                TranslationKinds.Cluster, m => new TranslatedWords(m.Title, m.Summary) { IsThisYou = m.IsThisYou }, translations, byFramework: true),
            Pathways = ContentTranslations.Split(FrameworkFolders.SelectMany(f => ReadFolder<PathwayFrontMatter>(contentPath, f.Pathways, problems, unread, f)),
                TranslationKinds.Pathway, m => new TranslatedWords(m.Title, m.Summary), translations, byFramework: true),
            Occupations = ContentTranslations.Split(ReadFolder<OccupationFrontMatter>(contentPath, OccupationsFolder, problems, unread),
                TranslationKinds.Occupation, m => new TranslatedWords(m.Title, null) { WaysIn = m.WaysIn }, translations),
            Guides = ContentTranslations.Split([.. ReadFolder<GuideFrontMatter>(contentPath, GuidesFolder, problems, unread), .. local?.Guides ?? []],
                TranslationKinds.Guide, m => new TranslatedWords(m.Title, m.Summary), translations),
            Home = ReadHome(contentPath, problems, translations),
            Translations = translations,
            UnreadFiles = unread,
            Synonyms = LocalRead.WithSynonyms(SynonymsReader.Read(contentPath, problems), local),
            TranslatedSynonyms = SiteCultures.All.Where(l => l != SiteCultures.Default)
                .ToDictionary(l => l, l => LocalRead.WithSynonyms(SynonymsReader.Read(contentPath, problems, l), local, l)),
            SearchIntents = [.. SearchIntentsReader.Read(contentPath, problems), .. local?.Intents ?? []],
            TranslatedSearchIntents = SiteCultures.All.Where(l => l != SiteCultures.Default)
                .ToDictionary(l => l, l => (IReadOnlyList<SearchIntentEntry>)[.. SearchIntentsReader.Read(contentPath, problems, l), .. local?.TranslatedIntents.GetValueOrDefault(l) ?? []]),
            NeverCorrect = NeverCorrectReader.Read(contentPath, problems),
            RetiredPages = [.. RetiredPages.Read(contentPath, problems), .. local?.RetiredPages ?? []],
            SurveyVersions = SurveyArchiveReader.Read(contentPath, problems),
            Data = OccupationDataReader.Read(contentPath, problems),
            Local = local?.Local,
        };
        if (Directory.Exists(contentPath))
        {
            // Sub-clusters of the 2024 framework take their jobs from Advance CTE's crosswalk, not from a list in the file.
            FrameworkPlacements.Apply(content);
            ContentValidator.Validate(content, problems, lastGood);
        }
        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new ContentLoadResult(content, ordered);
    }

    private static List<ContentFile<T>> ReadFolder<T>(string contentPath, string folder, List<ContentProblem> problems, List<string> unread,
        FrameworkFolders? framework = null)
        where T : class, new()
    {
        string directory = Path.Combine(contentPath, folder);
        if (!Directory.Exists(directory))
        {
            if (Directory.Exists(contentPath) && framework?.Required != false)
            {
                problems.Add(new ContentProblem($"{folder}/", 1, 1, $"the folder \"{folder}\" is missing from the content folder"));
            }
            return [];
        }
        // Files are independent until validation: parse them on every core, then keep the name order.
        var parsed = Directory.EnumerateFiles(directory, "*.md")
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var fileProblems = new List<ContentProblem>();
                string relativePath = $"{folder}/{Path.GetFileName(path)}";
                return (RelativePath: relativePath, File: ReadFile<T>(path, relativePath, fileProblems), Problems: fileProblems);
            })
            .ToList();
        var files = new List<ContentFile<T>>();
        foreach (var (relativePath, file, fileProblems) in parsed)
        {
            problems.AddRange(fileProblems);
            if (file is null)
            {
                unread.Add(relativePath);
            }
            else
            {
                files.Add(framework is null ? file : file with { Framework = framework.Framework });
            }
        }
        return files;
    }

    private static ContentFile<HomeFrontMatter>? ReadHome(string contentPath, List<ContentProblem> problems, List<ContentTranslation> translations)
    {
        if (Directory.Exists(contentPath))
        {
            ContentTranslations.ReadHome(contentPath, problems, translations);
        }
        string path = Path.Combine(contentPath, HomeFile);
        if (!File.Exists(path))
        {
            if (Directory.Exists(contentPath))
            {
                problems.Add(new ContentProblem(HomeFile, 1, 1, "home.md is missing: it holds the home page's introduction"));
            }
            return null;
        }
        return ReadFile<HomeFrontMatter>(path, HomeFile, problems);
    }

    public static ContentFile<T>? ReadFile<T>(string path, string relativePath, List<ContentProblem> problems)
        where T : class, new()
    {
        if (ContentText.Read(path, relativePath, problems) is not { } text)
        {
            return null;
        }
        if (text.Trim().Length == 0)
        {
            problems.Add(new ContentProblem(relativePath, 1, 1, "the file is empty")
            {
                Fix = "Write the front matter and the page's text (copying a similar file is the easiest start), or delete the file if the page is not wanted.",
            });
            return null;
        }
        if (!Validation.PageSizeRules.Check(text, relativePath, problems))
        {
            return null;
        }
        var body = MarkdownDocumentParser.Parse(text.Replace("\r\n", "\n"));
        var meta = FrontMatterReader.Read<T>(body.FrontMatterYaml, body.FrontMatterFirstLine, relativePath, problems, out var lines);
        var (slug, language) = SlugAndLanguage(Path.GetFileNameWithoutExtension(path));
        return meta is null ? null : new ContentFile<T>(relativePath, slug, meta, lines, body)
        {
            LastModified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero),
            Language = language,
        };
    }

    /// <summary>"health-science.es" is the page health-science in Spanish when Spanish is one of the site's languages; any other name is a slug as it stands.</summary>
    public static (string Slug, string Language) SlugAndLanguage(string name)
    {
        int dot = name.LastIndexOf('.');
        return dot > 0 && SiteCultures.IsKnown(name[(dot + 1)..]) && name[(dot + 1)..] != SiteCultures.Default
            ? (name[..dot], name[(dot + 1)..])
            : (name, SiteCultures.Default);
    }
}

/// <summary>The folders of one framework's cluster and pathway files; only the 16 clusters' folders must exist.</summary>
public sealed record FrameworkFolders(string Framework, string Clusters, string Pathways, bool Required);
