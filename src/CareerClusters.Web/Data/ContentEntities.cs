namespace CareerClusters.Web.Data;

// The content database's rows. They are derived from content/ by the importer and never edited by the site.

/// <summary>A part of a page: the text before the first "##" heading, or one "##" heading and what follows it.</summary>
public sealed record PageSection(string? Anchor, string? Heading, string Html);

public sealed class Cluster
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public required string Summary { get; set; }
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
    /// <summary>A BLS education category key (see Content.EducationLevels), or null when not written yet.</summary>
    public string? Education { get; set; }
    public string DescriptionHtml { get; set; } = "";
    public string DescriptionText { get; set; } = "";
    public List<string> AlternateTitles { get; set; } = [];
    public List<PathwayOccupation> Pathways { get; set; } = [];
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
