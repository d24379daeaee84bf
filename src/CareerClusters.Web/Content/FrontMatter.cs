namespace CareerClusters.Web.Content;

// The typed front matter of each kind of content file. Property names map to snake_case keys
// (RedirectFrom <-> redirect_from); a key that matches no property is reported as an error.

public sealed class ClusterFrontMatter
{
    public string? Title { get; set; }
    /// <summary>The code O*NET uses for a 2024 cluster ("040200"); its first two digits group the clusters.</summary>
    public string? Code { get; set; }
    public int? Order { get; set; }
    public string? Summary { get; set; }
    public string? Icon { get; set; }
    public string? Colour { get; set; }
    public List<string> Related { get; set; } = [];
    public List<string> RedirectFrom { get; set; } = [];
    public IsThisYouFrontMatter? IsThisYou { get; set; }
}

public sealed class IsThisYouFrontMatter
{
    public List<string> Activities { get; set; } = [];
    public List<string> Qualities { get; set; } = [];
    public List<string> Subjects { get; set; } = [];
}

public sealed class PathwayFrontMatter
{
    public string? Title { get; set; }
    public string? Cluster { get; set; }
    public int? Order { get; set; }
    public string? Summary { get; set; }
    public List<string> RedirectFrom { get; set; } = [];
    public List<string> Featured { get; set; } = [];
    public List<string> Occupations { get; set; } = [];

    /// <summary>For a 2024 sub-cluster, whatever the file itself listed: its jobs come from the crosswalk instead (reported if not empty).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public List<string> TypedOccupations { get; set; } = [];
}

public sealed class OccupationFrontMatter
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Education { get; set; }
    public List<string> AlternateTitles { get; set; } = [];
    /// <summary>The job's old file names: their addresses lead here.</summary>
    public List<string> RedirectFrom { get; set; } = [];

    /// <summary>
    /// Pathway slug (of the 16 clusters) to the reason this job sits in that pathway although O*NET's 16-cluster
    /// crosswalk (data/onet/career-clusters-16.csv) does not place it there.
    /// </summary>
    public Dictionary<string, string?> PlacementReasons { get; set; } = [];

    /// <summary>The checked routes into the job (licences, exams, apprenticeship), shown under "How to get there".</summary>
    public WaysInFrontMatter? WaysIn { get; set; }
}

/// <summary>An occupation's <c>ways_in:</c>: the real routes in order, the licence or exam and who issues it, and when they were checked against whom.</summary>
public sealed class WaysInFrontMatter
{
    /// <summary>The date the routes were checked, as YYYY-MM-DD (read by <see cref="Validation.WaysInRules"/>).</summary>
    public string? Checked { get; set; }
    public List<string?> Steps { get; set; } = [];
    public string? License { get; set; }
    /// <summary>A registered apprenticeship is a recognised route (<see cref="ApprenticeshipRoutes"/>).</summary>
    public bool Apprenticeship { get; set; }
    public List<string?> Sources { get; set; } = [];
}

public sealed class GuideFrontMatter
{
    public string? Title { get; set; }
    public int? Order { get; set; }
    public string? Summary { get; set; }
    /// <summary>The guide's old file names: their addresses lead here.</summary>
    public List<string> RedirectFrom { get; set; } = [];
}

public sealed class HomeFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
}
