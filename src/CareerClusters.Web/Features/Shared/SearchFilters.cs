using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The filters a search was asked for. Kind, cluster and education are chosen on the page. The other three may also
/// come from the words typed (an intent: "jobs without college" asks for a high school diploma or less): null leaves
/// them to the words, a value sets them, and <see cref="Off"/> (or false) turns off what the words asked for.
/// </summary>
public sealed record SearchFilters(string? Kind = null, string? Cluster = null, string? Education = null)
{
    /// <summary>The value of <see cref="EducationUpTo"/> that means no ceiling, even one the words asked for.</summary>
    public const string Off = "any";

    /// <summary>A ceiling on the education a job needs (that level or less, an <see cref="EducationLevels"/> key), <see cref="Off"/>, or null.</summary>
    public string? EducationUpTo { get; init; }

    /// <summary>Only jobs with an apprenticeship route (true), not only them (false), or as the words ask (null).</summary>
    public bool? Apprenticeship { get; init; }

    /// <summary>Jobs by pay, highest first (true), by best match (false), or as the words ask (null).</summary>
    public bool? ByPay { get; init; }

    /// <summary>The filters that apply: these settings, and what the words asked for where nothing is set.</summary>
    public AppliedFilters Apply(AppliedFilters fromWords) => new(
        EducationUpTo switch { null => fromWords.EducationUpTo, Off => null, var key => key },
        Apprenticeship ?? fromWords.Apprenticeship,
        ByPay ?? fromWords.ByPay);

    /// <summary>Whether a page passes the kind-independent filters (the kind only chooses which results are listed).</summary>
    public bool Passes(IndexedPage page, AppliedFilters applied) =>
        (Cluster is null || page.ClusterKey == Cluster)
        && (Education is null || page.Education == Education)
        && (applied.EducationUpTo is null || page.Education is not null && EducationLevels.Rank(page.Education) <= EducationLevels.Rank(applied.EducationUpTo))
        && (!applied.Apprenticeship || page.Apprenticeship);
}

/// <summary>The filters and order a search used beyond kind, cluster and education; from the page's settings and the words typed.</summary>
public sealed record AppliedFilters(string? EducationUpTo = null, bool Apprenticeship = false, bool ByPay = false)
{
    public bool Any => EducationUpTo is not null || Apprenticeship || ByPay;
}

public sealed record SearchHit(long RowId, string Kind, string Path, string Title, string? ClusterKey, string? ClusterTitle, string? Education, double Score,
    int? MedianWage = null, int? MedianWageAtLeast = null, bool Apprenticeship = false)
{
    public string SnippetHtml { get; init; } = "";

    /// <summary>Where the title stands among the words an intent searches for (<see cref="QueryPlan.IntentTier"/>); ranks before <see cref="Score"/>.</summary>
    public int Tier { get; init; }

    /// <summary>BLS says people usually start this job after working in another one (a supervisor, a manager).</summary>
    public bool NeedsExperience { get; init; }

    /// <summary>"en" when <see cref="Title"/> is English on a page of another language (not translated yet): the page marks it lang="en".</summary>
    public string? TitleLang { get; init; }

    /// <summary>"en" when the snippet's text is English on a page of another language.</summary>
    public string? SnippetLang { get; init; }

    /// <summary>The median pay to sort by: BLS's median, or its "at least" floor; -1 without either.</summary>
    public int PayForOrder => MedianWage ?? MedianWageAtLeast ?? -1;
}

/// <summary>
/// One page of results, the number in all, the counts by kind, the corrections, and what the words asked for:
/// <see cref="Applied"/> is what the search used; <see cref="WordFiltersDropped"/> says a filter the words asked for
/// was left out because nothing passed it (the results are then those without it).
/// </summary>
public sealed record SearchOutcome(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<string, int> CountsByKind,
    string? SearchedInstead,
    bool MatchedAnyWord,
    string? DidYouMean = null)
{
    public AppliedFilters Applied { get; init; } = new();

    public bool WordFiltersDropped { get; init; }

    /// <summary>What the words asked for (applied or not).</summary>
    public AppliedFilters FromWords { get; init; } = new();

    /// <summary>The phrases of content/search/intents.yml the query matched, outermost first.</summary>
    public IReadOnlyList<string> Intents { get; init; } = [];
}
