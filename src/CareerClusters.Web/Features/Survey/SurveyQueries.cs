using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Survey;

/// <summary>Reads the survey's statements and a result's scores and top clusters into read models (values only; <see cref="SurveyPages"/> words the pages).</summary>
public sealed class SurveyQueries(ContentDbContext db, ContentGeneration generation)
{
    /// <summary>The 2024 clusters named beside a top match: the ones that hold most of its jobs.</summary>
    public const int ModernEquivalents = 2;

    /// <summary>Today's survey, built once per content generation (<see cref="SurveyReader"/>).</summary>
    public Task<SurveyDefinition> DefinitionAsync(CancellationToken cancellationToken) => SurveyReader.CurrentAsync(db, generation, cancellationToken);

    /// <summary>A result code read with the survey it was made with: today's, or an earlier one recorded in the content.</summary>
    public Task<SurveyReading> ReadAsync(string? code, CancellationToken cancellationToken) => SurveyReader.ReadAsync(db, generation, code, cancellationToken);

    /// <summary>The survey a form was loaded with (its version), today's or a recorded earlier one; null when unknown.</summary>
    public Task<SurveyDefinition?> OfVersionAsync(string version, CancellationToken cancellationToken) => SurveyReader.OfVersionAsync(db, generation, version, cancellationToken);

    /// <summary>The form: the statements in the parts they are shown in, and the version a result link is made with.</summary>
    public async Task<SurveyForm> FormAsync(CancellationToken cancellationToken)
    {
        var survey = await DefinitionAsync(cancellationToken);
        return new SurveyForm(survey.Version, survey.Sections);
    }

    /// <summary>
    /// The result this browser remembers (<see cref="LastSurveyResult"/>), with its top clusters' names; null when
    /// there is none or it names no cluster the survey has (its link still explains itself if the survey has changed).
    /// </summary>
    public async Task<RememberedResult?> RememberedAsync(LastSurveyResult? last, CancellationToken cancellationToken)
    {
        if (last is null)
        {
            return null;
        }
        var survey = await DefinitionAsync(cancellationToken);
        var titles = last.TopSlugs
            .Select(slug => survey.Clusters.FirstOrDefault(c => c.Slug == slug)?.Title)
            .OfType<string>()
            .ToList();
        string? plan = EducationPlans.Find(last.PlanKey)?.Key;
        return titles.Count == 0 ? null : new RememberedResult(last.Code, SitePaths.SurveyResult(last.Code, plan), titles);
    }

    /// <summary>
    /// The result of a result link <paramref name="code"/>, read with the survey it was made with, with the top
    /// clusters' details (as the content has them today) for the plan.
    /// </summary>
    public async Task<SurveyResult> ResultAsync(string code, SurveyReading reading, EducationPlan? plan, CancellationToken cancellationToken)
    {
        var ranked = SurveyScoring.Rank(reading.Survey, reading.Answers.Ticked);
        var top = SurveyScoring.Top(ranked);
        var details = await DetailsAsync(top.Select(t => t.Cluster.Slug).ToList(), plan, cancellationToken);
        return new SurveyResult(code, plan?.Key, reading.Answers.Ticked.Count, top.Select((score, i) => new TopMatch(i + 1, score, details[score.Cluster.Slug])).ToList(), ranked)
        {
            FromEarlierSurvey = reading.IsEarlier,
        };
    }

    /// <summary>For each cluster: its pathways, and (when a plan is given) every job it has at that level of education, featured first.</summary>
    private async Task<IReadOnlyDictionary<string, ClusterDetails>> DetailsAsync(IReadOnlyList<string> slugs, EducationPlan? plan, CancellationToken cancellationToken)
    {
        var pathways = await db.Pathways.AsNoTracking().InFramework(Frameworks.Sixteen)
            .Where(p => slugs.Contains(p.Cluster.Slug))
            .OrderBy(p => p.Order)
            .Select(p => new { ClusterSlug = p.Cluster.Slug, Link = new PathwayName(p.Slug, p.Title), p.Cluster.Icon, p.Cluster.Colour })
            .ToListAsync(cancellationToken);

        var jobs = new List<(string ClusterSlug, ResultJob Job, bool Featured)>();
        if (plan is not null)
        {
            // Read every level the plan may hold (an apprenticeship can follow any level below a degree), then keep
            // the jobs the plan covers: Electricians (high school, then an apprenticeship) belong with "a certificate
            // or an apprenticeship", not with "none, or training on the job".
            var levels = EducationPlans.LevelsToRead(plan).ToList();
            var rows = await db.PathwayOccupations.AsNoTracking()
                .Where(po => po.Pathway.Framework == Frameworks.Sixteen && slugs.Contains(po.Pathway.Cluster.Slug) && po.Occupation.Education != null && levels.Contains(po.Occupation.Education))
                .Select(po => new
                {
                    ClusterSlug = po.Pathway.Cluster.Slug,
                    Job = new JobSummary(po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Occupation.Outlook),
                    po.Occupation.ApprenticeshipRoute,
                    po.Featured,
                })
                .ToListAsync(cancellationToken);
            jobs.AddRange(rows.Where(r => plan.Covers(r.Job.EducationKey, r.ApprenticeshipRoute))
                .Select(r => (r.ClusterSlug, new ResultJob(r.Job, r.ApprenticeshipRoute), r.Featured)));
        }

        var modern = await CrosswalkReader.ClustersAsync(db, Frameworks.Sixteen, slugs, cancellationToken);
        var words = await TranslatedTexts.ForAsync(db, [.. pathways.Select(p => TextKey.Pathway(Frameworks.Sixteen, p.Link.Slug)),
            .. jobs.Select(j => TextKey.Occupation(j.Job.Job.Slug))], cancellationToken);
        return slugs.ToDictionary(slug => slug, slug =>
        {
            var matching = jobs.Where(j => j.ClusterSlug == slug)
                .GroupBy(j => j.Job.Job.Slug)
                .Select(g => (g.First().Job, Featured: g.Any(j => j.Featured)))
                .OrderByDescending(j => j.Featured).ThenBy(j => j.Job.Job.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var own = pathways.Where(p => p.ClusterSlug == slug).ToList();
            return new ClusterDetails(
                own.Count == 0 ? ClusterLook.Default : new ClusterLook(own[0].Icon, own[0].Colour),
                [.. own.Select(p => p.Link with { Title = words.Title(TextKey.Pathway(Frameworks.Sixteen, p.Link.Slug), p.Link.Title) })],
                [.. matching.Select(j => j.Job with { Job = JobSummary.InLanguage([j.Job.Job], words)[0] })],
                [.. modern[slug].Take(ModernEquivalents)]);
        });
    }
}
