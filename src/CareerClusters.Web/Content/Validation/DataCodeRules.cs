namespace CareerClusters.Web.Content.Validation;

/// <summary>Every O*NET code in a data file is an occupation of the site; every wider group is a BLS row.</summary>
internal static class DataCodeRules
{
    public static void Check(ContentSet content, Dictionary<string, ContentFile<OccupationFrontMatter>> occupationsByCode, List<ContentProblem> problems)
    {
        if (content.Occupations.Count == 0)
        {
            return;
        }
        foreach (var reference in content.Data.OnetCodes.Where(r => !occupationsByCode.ContainsKey(r.Code)).DistinctBy(r => (r.File, r.Code)))
        {
            problems.Add(new ContentProblem(reference.File, reference.Line, 1,
                $"no occupation file has the code {reference.Code} (add one in occupations/, or remove this code's rows)"));
        }
        foreach (var reference in content.Data.WiderGroupTargets.Where(r => !content.Data.Projections.ContainsKey(r.Code)))
        {
            problems.Add(new ContentProblem(reference.File, reference.Line, 1,
                $"the SOC code {reference.Code} is not a row of the BLS projections file in {OccupationDataReader.BlsFolder}/"));
        }
    }
}
