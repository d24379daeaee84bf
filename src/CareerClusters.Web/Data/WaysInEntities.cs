namespace CareerClusters.Web.Data;

/// <summary>
/// The checked routes into a job, from its file's <c>ways_in:</c> (docs/content.md): stored as JSON on the occupation's
/// row, shown under "How to get there". Null on a job nobody has checked yet.
/// </summary>
public sealed class JobWaysIn
{
    /// <summary>The day the routes were checked against the issuing bodies.</summary>
    public DateOnly Checked { get; set; }
    /// <summary>The real routes in, in order, one short plain sentence each.</summary>
    public List<string> Steps { get; set; } = [];
    /// <summary>The licence or exam by name and who issues it, or null when the job needs none.</summary>
    public string? License { get; set; }
    /// <summary>The issuing bodies the routes were checked against.</summary>
    public List<string> Sources { get; set; } = [];
}
