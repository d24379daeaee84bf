namespace CareerClusters.Web.Data;

// The content database's rows. They are derived from content/ by the importer and never edited by the site.

/// <summary>A part of a page: the text before the first "##" heading, or one "##" heading and what follows it.</summary>
public sealed record PageSection(string? Anchor, string? Heading, string Html)
{
    /// <summary>The section's first paragraph, as HTML (what a comparison shows of it).</summary>
    public string? Lead { get; init; }

    /// <summary>The items of the section's first list, each as &lt;li&gt; HTML.</summary>
    public List<string> ListItems { get; init; } = [];
}

/// <summary>
/// The anchors of the sections every cluster and pathway page has (docs/content.md), by which a page's parts are read
/// (the comparison shows them side by side). Markdig makes them from the headings at import.
/// </summary>
public static class SectionKeys
{
    public const string Overview = "overview";
    public const string WorkEnvironment = "work-environment";
    public const string Skills = "skills-youll-build";
    public const string WhatYouWouldDo = "what-you-would-do";
    public const string WhereYouWouldWork = "where-you-would-work";
    public const string HowToGetStarted = "how-to-get-started";
}

public sealed class Cluster
{
    public int Id { get; set; }
    /// <summary>The framework the cluster belongs to (<see cref="Frameworks"/>); its slug is unique within it.</summary>
    public string Framework { get; set; } = Frameworks.Sixteen;
    public required string Slug { get; set; }
    public required string Title { get; set; }
    /// <summary>The code O*NET uses for a 2024 cluster ("040200"); null for the 16.</summary>
    public string? Code { get; set; }
    public int Order { get; set; }
    public required string Summary { get; set; }
    public string Icon { get; set; } = "";
    public string Colour { get; set; } = "";
    public List<PageSection> Sections { get; set; } = [];
    public List<string> RelatedSlugs { get; set; } = [];
    public List<InterestStatement> IsThisYou { get; set; } = [];
    public List<Pathway> Pathways { get; set; } = [];
}

/// <summary>A statement a student may recognise ("I like fixing things"), of kind activity, quality or subject.</summary>
public sealed record InterestStatement(string Kind, string Text);

public sealed class Pathway
{
    public int Id { get; set; }
    /// <summary>Its cluster's framework, kept on the row so a slug is unique within a framework.</summary>
    public string Framework { get; set; } = Frameworks.Sixteen;
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int ClusterId { get; set; }
    public Cluster Cluster { get; set; } = null!;
    public int Order { get; set; }
    public required string Summary { get; set; }
    public List<PageSection> Sections { get; set; } = [];
    public List<PathwayOccupation> Occupations { get; set; } = [];
}

public sealed class Occupation
{
    public int Id { get; set; }
    /// <summary>The O*NET-SOC 2019 code, like 29-1141.00.</summary>
    public required string Code { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    /// <summary>A BLS education category key (see <see cref="EducationLevels"/>), or null when not written yet.</summary>
    public string? Education { get; set; }
    /// <summary>The site's own summary of the work, from the occupation's Markdown file (the part before any "##" heading).</summary>
    public string DescriptionHtml { get; set; } = "";
    /// <summary>The plain text of that summary (the body before any "##" heading).</summary>
    public string DescriptionText { get; set; } = "";
    /// <summary>The body's "##" sections after the summary (a military job's way in, for example), shown under their headings.</summary>
    public List<PageSection> Sections { get; set; } = [];
    /// <summary>O*NET's description, shown (credited) where the site has no summary of its own.</summary>
    public string? OnetDescription { get; set; }
    /// <summary>Every other title the job goes by (the file's and O*NET's), for search.</summary>
    public List<string> AlternateTitles { get; set; } = [];
    /// <summary>A few familiar other titles, for the page.</summary>
    public List<string> AlsoCalled { get; set; } = [];
    /// <summary>O*NET's core tasks, most important first.</summary>
    public List<string> Tasks { get; set; } = [];
    /// <summary>Software and tools O*NET flags as "hot technologies" for this job.</summary>
    public List<string> HotTechnologies { get; set; } = [];
    /// <summary>O*NET job zone, 1 (little preparation) to 5 (extensive preparation).</summary>
    public int? JobZone { get; set; }
    /// <summary>O*NET interest high points as RIASEC letters, strongest first ("ISC").</summary>
    public string? Interests { get; set; }
    /// <summary>BLS Employment Projections figures, or null when BLS publishes none for this job.</summary>
    public OccupationOutlook? Outlook { get; set; }
    /// <summary>The job has a recognised apprenticeship route (<c>Content/ApprenticeshipRoutes</c>).</summary>
    public bool ApprenticeshipRoute { get; set; }
    /// <summary>The checked routes in (licences, exams, steps), or null when nobody has checked them yet.</summary>
    public JobWaysIn? WaysIn { get; set; }
    public List<PathwayOccupation> Pathways { get; set; } = [];
}

/// <summary>A job's national figures from BLS Employment Projections (Table 1.2), with the years of the release.</summary>
public sealed class OccupationOutlook
{
    public required string SocCode { get; set; }
    public required string SocTitle { get; set; }
    /// <summary>The figures are for a wider group of jobs that BLS projects together.</summary>
    public bool IsWiderGroup { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
    /// <summary>The year of the May wage estimate.</summary>
    public int WageYear { get; set; }
    public int EmploymentFrom { get; set; }
    public int EmploymentTo { get; set; }
    public double ChangePercent { get; set; }
    public double AllJobsChangePercent { get; set; }
    public int AnnualOpenings { get; set; }
    public int? MedianWage { get; set; }
    /// <summary>BLS shows only "at least" this median for the best-paid jobs.</summary>
    public int? MedianWageAtLeast { get; set; }
    public required string Education { get; set; }
    public required string WorkExperience { get; set; }
    public required string OnTheJobTraining { get; set; }
    public string? OohUrl { get; set; }
}

/// <summary>An occupation's place in a pathway; an occupation can belong to several pathways.</summary>
public sealed class PathwayOccupation
{
    public int PathwayId { get; set; }
    public Pathway Pathway { get; set; } = null!;
    public int OccupationId { get; set; }
    public Occupation Occupation { get; set; } = null!;
    public bool Featured { get; set; }
    public int Order { get; set; }
}

/// <summary>
/// How many of one group's jobs (a cluster, or a pathway or sub-cluster) another framework places in one of its groups,
/// counted at import from the occupations both frameworks place: "6 of the 71 jobs in Therapeutic Services sit in
/// Healthcare &amp; Human Services". Written in both directions; a group with no pathway is the whole cluster.
/// </summary>
public sealed class CrosswalkShare
{
    public int Id { get; set; }
    public int FromClusterId { get; set; }
    public Cluster FromCluster { get; set; } = null!;
    public int? FromPathwayId { get; set; }
    public Pathway? FromPathway { get; set; }
    public int ToClusterId { get; set; }
    public Cluster ToCluster { get; set; } = null!;
    public int? ToPathwayId { get; set; }
    public Pathway? ToPathway { get; set; }
    /// <summary>The jobs of the "from" group that sit in the "to" group.</summary>
    public int Shared { get; set; }
    /// <summary>All the jobs of the "from" group.</summary>
    public int Total { get; set; }
}

public sealed class Guide
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public required string Summary { get; set; }
    public List<PageSection> Sections { get; set; } = [];
}

/// <summary>Site-wide texts that are not a cluster, pathway or guide (the home page's introduction).</summary>
public sealed class SitePage
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public List<PageSection> Sections { get; set; } = [];
}

/// <summary>A page the content makes (home, the lists, each cluster, pathway, occupation and guide): the sitemap, and the pages that may be shared.</summary>
public sealed class PageAddress
{
    public required string Path { get; set; }
    /// <summary>When the files the page is made from were last written.</summary>
    public DateTimeOffset LastModified { get; set; }
}

/// <summary>An old web address that permanently moves to a current one (a renamed cluster or pathway).</summary>
public sealed class Redirect
{
    public int Id { get; set; }
    public required string FromPath { get; set; }
    public required string ToPath { get; set; }
}

/// <summary>A word used in the search index and how often, for correcting typos.</summary>
public sealed class SearchWord
{
    public required string Word { get; set; }
    public int Frequency { get; set; }
}

/// <summary>A word people type and the site's words for it, from content/search/synonyms.yml.</summary>
public sealed class SearchSynonym
{
    public int Id { get; set; }
    public required string Term { get; set; }
    public required string Expansion { get; set; }
}

/// <summary>One intent of content/search/intents.yml (a <see cref="SearchIntent"/> as JSON), in the file's order.</summary>
public sealed class SearchIntentRow
{
    public int Id { get; set; }
    public required string Definition { get; set; }
}
