using System.Text.RegularExpressions;

namespace CareerClusters.Web.Data;

/// <summary>An O*NET-SOC code, like 29-1141.00: what a content file's <c>onet_code</c> must look like, and a permanent address of a job.</summary>
public static partial class OccupationCode
{
    public static bool IsCode(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    public static partial Regex Pattern();
}
