namespace CareerClusters.Web.Content;

/// <summary>The district folder's site.yml: the district's name (the label of "In our district") and its state.</summary>
public sealed class DistrictSiteFrontMatter
{
    public string? Name { get; set; }

    /// <summary>The state for the job pages' "my state" links when a student has picked none: a code ("CA") or a name.</summary>
    public string? State { get; set; }
}

/// <summary>A district section file (sections/*.md): the address of the page it is shown on, then Markdown.</summary>
public sealed class DistrictSectionFrontMatter
{
    /// <summary>The page's address as the browser shows it: "/clusters/health-science" (a full https:// address works too).</summary>
    public string? Page { get; set; }
}

/// <summary>The district's site.yml as read, with the line of each field.</summary>
public sealed record DistrictSite(string File, DistrictSiteFrontMatter Meta, FieldLines Lines);

/// <summary>
/// What a district's own folder (Content:LocalPath) adds to the national content: its site.yml, a section for any
/// cluster, pathway, sub-cluster or job page, and its own guides, synonyms, intents and retired pages (merged into the
/// <see cref="ContentSet"/>'s lists). It lives outside content/, so a national update never overwrites it.
/// Its files are named by their full path (<see cref="FileName"/>), so every problem names the district's own file.
/// </summary>
public sealed record LocalContent(string Root)
{
    public const string SiteFile = "site.yml";
    public const string SectionsFolder = "sections";

    public DistrictSite? Site { get; init; }

    public IReadOnlyList<ContentFile<DistrictSectionFrontMatter>> Sections { get; init; } = [];

    /// <summary>The name problems and pages use for a file of the district folder: its full path, with forward slashes.</summary>
    public string FileName(string relativePath) => $"{Root.TrimEnd('/')}/{relativePath}";

    /// <summary>True for a file name made by <see cref="FileName"/>.</summary>
    public bool Owns(string file) => file.StartsWith(Root.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>A district file's name inside the district folder ("sections/health-science.md"); any other name as it is.</summary>
    public string Relative(string file) => Owns(file) ? file[(Root.TrimEnd('/').Length + 1)..] : file;

    /// <summary>The full path of a folder, written the way <see cref="FileName"/> writes it.</summary>
    public static string RootOf(string localPath) => Path.GetFullPath(localPath).Replace('\\', '/').TrimEnd('/');
}

/// <summary>Where the site reads its content: the national folder, and the district's own folder when there is one.</summary>
public sealed record ContentFolders(string Content, string? Local = null);
