using System.Globalization;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Files in another language (health-science.es.md): each translates an English file of the same name (its twin),
/// holds only words (title, summary, body), leads to the same pages as its twin and has the same sections. The English
/// pages with no translation yet are counted in one warning per language, once that language has a file.
/// </summary>
internal static class TranslationRules
{
    private sealed record Twin(string File, ParsedMarkdown Body, bool HasSummary)
    {
        public IsThisYouFrontMatter? IsThisYou { get; init; }

        public WaysInFrontMatter? WaysIn { get; init; }
    }

    public static void Check(ContentSet content, List<ContentProblem> problems)
    {
        var twins = TwinsOf(content);
        foreach (var translation in content.Translations)
        {
            if (!twins.TryGetValue(translation.Twin, out var twin))
            {
                problems.Add(new ContentProblem(translation.File, 1, 1,
                    $"{translation.File} has no English file to translate: a {LanguageName(translation.Language)} file holds the words of the English file of the same name, {EnglishFileOf(translation)}, which does not exist")
                {
                    Fix = $"Name the file after an English file (clusters/health-science.{translation.Language}.md translates clusters/health-science.md), or write the English file first.",
                });
                continue;
            }
            CheckWords(translation, twin, problems);
            TranslatedListRules.Check(translation, twin.File, twin.IsThisYou, twin.WaysIn, problems);
            CheckLinks(translation, twin, problems);
            int theirs = twin.Body.Sections.Count(s => s.Heading is not null);
            int ours = translation.Body.Sections.Count(s => s.Heading is not null);
            if (theirs != ours)
            {
                problems.Add(new ContentProblem(translation.File, 1, 1,
                    $"this file has {ours} \"## \" section(s) and its English twin {twin.File} has {theirs}: the page's parts, \"On this page\" and the comparison follow the English sections", ProblemSeverity.Warning)
                {
                    Fix = $"Translate every \"## \" heading of {twin.File}, in the same order, and no others.",
                });
            }
        }
        CountUntranslated(content, twins, problems);
    }

    private static void CheckWords(ContentTranslation translation, Twin twin, List<ContentProblem> problems)
    {
        foreach (string field in translation.Lines.Keys.Where(k => !ContentTranslations.WordFieldsOf(translation.Kind).Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new ContentProblem(translation.File, translation.Lines.Of(field), 1,
                $"\"{field}\" is not read from a {LanguageName(translation.Language)} file: only the words ({string.Join(", ", ContentTranslations.WordFieldsOf(translation.Kind))} and the text) are; everything else comes from {twin.File}", ProblemSeverity.Warning)
            {
                Fix = $"Remove the line \"{field}: ...\" (and the lines under it) from this file; change it in {twin.File} if it should change.",
            });
        }
        string Required(string field) => $"Add a line \"{field}: ...\" with the {LanguageName(translation.Language)} {field} between the two --- lines at the top of the file.";
        if (string.IsNullOrWhiteSpace(translation.Title))
        {
            problems.Add(new ContentProblem(translation.File, translation.Lines.Of("title"), 1, "missing required field \"title\"") { Fix = Required("title") });
        }
        if (twin.HasSummary && string.IsNullOrWhiteSpace(translation.Summary))
        {
            problems.Add(new ContentProblem(translation.File, translation.Lines.Of("summary"), 1, "missing required field \"summary\"") { Fix = Required("summary") });
        }
        if (translation.Body.BodyIsEmpty && !twin.Body.BodyIsEmpty)
        {
            problems.Add(new ContentProblem(translation.File, 1, 1, "the page has no text") { Fix = $"Write the {LanguageName(translation.Language)} text of {twin.File} below the second --- line." });
        }
    }

    /// <summary>Links to this site's pages and to parts of the page: both languages lead to the same places (other sites may differ: a Spanish page may link a Spanish source).</summary>
    private static void CheckLinks(ContentTranslation translation, Twin twin, List<ContentProblem> problems)
    {
        static string Key(BodyLink link) => link.Url.Split('?')[0].TrimEnd('/') is { Length: > 0 } url ? url : "/";
        var theirs = twin.Body.Links.Where(IsInSite).ToList();
        var ours = translation.Body.Links.Where(IsInSite).ToList();
        var theirKeys = theirs.Select(Key).ToHashSet(StringComparer.Ordinal);
        var ourKeys = ours.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var link in ours.Where(l => !theirKeys.Contains(Key(l))).DistinctBy(Key))
        {
            problems.Add(new ContentProblem(translation.File, link.Line, link.Column,
                $"the link \"{link.Url}\" is not in the English twin {twin.File}: both languages should lead to the same pages", ProblemSeverity.Warning)
            {
                Fix = $"Link the page {twin.File} links to at this place, or add the same link to {twin.File}.",
            });
        }
        foreach (var link in theirs.Where(l => !ourKeys.Contains(Key(l))).DistinctBy(Key))
        {
            problems.Add(new ContentProblem(translation.File, 1, 1,
                $"the English twin links to \"{link.Url}\" ({twin.File}:{link.Line}) and this file does not: both languages should lead to the same pages", ProblemSeverity.Warning)
            {
                Fix = $"Add the link \"{link.Url}\" where the English text has it (write this site's addresses as in English: the site shows each reader the page in their language).",
            });
        }
    }

    private static bool IsInSite(BodyLink link) => link.Url.StartsWith('/') || link.Url.StartsWith('#');

    /// <summary>One warning per language that has begun: how many English pages of each kind have no text in it yet.</summary>
    private static void CountUntranslated(ContentSet content, Dictionary<(string, string, string), Twin> twins, List<ContentProblem> problems)
    {
        foreach (var language in content.Translations.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var done = content.Translations.Where(t => t.Language == language).Select(t => t.Twin).ToHashSet();
            var kinds = twins.Keys.GroupBy(KindName).Select(g => (Name: g.Key, Total: g.Count(), Missing: g.Count(k => !done.Contains(k)))).Where(k => k.Missing > 0).ToList();
            if (kinds.Count == 0)
            {
                continue;
            }
            string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
            problems.Add(new ContentProblem($"*.{language}.md", 1, 1,
                $"{Count(kinds.Sum(k => k.Missing))} English pages have no {LanguageName(language)} text yet, and show in English under /{language}/ with a notice: " +
                string.Join(", ", kinds.Select(k => $"{k.Name} {Count(k.Missing)} of {Count(k.Total)}")), ProblemSeverity.Warning)
            {
                Fix = $"Add a {LanguageName(language)} file beside an English one (clusters/health-science.{language}.md beside clusters/health-science.md) with its title, summary and text: see docs/content.md and docs/spanish.md.",
            });
        }
    }

    private static string KindName((string Kind, string Framework, string Slug) page) => page switch
    {
        (TranslationKinds.Cluster, Frameworks.Sixteen, _) => "clusters",
        (TranslationKinds.Cluster, _, _) => $"{page.Framework} clusters",
        (TranslationKinds.Pathway, Frameworks.Sixteen, _) => "pathways",
        (TranslationKinds.Pathway, _, _) => $"{page.Framework} sub-clusters",
        (TranslationKinds.Occupation, _, _) => "jobs",
        (TranslationKinds.Guide, _, _) => "guides",
        _ => "home page",
    };

    private static Dictionary<(string, string, string), Twin> TwinsOf(ContentSet content)
    {
        var twins = new Dictionary<(string, string, string), Twin>();
        foreach (var f in content.Clusters)
        {
            twins.TryAdd((TranslationKinds.Cluster, f.Framework, f.Slug), new Twin(f.File, f.Body, true) { IsThisYou = f.Meta.IsThisYou });
        }
        foreach (var f in content.Pathways)
        {
            twins.TryAdd((TranslationKinds.Pathway, f.Framework, f.Slug), new Twin(f.File, f.Body, true));
        }
        foreach (var f in content.Occupations)
        {
            twins.TryAdd((TranslationKinds.Occupation, "", f.Slug), new Twin(f.File, f.Body, false) { WaysIn = f.Meta.WaysIn });
        }
        foreach (var f in content.Guides)
        {
            twins.TryAdd((TranslationKinds.Guide, "", f.Slug), new Twin(f.File, f.Body, true));
        }
        if (content.Home is { } home)
        {
            twins.TryAdd((TranslationKinds.Home, "", TranslationKinds.HomeSlug), new Twin(home.File, home.Body, true));
        }
        return twins;
    }

    private static string EnglishFileOf(ContentTranslation translation)
    {
        int slash = translation.File.LastIndexOf('/');
        return $"{translation.File[..(slash + 1)]}{translation.Slug}.md";
    }

    public static string LanguageName(string language) => language switch
    {
        SiteCultures.Spanish => "Spanish",
        _ => language,
    };
}
