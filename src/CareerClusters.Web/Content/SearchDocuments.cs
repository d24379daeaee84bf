using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Content;

/// <summary>Turns the content set into the documents of the search index.</summary>
public static class SearchDocuments
{
    public static List<SearchDocument> From(ContentSet content)
    {
        var clusters = content.Clusters.ToDictionary(c => c.Slug);
        var documents = new List<SearchDocument>();
        foreach (var cluster in content.Clusters)
        {
            var statements = cluster.Meta.IsThisYou is { } s ? s.Activities.Concat(s.Qualities).Concat(s.Subjects) : [];
            var pathwayTitles = content.Pathways.Where(p => p.Meta.Cluster == cluster.Slug).Select(p => p.Meta.Title);
            documents.Add(new SearchDocument(PageKinds.Cluster, SitePaths.Cluster(cluster.Slug), cluster.Meta.Title!, "",
                Join(cluster.Meta.Summary, cluster.Body.PlainText, string.Join("\n", statements)), string.Join("\n", pathwayTitles), cluster.Slug, cluster.Meta.Title, null, true));
        }
        var pathwaysOfOccupation = content.Pathways
            .SelectMany(p => p.Meta.Occupations.Select(code => (code, pathway: p)))
            .ToLookup(x => x.code, x => x.pathway);
        var featured = content.Pathways.SelectMany(p => p.Meta.Featured).ToHashSet();
        foreach (var pathway in content.Pathways)
        {
            var cluster = clusters[pathway.Meta.Cluster!];
            documents.Add(new SearchDocument(PageKinds.Pathway, SitePaths.Pathway(cluster.Slug, pathway.Slug), pathway.Meta.Title!, "",
                Join(pathway.Meta.Summary, pathway.Body.PlainText), cluster.Meta.Title!, cluster.Slug, cluster.Meta.Title, null, true));
        }
        foreach (var occupation in content.Occupations)
        {
            var home = pathwaysOfOccupation[occupation.Meta.Code!].FirstOrDefault();
            var cluster = home is null ? null : clusters[home.Meta.Cluster!];
            string where = string.Join("\n", pathwaysOfOccupation[occupation.Meta.Code!].Select(p => $"{p.Meta.Title} ({clusters[p.Meta.Cluster!].Meta.Title})"));
            string code = occupation.Meta.Code!;
            var titles = occupation.Meta.AlternateTitles.Concat(content.Data.Titles.GetValueOrDefault(code, [])).Distinct(StringComparer.OrdinalIgnoreCase);
            // A job without a summary of the site's own is still found by what O*NET says it does.
            string body = occupation.Body.BodyIsEmpty ? content.Data.Descriptions.GetValueOrDefault(code, "") : occupation.Body.PlainText.Trim();
            documents.Add(new SearchDocument(PageKinds.Occupation, SitePaths.Occupation(occupation.Slug), occupation.Meta.Title!, string.Join(", ", titles),
                body, where, cluster?.Slug, cluster?.Meta.Title, content.Data.EducationKeyOf(code, occupation.Meta.Education), featured.Contains(code),
                content.Data.ProjectionFor(code) is { } projection ? PayWords.Yearly(projection.MedianWage, projection.MedianWageAtLeast) : null));
        }
        foreach (var guide in content.Guides)
        {
            documents.Add(new SearchDocument(PageKinds.Guide, SitePaths.Guide(guide.Slug), guide.Meta.Title!, "", Join(guide.Meta.Summary, guide.Body.PlainText), "", null, null, null, false));
        }
        return documents;
    }

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
