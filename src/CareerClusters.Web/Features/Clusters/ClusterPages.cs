using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Clusters;

/// <summary>Turns the cluster read models into the pages' view models, with the pages' wording from the text catalogue.</summary>
public static class ClusterPages
{
    /// <summary>A framework's clusters; the 2024 ones also in groups by the first two digits of their codes (the three cross-cutting clusters share "06").</summary>
    public static ClusterListViewModel Index(string framework, IReadOnlyList<ClusterCard> cards, IStringLocalizer<SiteText> text)
    {
        var words = text.WordsFor(framework);
        var meta = framework == Frameworks.Sixteen
            ? new PageMeta(words.ClustersTitle, text["Browse the 16 Career Clusters of the National Career Clusters Framework and the 79 pathways inside them."],
                SitePaths.Clusters, [new Crumb(text["Home"], SitePaths.Home), new Crumb(words.CrumbTitle)])
            : new PageMeta(words.ClustersTitle, text["Browse the {0} Career Clusters of Advance CTE's 2024 framework and the {1} sub-clusters inside them.", cards.Count, cards.Sum(c => c.PathwayCount)],
                SitePaths.Framework(framework), [new Crumb(text["Home"], SitePaths.Home), new Crumb(words.CrumbTitle)]);
        var groups = cards.GroupBy(c => c.Code is { Length: >= 2 } code ? code[..2] : "")
            .Select(g => new ClusterGroup(g.Key, ModernClusterGroups.Of(g.Key, text), g.ToList()))
            .ToList();
        return new ClusterListViewModel(meta, framework, cards, groups);
    }

    public static ClusterViewModel Cluster(ClusterDetails cluster, IStringLocalizer<SiteText> text)
    {
        var words = text.WordsFor(cluster.Framework);
        var featuredJobs = EducationGroup.Of(cluster.FeaturedJobs);
        var crosswalk = new CrosswalkPanel(cluster.Framework, cluster.Title, cluster.Crosswalk);
        bool hasIsThisYou = cluster.Activities.Count + cluster.Qualities.Count + cluster.Subjects.Count > 0;
        // The page's parts in the order the view draws them: the answer first (pathways and jobs), then the first section
        // (the overview), "Is this you?" and the rest.
        IReadOnlyList<OnThisPageLink> onThisPage =
        [
            new("pathways", words.PathwaysCapitalized),
            .. OnThisPageLink.When(featuredJobs.Count > 0, "jobs", text["Jobs to explore"]),
            .. OnThisPageLink.Of(cluster.Sections.Take(1)),
            .. OnThisPageLink.When(hasIsThisYou, "is-this-you", text["Is this you?"]),
            .. OnThisPageLink.When(cluster.District is not null, DistrictPart.Anchor, text["In our district"]),
            .. OnThisPageLink.Of(cluster.Sections.Skip(1)),
            .. OnThisPageLink.When(crosswalk.Destinations.Count > 0, CrosswalkPanel.Anchor, text[crosswalk.Heading]),
            .. OnThisPageLink.When(cluster.Related.Count > 0, "related", text["Related clusters"]),
        ];
        return new ClusterViewModel(
            new PageMeta(cluster.Title, cluster.Summary, cluster.Path,
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(words.CrumbTitle, SitePaths.Framework(cluster.Framework)), new Crumb(cluster.Title)]),
            cluster.Framework,
            cluster.Slug,
            cluster.Title,
            cluster.Summary,
            cluster.Look,
            cluster.Sections,
            cluster.Activities,
            cluster.Qualities,
            cluster.Subjects,
            cluster.Pathways,
            featuredJobs,
            cluster.Related,
            crosswalk,
            onThisPage)
        {
            District = cluster.District,
            TextLang = cluster.TextLang,
            StatementsLang = cluster.StatementsLang,
            OfficialTitle = cluster.OfficialTitle,
        };
    }

    public static PathwayViewModel Pathway(PathwayDetails pathway, IStringLocalizer<SiteText> text)
    {
        var words = text.WordsFor(pathway.Framework);
        var jobsByEducation = EducationGroup.Of(pathway.Jobs);
        var crosswalk = new CrosswalkPanel(pathway.Framework, pathway.Title, pathway.Crosswalk);
        // The page's parts in the order the view draws them: its featured jobs first, then its sections and every job.
        IReadOnlyList<OnThisPageLink> onThisPage =
        [
            .. OnThisPageLink.When(pathway.Featured.Count > 0, "featured-jobs", text["Featured jobs"]),
            .. OnThisPageLink.Of(pathway.Sections),
            .. OnThisPageLink.When(pathway.District is not null, DistrictPart.Anchor, text["In our district"]),
            .. OnThisPageLink.When(jobsByEducation.Count > 0, "all-jobs", text["Every job in this {0}", words.Pathway]),
            .. OnThisPageLink.When(crosswalk.Destinations.Count > 0, CrosswalkPanel.Anchor, text[crosswalk.Heading]),
            .. OnThisPageLink.When(pathway.OtherPathways.Count > 0, "other-pathways", text["Other {0}", words.Pathways]),
        ];
        return new PathwayViewModel(
            // "Health Informatics pathway", "Engineering sub-cluster": the framework's word for its parts follows the title.
            new PageMeta(text["{0} {1}", pathway.Title, words.Pathway], pathway.Summary, pathway.Path,
                [new Crumb(text["Home"], SitePaths.Home), new Crumb(words.CrumbTitle, SitePaths.Framework(pathway.Framework)),
                    new Crumb(pathway.ClusterTitle, pathway.ClusterPath), new Crumb(pathway.Title)]),
            pathway.Framework,
            pathway.Slug,
            pathway.Title,
            pathway.Summary,
            pathway.ClusterSlug,
            pathway.ClusterTitle,
            pathway.Look,
            pathway.Sections,
            pathway.Featured,
            jobsByEducation,
            pathway.OtherPathways,
            crosswalk,
            onThisPage)
        {
            District = pathway.District,
            TextLang = pathway.TextLang,
            OfficialTitle = pathway.OfficialTitle,
        };
    }
}
