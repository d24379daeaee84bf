using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Occupations;

/// <summary>Reads jobs from the content database into read models (values only; <see cref="OccupationPages"/> words the pages).</summary>
public sealed class OccupationQueries(ContentDbContext db, DistrictInfo? district = null)
{
    private const int MostSimilarJobs = 6;

    public async Task<OccupationDetails?> OccupationAsync(string slug, CancellationToken cancellationToken)
    {
        var occupation = await db.Occupations.Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id, o.Code, o.Slug, o.Title, o.Education, o.DescriptionHtml, o.DescriptionText, o.OnetDescription, o.AlsoCalled,
                o.Tasks, o.HotTechnologies, o.JobZone, o.Interests, o.Outlook, o.Sections, o.WaysIn, o.ApprenticeshipRoute,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (occupation is null)
        {
            return null;
        }
        var places = await db.PathwayOccupations
            .Where(po => po.OccupationId == occupation.Id)
            .OrderBy(po => po.Pathway.Cluster.Order).ThenBy(po => po.Pathway.Order)
            .Select(po => new { po.PathwayId, Place = new OccupationPathway(po.Pathway.Framework, po.Pathway.Cluster.Slug, po.Pathway.Cluster.Title, po.Pathway.Slug, po.Pathway.Title,
                new ClusterLook(po.Pathway.Cluster.Icon, po.Pathway.Cluster.Colour)) })
            .ToListAsync(cancellationToken);
        // The 16 clusters' pathways give the page its trail and its similar jobs; the 2024 sub-clusters are listed beside them.
        var pathways = places.Where(p => p.Place.Framework == Frameworks.Sixteen).Select(p => p.Place).ToList();
        var modernPlaces = places.Where(p => p.Place.Framework == Frameworks.Modern2024).Select(p => p.Place).ToList();
        // Similar jobs: others in the same pathways, closest in preparation and interests first.
        var pathwayIds = places.Where(p => p.Place.Framework == Frameworks.Sixteen).Select(p => p.PathwayId).ToList();
        var neighbours = await db.PathwayOccupations
            .Where(po => pathwayIds.Contains(po.PathwayId) && po.OccupationId != occupation.Id)
            .Select(po => new { po.Occupation.Code, po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Occupation.JobZone, po.Occupation.Interests, po.Occupation.Outlook, po.Featured, po.Occupation.ApprenticeshipRoute })
            .ToListAsync(cancellationToken);
        var similar = neighbours
            .DistinctBy(n => n.Slug)
            .OrderBy(n => n.JobZone is null || occupation.JobZone is null ? 2 : Math.Abs(n.JobZone.Value - occupation.JobZone.Value))
            .ThenByDescending(n => SharedInterests(n.Interests, occupation.Interests))
            .ThenByDescending(n => n.Featured)
            .ThenBy(n => n.Title, StringComparer.Ordinal)
            .Take(MostSimilarJobs)
            .Select(n => new JobSummary(n.Slug, n.Title, n.Education, n.Outlook) { Apprenticeship = n.ApprenticeshipRoute, Code = n.Code })
            .ToList();
        var routes = await TrainingRoutesAsync(occupation.Id, occupation.Education, cancellationToken);

        var details = new OccupationDetails(
            occupation.Code,
            occupation.Slug,
            occupation.Title,
            occupation.Education,
            occupation.DescriptionHtml.Length > 0 ? occupation.DescriptionHtml : null,
            occupation.DescriptionText.Length > 0 ? occupation.DescriptionText : occupation.OnetDescription ?? "",
            occupation.OnetDescription,
            occupation.AlsoCalled,
            occupation.Tasks,
            occupation.HotTechnologies,
            occupation.JobZone,
            occupation.Interests,
            occupation.Outlook,
            pathways,
            modernPlaces,
            similar)
        {
            Sections = occupation.Sections,
            MilitaryJobs = routes.Military,
            CivilianJobs = routes.Civilian,
            TrainingCostHtml = routes.Cost?.Html,
            TrainingCostLang = routes.Cost is { } cost && cost.Language != SiteCultures.Current ? cost.Language : null,
            WaysIn = occupation.WaysIn,
            ApprenticeshipRoute = occupation.ApprenticeshipRoute,
            District = await DistrictSections.ForPageAsync(db, district, SitePaths.Occupation(occupation.Slug), cancellationToken),
        };
        return await InLanguageAsync(details, cancellationToken);
    }

    /// <summary>The job page's words in the request's language, where translated: its title and summary, its places' and similar jobs' names.</summary>
    private async Task<OccupationDetails> InLanguageAsync(OccupationDetails job, CancellationToken cancellationToken)
    {
        var key = TextKey.Occupation(job.Slug);
        var places = job.Pathways.Concat(job.ModernPlaces).ToList();
        var words = await TranslatedTexts.ForAsync(db, [key, .. places.SelectMany(p => new[] { TextKey.Cluster(p.Framework, p.ClusterSlug), TextKey.Pathway(p.Framework, p.PathwaySlug) }),
            .. job.SimilarJobs.Select(j => TextKey.Occupation(j.Slug)), .. job.MilitaryJobs.Concat(job.CivilianJobs).Select(j => TextKey.Occupation(j.Slug))], cancellationToken);
        if (words.Language == SiteCultures.Default)
        {
            return job;
        }
        List<OccupationPathway> InLanguage(IEnumerable<OccupationPathway> list) =>
            [.. list.Select(p => p with { ClusterTitle = words.Title(TextKey.Cluster(p.Framework, p.ClusterSlug), p.ClusterTitle),
                PathwayTitle = words.Title(TextKey.Pathway(p.Framework, p.PathwaySlug), p.PathwayTitle) })];
        var translated = words.Of(key);
        var summary = translated?.Sections.Where(s => s.Heading is null).ToList() ?? [];
        return job with
        {
            Title = words.Title(key, job.Title),
            OfficialTitle = translated is null ? null : job.Title,
            SummaryHtml = summary.Count > 0 ? string.Concat(summary.Select(s => s.Html)) : job.SummaryHtml,
            SummaryText = translated?.IntroText is { Length: > 0 } intro ? intro : job.SummaryText,
            Sections = translated is null ? job.Sections : [.. translated.Sections.Where(s => s.Heading is not null)],
            TextLang = words.FallbackLang(key),
            WaysIn = translated?.WaysIn ?? job.WaysIn,
            WaysInLang = job.WaysIn is not null && translated?.WaysIn is null ? SiteCultures.Default : null,
            Pathways = InLanguage(job.Pathways),
            ModernPlaces = InLanguage(job.ModernPlaces),
            SimilarJobs = JobSummary.InLanguage(job.SimilarJobs, words),
            MilitaryJobs = InLanguageLinks(job.MilitaryJobs),
            CivilianJobs = InLanguageLinks(job.CivilianJobs),
        };
        List<JobLink> InLanguageLinks(IEnumerable<JobLink> links) =>
            [.. links.Select(l => l with { Title = words.Title(TextKey.Occupation(l.Slug), l.Title), Lang = words.FallbackLang(TextKey.Occupation(l.Slug)) })];
    }

    /// <summary>
    /// The job's military or civilian counterparts (one query, both directions) and its education level's sentence on
    /// paying for training, in the request's language where the file has it, else in English.
    /// </summary>
    private async Task<(List<JobLink> Military, List<JobLink> Civilian, TrainingCostNote? Cost)> TrainingRoutesAsync(int id, string? education, CancellationToken cancellationToken)
    {
        var pairs = await db.MilitaryCounterparts
            .Where(p => p.CivilianOccupationId == id || p.MilitaryOccupationId == id)
            .Select(p => new { p.CivilianOccupationId, Military = new JobLink(p.MilitaryOccupation.Slug, p.MilitaryOccupation.Title, null),
                Civilian = new JobLink(p.CivilianOccupation.Slug, p.CivilianOccupation.Title, null) })
            .ToListAsync(cancellationToken);
        string language = SiteCultures.Current;
        var notes = education is null ? []
            : await db.TrainingCostNotes.Where(n => n.Education == education && (n.Language == language || n.Language == SiteCultures.Default)).ToListAsync(cancellationToken);
        var cost = notes.FirstOrDefault(n => n.Language == language) ?? notes.FirstOrDefault();
        // On a civilian job's page the other side of each pair is a military job, and the reverse.
        var military = pairs.Where(p => p.CivilianOccupationId == id).Select(p => p.Military).OrderBy(j => j.Title, StringComparer.Ordinal).ToList();
        var civilian = pairs.Where(p => p.CivilianOccupationId != id).Select(p => p.Civilian).OrderBy(j => j.Title, StringComparer.Ordinal).ToList();
        return (military, civilian, cost);
    }

    private static int SharedInterests(string? a, string? b) => (a ?? "").Take(2).Count(letter => (b ?? "").Take(2).Contains(letter));

    public Task<string?> SlugOfCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Occupations.Where(o => o.Code == code).Select(o => o.Slug).FirstOrDefaultAsync(cancellationToken);

    public async Task<OccupationIndex> IndexAsync(JobFilters filters, CancellationToken cancellationToken)
    {
        string framework = Frameworks.IsKnown(filters.Framework) ? filters.Framework : Frameworks.Sixteen;
        var clusters = await db.Clusters.InFramework(framework).OrderBy(c => c.Order).Select(c => new FilterChoice(c.Slug, c.Title)).ToListAsync(cancellationToken);
        var rows = await db.Occupations
            .Select(o => new
            {
                Job = new JobSummary(o.Slug, o.Title, o.Education, o.Outlook) { Apprenticeship = o.ApprenticeshipRoute, Code = o.Code },
                Places = o.Pathways.Where(p => p.Pathway.Framework == framework).Select(p => new { Cluster = p.Pathway.Cluster.Slug, Pathway = p.Pathway.Slug }).ToList(),
            })
            .ToListAsync(cancellationToken);
        bool knownPathway = filters.Pathway is not null
            && await db.Pathways.InFramework(framework).AnyAsync(p => p.Slug == filters.Pathway, cancellationToken);
        // Unknown filter values are ignored rather than failing: a hand-edited link still lists jobs (the API says which it dropped).
        filters = filters with
        {
            Framework = framework,
            Cluster = clusters.Any(c => c.Value == filters.Cluster) ? filters.Cluster : null,
            Pathway = knownPathway ? filters.Pathway : null,
            Education = EducationLevels.IsKnown(filters.Education) ? filters.Education : null,
            Outlook = filters.Outlook is not null && JobFilters.Outlooks.ContainsKey(filters.Outlook) ? filters.Outlook : null,
            Sort = filters.Sort is not null && JobFilters.Sorts.ContainsKey(filters.Sort) ? filters.Sort : null,
            Training = filters.Training == JobFilters.Apprenticeship ? filters.Training : null,
            Text = string.IsNullOrWhiteSpace(filters.Text) ? null : filters.Text.Trim(),
        };
        // In another language: the titles that are translated, in that language's order.
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Occupation, TranslationKinds.Cluster], cancellationToken);
        clusters = [.. clusters.Select(c => c with { Label = titles.Title(TextKey.Cluster(framework, c.Value), c.Label) })];
        var matchingText = filters.Text is null ? null : await MatchingTextAsync(filters.Text, titles, cancellationToken);
        var jobs = titles.Jobs(rows
            .Where(r => filters.Cluster is null || r.Places.Any(p => p.Cluster == filters.Cluster))
            .Where(r => filters.Pathway is null || r.Places.Any(p => p.Pathway == filters.Pathway))
            .Where(r => filters.Education is null || r.Job.EducationKey == filters.Education)
            .Where(r => filters.Outlook is null || JobFilters.OutlookOf(r.Job.Outlook) == filters.Outlook)
            .Where(r => filters.Training is null || r.Job.Apprenticeship)
            .Where(r => filters.HasApprenticeship is null || r.Job.Apprenticeship == filters.HasApprenticeship)
            .Where(r => filters.PayMin is null || PayOf(r.Job) >= filters.PayMin)
            .Where(r => filters.PayMax is null || PayOf(r.Job) is >= 0 and var pay && pay <= filters.PayMax)
            .Where(r => matchingText is null || matchingText.Contains(r.Job.Slug))
            .Select(r => r.Job));
        string Order(JobSummary job) => TitleOrder.Key(job.Title, titles.Language);
        var ordered = filters.Sort switch
        {
            "pay" => jobs.OrderByDescending(PayOf).ThenBy(Order, StringComparer.Ordinal),
            "growth" => jobs.OrderByDescending(j => j.Outlook?.ChangePercent ?? double.MinValue).ThenBy(Order, StringComparer.Ordinal),
            _ => jobs.OrderBy(Order, StringComparer.Ordinal),
        };
        return new OccupationIndex(rows.Count, filters, clusters, ordered.ToList());
    }

    /// <summary>The median pay a job is filtered and sorted by: BLS's median, or its "at least" floor; -1 without either.</summary>
    private static int PayOf(JobSummary job) => job.Outlook?.MedianWage ?? job.Outlook?.MedianWageAtLeast ?? -1;

    /// <summary>The jobs whose title (English or in the request's language), familiar other titles or code hold every word of <paramref name="text"/>.</summary>
    private async Task<HashSet<string>> MatchingTextAsync(string text, TranslatedTitles titles, CancellationToken cancellationToken)
    {
        var words = JobText.Words(text);
        var jobs = await db.Occupations.Select(o => new { o.Slug, o.Code, o.Title, o.AlsoCalled }).ToListAsync(cancellationToken);
        return jobs
            .Where(j => JobText.HasEvery(words, [j.Code, j.Title, titles.Title(TextKey.Occupation(j.Slug), ""), .. j.AlsoCalled]))
            .Select(j => j.Slug)
            .ToHashSet(StringComparer.Ordinal);
    }
}
