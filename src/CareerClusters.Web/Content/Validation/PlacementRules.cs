using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content.Validation;

/// <summary>
/// Where the 16 clusters' pathways place their jobs, against O*NET's 16-cluster crosswalk: a job a pathway lists
/// outside O*NET's places needs a reason in its occupation file (<c>placement_reasons</c>), and each reason must name
/// a pathway that lists the job.
/// </summary>
internal static class PlacementRules
{
    public const string Field = "placement_reasons";

    public static void Check(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        var pathways = content.Pathways.Where(p => p.Framework == Frameworks.Sixteen).ToDictionary(p => p.Slug);
        foreach (var occupation in content.Occupations)
        {
            foreach (var (slug, reason) in occupation.Meta.PlacementReasons)
            {
                int line = occupation.Lines.OfEntry(Field, slug);
                if (!pathways.TryGetValue(slug, out var pathway))
                {
                    FileRules.Add(problems, occupation, line,
                        $"\"{slug}\" in \"{Field}\" is not a pathway (use the file name of a file in {ContentLoader.PathwaysFolder}/, without .md)");
                }
                else if (occupation.Meta.Code is null || !pathway.Meta.Occupations.Contains(occupation.Meta.Code))
                {
                    FileRules.Add(problems, occupation, line,
                        $"{pathway.File} does not list {occupation.Meta.Code} in \"occupations\": remove this reason, or add the job to the pathway");
                }
                if (string.IsNullOrWhiteSpace(reason))
                {
                    FileRules.Add(problems, occupation, line, $"the reason for \"{slug}\" is empty: say in a sentence why the job belongs in that pathway");
                }
            }
        }

        var onet = content.Data.Clusters16;
        if (onet.IsEmpty)
        {
            return;
        }
        foreach (var pathway in pathways.Values)
        {
            for (int i = 0; i < pathway.Meta.Occupations.Count; i++)
            {
                string code = pathway.Meta.Occupations[i];
                if (occupationsByCode.TryGetValue(code, out var occupation) && !onet.Places(pathway.Meta.Title ?? "", code)
                    && string.IsNullOrWhiteSpace(occupation.Meta.PlacementReasons.GetValueOrDefault(pathway.Slug)))
                {
                    FileRules.Add(problems, pathway, pathway.Lines.OfItem("occupations", i),
                        $"O*NET's crosswalk ({OccupationDataReader.Clusters16File}) does not place {code} in {pathway.Meta.Title}: " +
                        $"say why it belongs here in {occupation.File} (\"{Field}:\" then \"{pathway.Slug}: the reason\"), or move the job");
                }
            }
        }
        var titles = pathways.Values.Select(p => OnetClusterPlacements.NameKey(p.Meta.Title ?? "")).ToHashSet(StringComparer.Ordinal);
        foreach (var name in onet.Pathways.Where(n => !titles.Contains(n.Key)).Select(n => n.Value))
        {
            problems.Add(new ContentProblem(name.File, name.Line, 1,
                $"no pathway in {ContentLoader.PathwaysFolder}/ has the title \"{name.Name}\" (names match without regard to \"&\" or \"and\")"));
        }
    }
}
