using CareerClusters.Web.Content.DataFiles;

namespace CareerClusters.Web.Content;

/// <summary>
/// Reads content/data/: O*NET files in O*NET's own tab-separated layout (trimmed or whole), the BLS projections CSV
/// the list of codes BLS projects in wider groups, O*NET's 16-cluster crosswalk, Advance CTE's 2024 crosswalk, and the
/// military counterparts and paying-for-training sentences of the job pages, one reader each (Content/DataFiles/). Every file is optional;
/// each problem names its file and line.
/// </summary>
public static class OccupationDataReader
{
    public const string Folder = "data";
    public const string OnetFolder = "data/onet";
    public const string BlsFolder = "data/bls";
    /// <summary>The BLS file is found by this pattern, so next year's release (employment-projections-2025-35.csv) is a drop-in.</summary>
    public const string ProjectionsPattern = "employment-projections-*.csv";
    public const string WiderGroupsFile = "data/bls/onet-codes-in-wider-groups.csv";
    public const string AdvanceCteFolder = "data/advance-cte";
    public const string Crosswalk2024File = AdvanceCteFolder + "/soc-clusters-2024.csv";
    public const string Crosswalk2024WiderGroupsFile = AdvanceCteFolder + "/onet-codes-in-wider-groups.csv";
    public const string PlacedByJudgementFile = AdvanceCteFolder + "/placed-by-judgement.csv";
    public const string Unplaced2024File = AdvanceCteFolder + "/unplaced-occupations.csv";
    /// <summary>O*NET's 16-cluster crosswalk (O*NET-SOC 2010 codes) and its 2010-to-2019 taxonomy crosswalk, as published.</summary>
    public const string Clusters16File = OnetFolder + "/career-clusters-16.csv";
    public const string TaxonomyCrosswalkFile = OnetFolder + "/2010_to_2019_Crosswalk.csv";

    public static OccupationData Read(string contentPath, List<ContentProblem> problems)
    {
        var data = new OccupationData();
        string dataFolder = Path.Combine(contentPath, "data");
        if (Directory.Exists(dataFolder))
        {
            var newest = new DirectoryInfo(dataFolder).EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.LastWriteTimeUtc).DefaultIfEmpty().Max();
            data.LastModified = newest == default ? null : new DateTimeOffset(newest, TimeSpan.Zero);
        }
        // In this order, so the problems come in the same order from one load to the next.
        OnetDescriptionsReader.Read(contentPath, data, problems);
        OnetTasksReader.Read(contentPath, data, problems);
        OnetAlternateTitlesReader.Read(contentPath, data, problems);
        OnetReportedTitlesReader.Read(contentPath, data, problems);
        OnetJobZonesReader.Read(contentPath, data, problems);
        OnetInterestsReader.Read(contentPath, data, problems);
        OnetTechnologiesReader.Read(contentPath, data, problems);
        HiddenTechnologiesReader.Read(contentPath, data, problems);
        BlsProjectionsReader.Read(contentPath, data, problems);
        WiderGroupsReader.Read(contentPath, data, problems);
        OnetClustersReader.Read(contentPath, data, problems);
        AdvanceCteReader.Read(contentPath, data, problems);
        TrainingRouteReaders.Read(contentPath, data, problems);
        StatesReader.Read(contentPath, data, problems);
        return data;
    }
}
