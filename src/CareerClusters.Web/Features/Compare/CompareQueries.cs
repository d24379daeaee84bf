using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Features.Compare;

/// <summary>Reads clusters or pathways into the same read model, so they can be shown side by side (values only; <see cref="ComparePages"/> words the pages).</summary>
public sealed class CompareQueries(ContentDbContext db)
{
    public const int FeaturedPerItem = 6;
    public const int SkillsPerItem = 4;

    /// <summary>The clusters or pathways with these slugs, in the order given, and the slugs that match none.</summary>
    public async Task<Comparison> CompareAsync(CompareKind kind, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var items = kind == CompareKind.Cluster ? await ClustersAsync(slugs, cancellationToken) : await PathwaysAsync(slugs, cancellationToken);
        return new Comparison(kind, await InLanguageAsync(kind, items, cancellationToken), slugs.Where(slug => items.All(i => i.Slug != slug)).ToList());
    }

    /// <summary>The items' words in the request's language where translated (titles, summaries, the rows from their sections, job titles); English otherwise.</summary>
    private async Task<IReadOnlyList<ComparedItem>> InLanguageAsync(CompareKind kind, IReadOnlyList<ComparedItem> items, CancellationToken cancellationToken)
    {
        TextKey KeyOf(string slug) => kind == CompareKind.Cluster ? TextKey.Cluster(Frameworks.Sixteen, slug) : TextKey.Pathway(Frameworks.Sixteen, slug);
        var parents = items.Select(i => i.ParentPath is null ? null : SitePaths.ParsePage(i.ParentPath)).OfType<Features.Shared.PageAddress>().Select(p => TextKey.Cluster(Frameworks.Sixteen, p.Slug));
        var words = await TranslatedTexts.ForAsync(db, [.. items.Select(i => KeyOf(i.Slug)), .. parents, .. items.SelectMany(i => i.Featured).Select(j => TextKey.Occupation(j.Slug))], cancellationToken);
        if (words.Language == SiteCultures.Default)
        {
            return items;
        }
        return [.. items.Select(item =>
        {
            var translated = words.Of(KeyOf(item.Slug));
            var sections = translated?.Sections ?? [];
            string? Lead(string key, string? english) => translated is null ? english : Section(sections, key)?.Lead ?? english;
            return item with
            {
                Title = words.Title(KeyOf(item.Slug), item.Title),
                Summary = words.Summary(KeyOf(item.Slug), item.Summary),
                ParentTitle = item.ParentTitle is null || item.ParentPath is null || SitePaths.ParsePage(item.ParentPath) is not { } parent ? item.ParentTitle
                    : words.Title(TextKey.Cluster(Frameworks.Sixteen, parent.Slug), item.ParentTitle),
                WorkHtml = Lead(kind == CompareKind.Cluster ? SectionKeys.Overview : SectionKeys.WhatYouWouldDo, item.WorkHtml),
                EnvironmentHtml = Lead(kind == CompareKind.Cluster ? SectionKeys.WorkEnvironment : SectionKeys.WhereYouWouldWork, item.EnvironmentHtml),
                SkillsHtml = translated is null || Section(sections, SectionKeys.Skills) is not { } skills ? item.SkillsHtml : ListStart(skills),
                GettingStartedHtml = Lead(SectionKeys.HowToGetStarted, item.GettingStartedHtml),
                Featured = JobSummary.InLanguage(item.Featured, words),
                TextLang = words.FallbackLang(KeyOf(item.Slug)),
            };
        })];
    }

    private async Task<IReadOnlyList<ComparedItem>> ClustersAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.AsNoTracking().InFramework(Frameworks.Sixteen)
            .Where(c => slugs.Contains(c.Slug))
            .Select(c => new { c.Slug, c.Title, c.Summary, c.Sections, c.Icon, c.Colour })
            .ToListAsync(cancellationToken);
        var jobs = await db.PathwayOccupations.AsNoTracking()
            .Where(po => po.Pathway.Framework == Frameworks.Sixteen && slugs.Contains(po.Pathway.Cluster.Slug))
            .OrderBy(po => po.Pathway.Order).ThenBy(po => po.Order)
            .Select(po => new JobRow(po.Pathway.Cluster.Slug, po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Featured, po.Occupation.Outlook))
            .ToListAsync(cancellationToken);
        return clusters
            .OrderBy(c => IndexIn(slugs, c.Slug))
            .Select(c => new ComparedItem(
                CompareKind.Cluster, c.Slug, c.Title, SitePaths.Cluster(Frameworks.Sixteen, c.Slug), null, null, new ClusterLook(c.Icon, c.Colour), c.Summary,
                Section(c.Sections, SectionKeys.Overview)?.Lead,
                Section(c.Sections, SectionKeys.WorkEnvironment)?.Lead,
                Spread(jobs.Where(j => j.Owner == c.Slug)),
                Featured(jobs.Where(j => j.Owner == c.Slug)),
                ListStart(Section(c.Sections, SectionKeys.Skills)),
                null) with { Pay = PayOf(jobs, c.Slug), Outlook = OutlookOf(jobs, c.Slug) })
            .ToList();
    }

    private async Task<IReadOnlyList<ComparedItem>> PathwaysAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var pathways = await db.Pathways.AsNoTracking().InFramework(Frameworks.Sixteen)
            .Where(p => slugs.Contains(p.Slug))
            .Select(p => new { p.Slug, p.Title, p.Summary, p.Sections, ClusterSlug = p.Cluster.Slug, ClusterTitle = p.Cluster.Title, p.Cluster.Icon, p.Cluster.Colour })
            .ToListAsync(cancellationToken);
        var jobs = await db.PathwayOccupations.AsNoTracking()
            .Where(po => po.Pathway.Framework == Frameworks.Sixteen && slugs.Contains(po.Pathway.Slug))
            .OrderBy(po => po.Order)
            .Select(po => new JobRow(po.Pathway.Slug, po.Occupation.Slug, po.Occupation.Title, po.Occupation.Education, po.Featured, po.Occupation.Outlook))
            .ToListAsync(cancellationToken);
        return pathways
            .OrderBy(p => IndexIn(slugs, p.Slug))
            .Select(p => new ComparedItem(
                CompareKind.Pathway, p.Slug, p.Title, SitePaths.Pathway(Frameworks.Sixteen, p.ClusterSlug, p.Slug), p.ClusterTitle, SitePaths.Cluster(Frameworks.Sixteen, p.ClusterSlug), new ClusterLook(p.Icon, p.Colour), p.Summary,
                Section(p.Sections, SectionKeys.WhatYouWouldDo)?.Lead,
                Section(p.Sections, SectionKeys.WhereYouWouldWork)?.Lead,
                Spread(jobs.Where(j => j.Owner == p.Slug)),
                Featured(jobs.Where(j => j.Owner == p.Slug)),
                null,
                Section(p.Sections, SectionKeys.HowToGetStarted)?.Lead) with { Pay = PayOf(jobs, p.Slug), Outlook = OutlookOf(jobs, p.Slug) })
            .ToList();
    }

    /// <summary>Every cluster, to choose from.</summary>
    public async Task<IReadOnlyList<Choice>> ClusterChoicesAsync(CancellationToken cancellationToken)
    {
        var choices = await db.Clusters.InFramework(Frameworks.Sixteen).OrderBy(c => c.Order).Select(c => new Choice(c.Slug, c.Title)).ToListAsync(cancellationToken);
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster], cancellationToken);
        return [.. choices.Select(c => c with { Title = titles.Title(TextKey.Cluster(Frameworks.Sixteen, c.Slug), c.Title) })];
    }

    /// <summary>Every pathway, grouped by cluster, to choose from.</summary>
    public async Task<IReadOnlyList<PathwayChoices>> PathwayChoicesAsync(CancellationToken cancellationToken)
    {
        var pathways = await db.Pathways.InFramework(Frameworks.Sixteen)
            .OrderBy(p => p.Cluster.Order).ThenBy(p => p.Order)
            .Select(p => new { ClusterSlug = p.Cluster.Slug, ClusterTitle = p.Cluster.Title, Choice = new Choice(p.Slug, p.Title) })
            .ToListAsync(cancellationToken);
        var titles = await TranslatedTitles.ForAsync(db, [TranslationKinds.Cluster, TranslationKinds.Pathway], cancellationToken);
        return pathways.GroupBy(p => (p.ClusterSlug, p.ClusterTitle))
            .Select(g => new PathwayChoices(titles.Title(TextKey.Cluster(Frameworks.Sixteen, g.Key.ClusterSlug), g.Key.ClusterTitle),
                g.Select(p => p.Choice with { Title = titles.Title(TextKey.Pathway(Frameworks.Sixteen, p.Choice.Slug), p.Choice.Title) }).ToList()))
            .ToList();
    }

    private sealed record JobRow(string Owner, string Slug, string Title, string? Education, bool Featured, OccupationOutlook? Outlook);

    /// <summary>The pay of an item's jobs, each job once (a job in two of a cluster's pathways counts once).</summary>
    private static PaySpread? PayOf(IEnumerable<JobRow> jobs, string owner) =>
        CompareFigures.PayOf(jobs.Where(j => j.Owner == owner).DistinctBy(j => j.Slug).Select(j => j.Outlook));

    private static OutlookSpread? OutlookOf(IEnumerable<JobRow> jobs, string owner) =>
        CompareFigures.OutlookOf(jobs.Where(j => j.Owner == owner).DistinctBy(j => j.Slug).Select(j => j.Outlook));

    private static int IndexIn(IReadOnlyList<string> slugs, string slug)
    {
        for (int i = 0; i < slugs.Count; i++)
        {
            if (slugs[i] == slug)
            {
                return i;
            }
        }
        return slugs.Count;
    }

    /// <summary>The jobs by level, least education first; jobs with no known level count only in the total.</summary>
    private static JobsByEducation Spread(IEnumerable<JobRow> rows)
    {
        var jobs = rows.DistinctBy(r => r.Slug).ToList();
        var levels = jobs.Where(j => j.Education is not null && EducationLevels.Rank(j.Education) >= 0)
            .GroupBy(j => j.Education!)
            .OrderBy(g => EducationLevels.Rank(g.Key))
            .Select(g => new JobsAtLevel(g.Key, g.Count()))
            .ToList();
        return new JobsByEducation(jobs.Count, levels);
    }

    private static List<JobSummary> Featured(IEnumerable<JobRow> rows) =>
        rows.Where(r => r.Featured).DistinctBy(r => r.Slug).Take(FeaturedPerItem)
            .Select(r => new JobSummary(r.Slug, r.Title, r.Education, null))
            .ToList();

    /// <summary>A section by its key (its anchor), as the importer stored it.</summary>
    private static PageSection? Section(IEnumerable<PageSection> sections, string key) => sections.FirstOrDefault(s => s.Anchor == key);

    /// <summary>The first items of a section's first list, or its first paragraph when it has no list.</summary>
    private static string? ListStart(PageSection? section) =>
        section is null ? null : section.ListItems.Count == 0 ? section.Lead : "<ul>" + string.Concat(section.ListItems.Take(SkillsPerItem)) + "</ul>";
}
