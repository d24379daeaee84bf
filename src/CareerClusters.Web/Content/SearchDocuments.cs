using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>Turns the content set into the documents of the search index: the pages' words, and values and keys (never wording) to show beside them.</summary>
public static class SearchDocuments
{
    /// <summary>A group of the other framework is another name for a cluster or pathway when it holds at least this share of its jobs.</summary>
    public const double OtherNameShare = 1.0 / 3;

    /// <summary>BLS's work experience for a job people start without experience in another job.</summary>
    private const string NoExperience = "None";

    public static List<SearchDocument> From(ContentSet content, IReadOnlyList<CrosswalkCount> crosswalk)
    {
        var clusters = content.Clusters.ToDictionary(c => (c.Framework, c.Slug));
        var pathwayTitles = content.Pathways.ToDictionary(p => (p.Framework, p.Slug), p => p.Meta.Title ?? "");
        // "Health Science" finds Healthcare & Human Services, and the reverse: the names students know from the other framework.
        var otherNames = crosswalk.Where(c => c.Shared >= c.Total * OtherNameShare && (c.From.PathwaySlug is null) == (c.To.PathwaySlug is null))
            .ToLookup(c => c.From, c => c.To.PathwaySlug is { } slug ? pathwayTitles[(c.To.Framework, slug)] : clusters[(c.To.Framework, c.To.ClusterSlug)].Meta.Title ?? "");
        var documents = new List<SearchDocument>();
        // In the order the cluster filter lists them (as SearchLexicon.LoadAsync reads them back from the database).
        foreach (var cluster in content.Clusters.OrderBy(c => c.Framework, StringComparer.Ordinal).ThenBy(c => c.Meta.Order))
        {
            var statements = ContentSurvey.Statements(cluster.Meta.IsThisYou).Select(s => s.Text);
            var pathways = content.Pathways.Where(p => p.Framework == cluster.Framework && p.Meta.Cluster == cluster.Slug).Select(p => p.Meta.Title);
            documents.Add(new SearchDocument(PageKinds.Cluster, SitePaths.Cluster(cluster.Framework, cluster.Slug), cluster.Meta.Title!,
                string.Join(", ", otherNames[new CrosswalkGroup(cluster.Framework, cluster.Slug, null)]),
                Join(cluster.Meta.Summary, cluster.Body.PlainText, string.Join("\n", statements)), string.Join("\n", pathways),
                KeyOf(cluster), cluster.Meta.Title, null, true));
        }
        var pathwaysOfOccupation = content.Pathways
            .SelectMany(p => p.Meta.Occupations.Select(code => (code, pathway: p)))
            .ToLookup(x => x.code, x => x.pathway);
        var featured = content.Pathways.SelectMany(p => p.Meta.Featured).ToHashSet();
        foreach (var pathway in content.Pathways)
        {
            var cluster = clusters[(pathway.Framework, pathway.Meta.Cluster!)];
            documents.Add(new SearchDocument(PageKinds.Pathway, SitePaths.Pathway(pathway.Framework, cluster.Slug, pathway.Slug), pathway.Meta.Title!,
                string.Join(", ", otherNames[new CrosswalkGroup(pathway.Framework, cluster.Slug, pathway.Slug)]),
                Join(pathway.Meta.Summary, pathway.Body.PlainText), cluster.Meta.Title!, KeyOf(cluster), cluster.Meta.Title, null, true));
        }
        foreach (var occupation in content.Occupations)
        {
            string code = occupation.Meta.Code!;
            // A job's home is its first place in the framework the site has always had; its other places are context.
            var places = pathwaysOfOccupation[code].OrderBy(p => p.Framework != Frameworks.Sixteen).ToList();
            var home = places.FirstOrDefault();
            var cluster = home is null ? null : clusters[(home.Framework, home.Meta.Cluster!)];
            string where = string.Join("\n", places.Select(p => $"{p.Meta.Title} ({clusters[(p.Framework, p.Meta.Cluster!)].Meta.Title})"));
            var titles = occupation.Meta.AlternateTitles.Concat(content.Data.Titles.GetValueOrDefault(code, [])).Distinct(StringComparer.OrdinalIgnoreCase);
            // A job without a summary of the site's own is still found by what O*NET says it does (and by any sections of its file).
            string body = occupation.Body.IntroText.Trim().Length == 0
                ? Join(content.Data.Descriptions.GetValueOrDefault(code, ""), occupation.Body.PlainText.Trim())
                : occupation.Body.PlainText.Trim();
            var projection = content.Data.ProjectionFor(code);
            documents.Add(new SearchDocument(PageKinds.Occupation, SitePaths.Occupation(occupation.Slug), occupation.Meta.Title!, string.Join(", ", titles),
                body, where, cluster is null ? null : KeyOf(cluster), cluster?.Meta.Title, content.Data.EducationKeyOf(code, occupation.Meta.Education),
                featured.Contains(code), projection?.MedianWage, projection?.MedianWageAtLeast, ApprenticeshipRoutes.Has(content.Data, occupation),
                projection is not null && projection.WorkExperience != NoExperience));
        }
        foreach (var guide in content.Guides)
        {
            documents.Add(new SearchDocument(PageKinds.Guide, SitePaths.Guide(guide.Slug), guide.Meta.Title!, "", Join(guide.Meta.Summary, guide.Body.PlainText), "", null, null, null, false));
        }
        return documents;
    }

    private static string KeyOf(ContentFile<ClusterFrontMatter> cluster) => new ClusterKey(cluster.Framework, cluster.Slug).ToString();

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
