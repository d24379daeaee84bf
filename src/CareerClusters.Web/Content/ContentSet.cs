using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>One parsed content file: where it came from, its slug, its typed front matter and its rendered body.</summary>
public sealed record ContentFile<TMeta>(string File, string Slug, TMeta Meta, FieldLines Lines, ParsedMarkdown Body)
{
    /// <summary>When the file was last written: the page's date in the sitemap.</summary>
    public DateTimeOffset LastModified { get; init; }

    /// <summary>The framework a cluster or pathway file belongs to (from the folder it was read from).</summary>
    public string Framework { get; init; } = Frameworks.Sixteen;

    /// <summary>
    /// The language the file is written in: the site's default, or the one its name ends with ("health-science.es.md"
    /// is Health Science in Spanish) when that is one of <see cref="SiteCultures.All"/>.
    /// </summary>
    public string Language { get; init; } = SiteCultures.Default;
}

/// <summary>Everything read from a content folder, in the order the files sort by name.</summary>
public sealed class ContentSet
{
    public required IReadOnlyList<ContentFile<ClusterFrontMatter>> Clusters { get; init; }
    public required IReadOnlyList<ContentFile<PathwayFrontMatter>> Pathways { get; init; }
    public required IReadOnlyList<ContentFile<OccupationFrontMatter>> Occupations { get; init; }
    public required IReadOnlyList<ContentFile<GuideFrontMatter>> Guides { get; init; }
    public required ContentFile<HomeFrontMatter>? Home { get; init; }

    /// <summary>The files in another language than English (health-science.es.md): the words of their English twins.</summary>
    public IReadOnlyList<ContentTranslation> Translations { get; init; } = [];

    public IReadOnlyList<Synonym> Synonyms { get; init; } = [];

    /// <summary>search/synonyms.es.yml and the like: the words students type in another language, by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Synonym>> TranslatedSynonyms { get; init; } = new Dictionary<string, IReadOnlyList<Synonym>>();

    /// <summary>The synonyms of another language's search (none for a language without a file).</summary>
    public IReadOnlyList<Synonym> SynonymsIn(string language) => TranslatedSynonyms.GetValueOrDefault(language) ?? [];

    /// <summary>search/intents.yml: phrases students type and what they mean.</summary>
    public IReadOnlyList<SearchIntentEntry> SearchIntents { get; init; } = [];

    /// <summary>search/intents.es.yml and the like: the phrases students type in another language, by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchIntentEntry>> TranslatedSearchIntents { get; init; } =
        new Dictionary<string, IReadOnlyList<SearchIntentEntry>>();

    /// <summary>The intents of another language's own file (none for a language without one).</summary>
    public IReadOnlyList<SearchIntentEntry> SearchIntentsIn(string language) => TranslatedSearchIntents.GetValueOrDefault(language) ?? [];

    /// <summary>search/never-correct.txt: words search never corrects into another word.</summary>
    public IReadOnlyList<string> NeverCorrect { get; init; } = [];

    /// <summary>Addresses of pages taken off the site on purpose (retired-pages.txt).</summary>
    public IReadOnlyList<RetiredPage> RetiredPages { get; init; } = [];

    /// <summary>survey/versions.yml: the surveys result links may have been made with, oldest first.</summary>
    public IReadOnlyList<RecordedSurvey> SurveyVersions { get; init; } = [];

    /// <summary>The O*NET and BLS data files of content/data/.</summary>
    public OccupationData Data { get; init; } = new();

    /// <summary>The district's own folder (Content:LocalPath), when the site has one; its guides, search words and retired pages are in the lists above.</summary>
    public LocalContent? Local { get; init; }

    /// <summary>Files that could not be read (their problems are reported); links to them are not reported again.</summary>
    public IReadOnlyList<string> UnreadFiles { get; init; } = [];
}

/// <summary>The outcome of reading a content folder: the content, and every problem found in it.</summary>
public sealed record ContentLoadResult(ContentSet Content, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>The folder's fingerprint when it was read (<see cref="ContentLoader.Fingerprint"/>); empty when not known.</summary>
    public string Fingerprint { get; init; } = "";

    public IEnumerable<ContentProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public bool HasErrors => Errors.Any();
}
