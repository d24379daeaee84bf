using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A job in a list: its page, and the figures a student compares at a glance.</summary>
public sealed record JobSummary(string Slug, string Title, string? EducationKey, OccupationOutlook? Outlook)
{
    public string Path => SitePaths.Occupation(Slug);

    /// <summary>The O*NET-SOC code (29-1141.00), where the query read it (the lists the open data API gives); else null.</summary>
    public string? Code { get; init; }

    /// <summary>A registered apprenticeship is a recognised route in (<c>Occupation.ApprenticeshipRoute</c>): job rows tag it.</summary>
    public bool Apprenticeship { get; init; }

    /// <summary>"en" when the title is shown in English on a page in another language (no translation yet); else null.</summary>
    public string? Lang { get; init; }

    /// <summary>Jobs with their titles in the language of <paramref name="words"/>, where translated.</summary>
    public static IReadOnlyList<JobSummary> InLanguage(IEnumerable<JobSummary> jobs, TranslatedTexts words) =>
        [.. jobs.Select(j => TextKey.Occupation(j.Slug) is var key ? j with { Title = words.Title(key, j.Title), Lang = words.FallbackLang(key) } : j)];
}

/// <summary>A job as a link, with its typical education when known (the survey's results, the comparison).</summary>
public sealed record JobLink(string Slug, string Title, string? EducationLabel)
{
    public string Path => SitePaths.Occupation(Slug);

    /// <summary>"en" when the title is shown in English on a page in another language; else null.</summary>
    public string? Lang { get; init; }
}

/// <summary>Jobs that need the same education to start ("careers at different levels of education").</summary>
/// <remarks>The level is a key of <see cref="EducationLevels"/>, or null for jobs whose level is not published.</remarks>
public sealed record EducationGroup(string? EducationKey, IReadOnlyList<JobSummary> Jobs)
{
    /// <summary>A group longer than <see cref="FoldAfter"/> shows its first <see cref="FirstJobs"/>; the rest fold away.</summary>
    public const int FirstJobs = 5;

    public const int FoldAfter = 7;

    /// <summary>How many jobs show before the fold (all of a short group: folding one or two would only add a click).</summary>
    public int Shown => Jobs.Count > FoldAfter ? FirstJobs : Jobs.Count;

    /// <summary>Groups from the least education to the most; jobs with no known level last.</summary>
    public static IReadOnlyList<EducationGroup> Of(IEnumerable<JobSummary> jobs)
    {
        return jobs
            .GroupBy(j => j.EducationKey)
            .OrderBy(g => g.Key is null ? int.MaxValue : EducationLevels.Rank(g.Key))
            .Select(g => new EducationGroup(g.Key, g.ToList()))
            .ToList();
    }
}
