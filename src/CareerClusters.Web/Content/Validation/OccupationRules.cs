using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>An occupation's title, its code (well formed, one file per code) and its education.</summary>
internal static class OccupationRules
{
    /// <summary>Checks the occupations and returns them by code (the first file of each valid code).</summary>
    public static Dictionary<string, ContentFile<OccupationFrontMatter>> Check(
        IReadOnlyList<ContentFile<OccupationFrontMatter>> occupations, List<ContentProblem> problems)
    {
        var byCode = new Dictionary<string, ContentFile<OccupationFrontMatter>>();
        foreach (var occupation in occupations)
        {
            FileRules.RequireText(occupation, "title", occupation.Meta.Title, problems);
            string? code = occupation.Meta.Code;
            if (string.IsNullOrWhiteSpace(code))
            {
                FileRules.Add(problems, occupation, occupation.Lines.Of("code"), "missing required field \"code\" (the O*NET-SOC 2019 code, like 29-1141.00)");
            }
            else if (!OccupationCode.Pattern().IsMatch(code))
            {
                FileRules.Add(problems, occupation, occupation.Lines.Of("code"), $"\"{code}\" is not an O*NET-SOC 2019 code: it must look like 29-1141.00");
            }
            else if (byCode.TryGetValue(code, out var first))
            {
                FileRules.Add(problems, occupation, occupation.Lines.Of("code"), $"the code {code} is already used by {first.File}: each occupation has one file");
            }
            else
            {
                byCode[code] = occupation;
            }
            if (occupation.Meta.Education is { } education && !EducationLevels.IsKnown(education))
            {
                FileRules.Add(problems, occupation, occupation.Lines.Of("education"), $"unknown education \"{education}\"; use one of: {string.Join(", ", EducationLevels.Keys)}");
            }
        }
        return byCode;
    }
}
