using System.Text.RegularExpressions;

namespace CareerClusters.Web.Content;

/// <summary>An O*NET-SOC 2019 code, like 29-1141.00: an occupation's key in its file, in the data files and in a permanent link.</summary>
public static partial class OccupationCode
{
    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    public static partial Regex Pattern();
}
