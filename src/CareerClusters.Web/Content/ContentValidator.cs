using CareerClusters.Web.Content.Validation;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>
/// Checks a parsed content set as a whole: required fields, slugs, references between files and links, one subject
/// per class in Content/Validation/. Problems are data: every one is added to the list, none is thrown.
/// </summary>
public static class ContentValidator
{
    /// <param name="lastGood">The pages of the generation being served, which the content must keep answering; null when none is known.</param>
    public static void Validate(ContentSet content, List<ContentProblem> problems, PublishedPages? lastGood = null)
    {
        SlugRules.Check(content.Clusters, problems, f => f.Meta.RedirectFrom);
        SlugRules.Check(content.Pathways, problems, f => f.Meta.RedirectFrom);
        SlugRules.Check(content.Occupations, problems, f => f.Meta.RedirectFrom);
        SlugRules.Check(content.Guides, problems, f => f.Meta.RedirectFrom);
        // A cluster file that could not be read is already reported: references to it are not reported again.
        // Slugs are unique within a framework (each framework has its own folders), so clusters are known by framework and slug.
        var existingClusters = content.UnreadFiles
            .Select(f => ContentLoader.FrameworkOfFile(f, cluster: true) is { } framework ? new ClusterKey(framework, Path.GetFileNameWithoutExtension(f)) : (ClusterKey?)null)
            .OfType<ClusterKey>()
            .Concat(content.Clusters.Select(c => new ClusterKey(c.Framework, c.Slug)))
            .ToHashSet();

        ClusterRules.Check(content.Clusters, existingClusters, problems);
        var occupationsByCode = OccupationRules.Check(content.Occupations, problems);
        PathwayRules.Check(content.Pathways, existingClusters, occupationsByCode, problems);
        PlacementRules.Check(content, occupationsByCode, problems);
        TextPageRules.Check(content.Guides, content.Home, problems);
        LinkRules.Check(content, problems);
        TranslationRules.Check(content, problems);
        RedirectRules.Check(content, problems);
        RemovedPageRules.Check(content, lastGood, problems);
        OrphanRules.Check(content, lastGood, problems);
        DataCodeRules.Check(content, occupationsByCode, problems);
        TrainingRouteRules.Check(content, occupationsByCode, problems);
        WaysInRules.Check(content.Occupations, problems, DateOnly.FromDateTime(DateTime.UtcNow));
        TechnologyRules.Check(content, occupationsByCode, problems);
        StateRules.Check(content.Data.States, problems);
        FrameworkRules.Check(content, problems);
        SearchIntentRules.Check(content.SearchIntents, problems);
        foreach (var (language, intents) in content.TranslatedSearchIntents)
        {
            SearchIntentRules.Check(intents, problems, language);
        }
        SurveyRules.Check(content, problems);
        LocalRules.Check(content, problems);
        WarningRules.Add(content, occupationsByCode, problems);
    }
}
