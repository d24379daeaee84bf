using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Each generation's survey, built on its first use and kept as long as the generation is (its statements, and
    /// so the version hash, change only with the content). Keyed by the generation object itself: a reload's new
    /// generation builds its own, and the old one's entry goes with it.
    /// </summary>
    private static readonly ConditionalWeakTable<ContentGeneration, SurveyDefinition> Definitions = new();

    public async Task<SurveyDefinition> DefinitionAsync(CancellationToken cancellationToken)
    {
        if (Definitions.TryGetValue(generation, out var definition))
        {
            return definition;
        }
        // The survey's statements are the 16 clusters' "Is this you?" lists.
        var clusters = await db.Clusters.AsNoTracking().InFramework(Frameworks.Sixteen)
            .OrderBy(c => c.Order)
            .Select(c => new { c.Slug, c.Title, c.Order, c.IsThisYou })
            .ToListAsync(cancellationToken);
        var built = SurveyDefinition.Build(clusters.Select(c => new ClusterStatements(c.Slug, c.Title, c.Order, c.IsThisYou)));
        // Two first requests at once may both build it; both get the one that was kept.
        return Definitions.GetValue(generation, _ => built);
    }

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

    /// <summary>The result of these answers (read from a result link <paramref name="code"/>), with the top clusters' details for the plan.</summary>
    public async Task<SurveyResult> ResultAsync(string code, IReadOnlySet<int> ticked, EducationPlan? plan, CancellationToken cancellationToken)
    {
        var ranked = SurveyScoring.Rank(await DefinitionAsync(cancellationToken), ticked);
        var top = SurveyScoring.Top(ranked);
        var details = await DetailsAsync(top.Select(t => t.Cluster.Slug).ToList(), plan, cancellationToken);
        return new SurveyResult(code, plan?.Key, ticked.Count, top.Select((score, i) => new TopMatch(i + 1, score, details[score.Cluster.Slug])).ToList(), ranked);
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
                own.Select(p => p.Link).ToList(),
                matching.Select(j => j.Job).ToList(),
                modern[slug].Take(ModernEquivalents).ToList());
        });
    }
}
