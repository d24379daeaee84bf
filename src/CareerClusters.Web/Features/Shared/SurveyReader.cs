using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Shared;

/// <summary>A result code read with the survey it was made with: today's, or an earlier one recorded in the content.</summary>
/// <param name="Survey">The survey the answers belong to; today's when the code names no survey the site knows.</param>
/// <param name="IsEarlier">Whether that survey is an earlier one than today's (the page says so).</param>
public sealed record SurveyReading(SurveyDefinition Survey, SurveyAnswers Answers, bool IsEarlier)
{
    public bool IsReadable => Answers.Status == SurveyCodeStatus.Ok;
}

/// <summary>
/// The surveys of a content generation: today's, built from the 16 clusters' statements, and the earlier ones
/// recorded in survey/versions.yml (table <see cref="ContentDbContext.SurveyVersions"/>), each built on its first use
/// and kept as long as the generation is. The caller passes the generation object as the cache's key: a reload's new
/// generation builds its own, and the old one's surveys go with it. Each survey is returned in the request's language
/// (<see cref="SurveyWording"/>): the same items in other words.
/// </summary>
public static class SurveyReader
{
    private static readonly ConditionalWeakTable<object, GenerationSurveys> Cache = new();

    /// <summary>Today's survey, in the request's language.</summary>
    public static async Task<SurveyDefinition> CurrentAsync(ContentDbContext db, object generation, CancellationToken cancellationToken) =>
        await InLanguageAsync(db, generation, await EnglishAsync(db, generation, cancellationToken), cancellationToken);

    private static async Task<SurveyDefinition> EnglishAsync(ContentDbContext db, object generation, CancellationToken cancellationToken)
    {
        var surveys = Cache.GetValue(generation, _ => new GenerationSurveys());
        if (surveys.Current is { } current)
        {
            return current;
        }
        var clusters = await db.Clusters.AsNoTracking().InFramework(Frameworks.Sixteen)
            .OrderBy(c => c.Order)
            .Select(c => new { c.Slug, c.Title, c.Order, c.IsThisYou })
            .ToListAsync(cancellationToken);
        var built = SurveyDefinition.Build(clusters.Select(c => new ClusterStatements(c.Slug, c.Title, c.Order, c.IsThisYou)));
        // Two first requests at once may both build it; both get the one that was kept.
        return Interlocked.CompareExchange(ref surveys.Current, built, null) ?? built;
    }

    /// <summary>The survey of a version, in the request's language: today's, or a recorded earlier one; null when the site has no record of it.</summary>
    public static async Task<SurveyDefinition?> OfVersionAsync(ContentDbContext db, object generation, string version, CancellationToken cancellationToken) =>
        await EnglishOfVersionAsync(db, generation, version, cancellationToken) is { } survey ? await InLanguageAsync(db, generation, survey, cancellationToken) : null;

    private static async Task<SurveyDefinition?> EnglishOfVersionAsync(ContentDbContext db, object generation, string version, CancellationToken cancellationToken)
    {
        var current = await EnglishAsync(db, generation, cancellationToken);
        if (version == current.Version)
        {
            return current;
        }
        var surveys = Cache.GetValue(generation, _ => new GenerationSurveys());
        if (surveys.Earlier.TryGetValue(version, out var earlier))
        {
            return earlier;
        }
        string? json = SurveyDefinition.LooksLikeVersion(version)
            ? await db.SurveyVersions.AsNoTracking().Where(s => s.Version == version).Select(s => s.Clusters).FirstOrDefaultAsync(cancellationToken)
            : null;
        // A version with no record is not kept: made-up links cannot fill the cache.
        return json is null ? null : surveys.Earlier.GetOrAdd(version, _ => SurveyDefinition.Build(SurveyArchive.FromJson(json)));
    }

    /// <summary>Reads a result code with the survey it names (today's or a recorded one).</summary>
    public static async Task<SurveyReading> ReadAsync(ContentDbContext db, object generation, string? code, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, generation, cancellationToken);
        var answers = SurveyCode.Decode(current, code);
        if (answers.Status != SurveyCodeStatus.OtherVersion
            || await OfVersionAsync(db, generation, code![..SurveyDefinition.VersionLength], cancellationToken) is not { } earlier)
        {
            return new SurveyReading(current, answers, false);
        }
        return new SurveyReading(earlier, SurveyCode.Decode(earlier, code), true);
    }

    /// <summary><paramref name="survey"/> in the request's language, worded once per generation, language and version.</summary>
    private static async Task<SurveyDefinition> InLanguageAsync(ContentDbContext db, object generation, SurveyDefinition survey, CancellationToken cancellationToken)
    {
        string language = SiteCultures.Current;
        if (language == SiteCultures.Default)
        {
            return survey;
        }
        var surveys = Cache.GetValue(generation, _ => new GenerationSurveys());
        if (surveys.Worded.TryGetValue((survey.Version, language), out var worded))
        {
            return worded;
        }
        if (!surveys.Wordings.TryGetValue(language, out var wording))
        {
            wording = surveys.Wordings.GetOrAdd(language, await SurveyWording.ReadAsync(db, language, cancellationToken));
        }
        return surveys.Worded.GetOrAdd((survey.Version, language), _ => wording.Apply(survey));
    }

    /// <summary>The top clusters (at most three) of a readable result, best first; empty when nothing was ticked.</summary>
    public static IReadOnlyList<ClusterScore> TopOf(SurveyReading reading) =>
        reading.IsReadable ? SurveyScoring.Top(SurveyScoring.Rank(reading.Survey, reading.Answers.Ticked)) : [];

    private sealed class GenerationSurveys
    {
        public SurveyDefinition? Current;

        /// <summary>Earlier surveys by version.</summary>
        public readonly ConcurrentDictionary<string, SurveyDefinition> Earlier = new(StringComparer.Ordinal);

        /// <summary>Each language's words, and the surveys worded in them by (version, language).</summary>
        public readonly ConcurrentDictionary<string, SurveyWording> Wordings = new(StringComparer.Ordinal);

        public readonly ConcurrentDictionary<(string Version, string Language), SurveyDefinition> Worded = new();
    }
}
