using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>A pathway's required fields, its cluster, and its occupation lists (each code once, each an occupation file, featured ones in the list).</summary>
internal static class PathwayRules
{
    /// <param name="existingClusters">The slugs of every cluster file, read or not: a file that could not be read is already reported.</param>
    public static void Check(IReadOnlyList<ContentFile<PathwayFrontMatter>> pathways, IReadOnlySet<ClusterKey> existingClusters,
        Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        foreach (var pathway in pathways)
        {
            FileRules.RequireText(pathway, "title", pathway.Meta.Title, problems);
            FileRules.RequireText(pathway, "summary", pathway.Meta.Summary, problems);
            FileRules.RequireOrder(pathway, pathway.Meta.Order, problems);
            FileRules.RequireBody(pathway, problems);
            if (string.IsNullOrWhiteSpace(pathway.Meta.Cluster))
            {
                FileRules.Add(problems, pathway, pathway.Lines.Of("cluster"), "missing required field \"cluster\" (the file name of the pathway's cluster, without .md)");
            }
            else if (!existingClusters.Contains(new ClusterKey(pathway.Framework, pathway.Meta.Cluster)))
            {
                FileRules.Add(problems, pathway, pathway.Lines.Of("cluster"), $"the cluster \"{pathway.Meta.Cluster}\" does not exist (use the file name of a file in clusters/, without .md)",
                    "Write the cluster's file name without .md, exactly as it is in the clusters folder, like: cluster: health-science");
            }
            if (pathway.Framework == Frameworks.Sixteen)
            {
                CheckOccupationList(pathway, "occupations", pathway.Meta.Occupations, occupationsByCode, problems);
            }
            else if (pathway.Meta.TypedOccupations.Count > 0)
            {
                FileRules.Add(problems, pathway, pathway.Lines.Of("occupations"),
                    $"a sub-cluster's jobs come from Advance CTE's crosswalk ({OccupationDataReader.Crosswalk2024File}): remove \"occupations\" from this file");
            }
            CheckOccupationList(pathway, "featured", pathway.Meta.Featured, occupationsByCode, problems);
            for (int i = 0; i < pathway.Meta.Featured.Count; i++)
            {
                if (!pathway.Meta.Occupations.Contains(pathway.Meta.Featured[i]))
                {
                    FileRules.Add(problems, pathway, pathway.Lines.OfItem("featured", i), pathway.Framework == Frameworks.Sixteen
                        ? $"featured occupation {pathway.Meta.Featured[i]} is not in this pathway's \"occupations\" list"
                        : $"featured occupation {pathway.Meta.Featured[i]} is not one of this sub-cluster's jobs in {OccupationDataReader.Crosswalk2024File}");
                }
            }
        }
    }

    private static void CheckOccupationList(ContentFile<PathwayFrontMatter> pathway, string field, List<string> codes,
        Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var seen = new HashSet<string>();
        for (int i = 0; i < codes.Count; i++)
        {
            string code = codes[i];
            int line = pathway.Lines.OfItem(field, i);
            if (!OccupationCode.Pattern().IsMatch(code))
            {
                FileRules.Add(problems, pathway, line, $"\"{code}\" is not an O*NET-SOC 2019 code: it must look like 29-1141.00");
            }
            else if (!seen.Add(code))
            {
                FileRules.Add(problems, pathway, line, $"the occupation {code} is listed twice in \"{field}\"", "Delete one of the two lines.");
            }
            else if (!occupationsByCode.ContainsKey(code))
            {
                FileRules.Add(problems, pathway, line, $"no occupation file has the code {code} (add one in occupations/ or fix the code)",
                    "Check the code against the job's file in occupations/ (its code: line), or add a file for the job.");
            }
        }
    }
}
