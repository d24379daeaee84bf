using CareerClusters.Web.Content.DataFiles;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Each row of data/technology/hidden.csv names a job of the site (or "*" for every job), a technology O*NET lists for
/// it, and a reason; a row that would hide nothing is a mistake worth reporting.
/// </summary>
internal static class TechnologyRules
{
    public static void Check(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var data = content.Data;
        foreach (var row in data.HiddenTechnologies)
        {
            void Problem(string message) => problems.Add(new ContentProblem(row.File, row.Line, 1, message));
            bool everyJob = row.Code == HiddenTechnologyRow.EveryJob;
            if (!everyJob && content.Occupations.Count > 0 && !occupationsByCode.ContainsKey(row.Code))
            {
                Problem($"no occupation file has the code {row.Code} (use an O*NET-SOC code such as 29-1141.00, or \"*\" for every job)");
            }
            else if (data.HotTechnologies.Count > 0 && (everyJob
                ? !data.TechnologyKinds.ContainsKey(row.Technology)
                : !data.HotTechnologies.GetValueOrDefault(row.Code, []).Contains(row.Technology, StringComparer.Ordinal)))
            {
                Problem($"O*NET lists no technology \"{row.Technology}\" for {(everyJob ? "any job" : row.Code)}: copy its name exactly from {OccupationDataReader.OnetFolder}/{OnetTechnologiesReader.FileName}");
            }
            if (string.IsNullOrWhiteSpace(row.Reason))
            {
                Problem("the column \"reason\" is empty: say why this technology does not belong on the page");
            }
        }
    }
}
