using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>
/// One content file in another language than English (clusters/health-science.es.md): the words of the English file
/// of the same name (its "twin"). Only its title, summary and body are read; the page's structure comes from the twin.
/// </summary>
/// <param name="Kind">A <see cref="TranslationKinds"/> value.</param>
/// <param name="Framework">A cluster's or pathway's framework (from its folder); empty for the other kinds.</param>
public sealed record ContentTranslation(string Kind, string Framework, string Slug, string Language, string File, FieldLines Lines, ParsedMarkdown Body,
    TranslatedWords Words)
{
    public DateTimeOffset LastModified { get; init; }

    public string? Title => Words.Title;

    public string? Summary => Words.Summary;

    /// <summary>The English page this file translates.</summary>
    public (string Kind, string Framework, string Slug) Twin => (Kind, Framework, Slug);
}

/// <summary>
/// The words a translation's front matter gives: title and summary, and the lists a page shows from its front matter
/// (a cluster's "Is this you?" statements, a job's steps in), each item translating the English item at its place.
/// </summary>
public sealed record TranslatedWords(string? Title, string? Summary)
{
    public IsThisYouFrontMatter? IsThisYou { get; init; }

    public WaysInFrontMatter? WaysIn { get; init; }
}

/// <summary>Sets the files of other languages apart from the English ones as a folder is read: the English files make the pages.</summary>
public static class ContentTranslations
{
    /// <summary>The front matter fields a translation of <paramref name="kind"/> may have: its words. Anything else comes from the English twin.</summary>
    public static IReadOnlyList<string> WordFieldsOf(string kind) => kind switch
    {
        TranslationKinds.Cluster => ["title", "summary", "is_this_you"],
        TranslationKinds.Occupation => ["title", "ways_in"],
        _ => ["title", "summary"],
    };

    /// <summary>The English files of <paramref name="files"/>; the others are added to <paramref name="translations"/>.</summary>
    public static List<ContentFile<T>> Split<T>(IEnumerable<ContentFile<T>> files, string kind, Func<T, TranslatedWords> words,
        List<ContentTranslation> translations, bool byFramework = false)
    {
        var english = new List<ContentFile<T>>();
        foreach (var file in files)
        {
            if (file.Language == SiteCultures.Default)
            {
                english.Add(file);
            }
            else
            {
                translations.Add(new ContentTranslation(kind, byFramework ? file.Framework : "", file.Slug, file.Language, file.File, file.Lines, file.Body,
                    words(file.Meta)) { LastModified = file.LastModified });
            }
        }
        return english;
    }

    /// <summary>home.es.md and the like: the home page in each other language that has a file.</summary>
    public static void ReadHome(string contentPath, List<ContentProblem> problems, List<ContentTranslation> translations)
    {
        foreach (string language in SiteCultures.All.Where(l => l != SiteCultures.Default))
        {
            string name = $"{Path.GetFileNameWithoutExtension(ContentLoader.HomeFile)}.{language}.md";
            string path = Path.Combine(contentPath, name);
            if (File.Exists(path) && ContentLoader.ReadFile<HomeFrontMatter>(path, name, problems) is { } file)
            {
                translations.Add(new ContentTranslation(TranslationKinds.Home, "", TranslationKinds.HomeSlug, language, name, file.Lines, file.Body,
                    new TranslatedWords(file.Meta.Title, file.Meta.Summary)) { LastModified = file.LastModified });
            }
        }
    }

    /// <summary>The English address of the page a translation is for, or null when it has no twin (an error).</summary>
    public static string? EnglishPathOf(ContentSet content, ContentTranslation translation) => translation.Kind switch
    {
        TranslationKinds.Cluster => content.Clusters.Any(c => c.Framework == translation.Framework && c.Slug == translation.Slug)
            ? SitePaths.Cluster(translation.Framework, translation.Slug) : null,
        TranslationKinds.Pathway => content.Pathways.FirstOrDefault(p => p.Framework == translation.Framework && p.Slug == translation.Slug) is { Meta.Cluster: { } cluster }
            ? SitePaths.Pathway(translation.Framework, cluster, translation.Slug) : null,
        TranslationKinds.Occupation => content.Occupations.Any(o => o.Slug == translation.Slug) ? SitePaths.Occupation(translation.Slug) : null,
        TranslationKinds.Guide => content.Guides.Any(g => g.Slug == translation.Slug) ? SitePaths.Guide(translation.Slug) : null,
        _ => content.Home is null ? null : SitePaths.Home,
    };

    /// <summary>The English twin's sections, for <see cref="Aligned"/>; none when there is no twin.</summary>
    public static IReadOnlyList<PageSection> TwinSections(ContentSet content, ContentTranslation translation) => translation.Kind switch
    {
        TranslationKinds.Cluster => content.Clusters.FirstOrDefault(c => c.Framework == translation.Framework && c.Slug == translation.Slug)?.Body.Sections,
        TranslationKinds.Pathway => content.Pathways.FirstOrDefault(p => p.Framework == translation.Framework && p.Slug == translation.Slug)?.Body.Sections,
        TranslationKinds.Occupation => content.Occupations.FirstOrDefault(o => o.Slug == translation.Slug)?.Body.Sections,
        TranslationKinds.Guide => content.Guides.FirstOrDefault(g => g.Slug == translation.Slug)?.Body.Sections,
        _ => content.Home?.Body.Sections,
    } ?? [];

    /// <summary>For each language besides English, the pages made from a content file (by English address) that have no file in it yet.</summary>
    public static LanguageCoverage Coverage(ContentSet content)
    {
        var pages = new List<string>();
        if (content.Home is not null)
        {
            pages.Add(SitePaths.Home);
        }
        pages.AddRange(content.Clusters.Select(c => SitePaths.Cluster(c.Framework, c.Slug)));
        pages.AddRange(content.Pathways.Where(p => p.Meta.Cluster is not null).Select(p => SitePaths.Pathway(p.Framework, p.Meta.Cluster!, p.Slug)));
        pages.AddRange(content.Occupations.Select(o => SitePaths.Occupation(o.Slug)));
        pages.AddRange(content.Guides.Select(g => SitePaths.Guide(g.Slug)));
        var missing = new Dictionary<string, List<string>>();
        foreach (string language in SiteCultures.All.Where(l => l != SiteCultures.Default))
        {
            var done = content.Translations.Where(t => t.Language == language).Select(t => EnglishPathOf(content, t)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            missing[language] = [.. pages.Where(p => !done.Contains(p)).Distinct(StringComparer.Ordinal)];
        }
        return new LanguageCoverage(missing);
    }

    /// <summary>
    /// A translation's sections, each headed one with the anchor of the twin's headed section at the same place, so
    /// "On this page", links to a part of the page and the comparison's sections (read by anchor) work in every language.
    /// When the two files have a different number of sections (a warning), the translation keeps its own anchors.
    /// </summary>
    public static List<PageSection> Aligned(IReadOnlyList<PageSection> translated, IReadOnlyList<PageSection> twin)
    {
        var theirs = twin.Where(s => s.Heading is not null).ToList();
        if (theirs.Count != translated.Count(s => s.Heading is not null))
        {
            return [.. translated];
        }
        int next = 0;
        return [.. translated.Select(s => s.Heading is null ? s : s with { Anchor = theirs[next++].Anchor })];
    }
}
