using System.Text.RegularExpressions;

namespace CareerClusters.Web.Data;

/// <summary>What a slug looks like: lowercase words and numbers joined by single hyphens ("health-science"). Slugs are web addresses.</summary>
public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Pattern();
}
