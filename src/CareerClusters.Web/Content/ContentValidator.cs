using CareerClusters.Web.Content.Validation;

namespace CareerClusters.Web.Content;

/// <summary>
/// Checks a parsed content set as a whole: required fields, slugs, references between files and links, one subject
/// per class in Content/Validation/. Problems are data: every one is added to the list, none is thrown.
/// </summary>
public static class ContentValidator
{
    public static void Validate(ContentSet content, List<ContentProblem> problems)
    {
        var clusterSlugs = SlugRules.Check(content.Clusters, problems, f => f.Meta.RedirectFrom);
        SlugRules.Check(content.Pathways, problems, f => f.Meta.RedirectFrom);
        SlugRules.Check(content.Occupations, problems, _ => []);
        SlugRules.Check(content.Guides, problems, _ => []);
        // A cluster file that could not be read is already reported: references to it are not reported again.
        var existingClusters = content.UnreadFiles.Where(f => f.StartsWith(ContentLoader.ClustersFolder + "/", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Concat(clusterSlugs).ToHashSet();

        ClusterRules.Check(content.Clusters, existingClusters, problems);
        var occupationsByCode = OccupationRules.Check(content.Occupations, problems);
        PathwayRules.Check(content.Pathways, existingClusters, occupationsByCode, problems);
        TextPageRules.Check(content.Guides, content.Home, problems);
        LinkRules.Check(content, problems);
        RedirectRules.Check(content, problems);
        DataCodeRules.Check(content, occupationsByCode, problems);
        WarningRules.Add(content, occupationsByCode, problems);
    }
}
