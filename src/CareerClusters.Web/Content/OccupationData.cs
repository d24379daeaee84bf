using CareerClusters.Web.Data;

namespace CareerClusters.Web.Content;

/// <summary>A code named in a data file, and where, so the validator can say which file and line names an unknown one.</summary>
public sealed record CodeReference(string File, int Line, string Code);

/// <summary>The O*NET and BLS data files of content/data/, read into lookups by code.</summary>
public sealed class OccupationData
{
    public Dictionary<string, string> Descriptions { get; } = [];
    public Dictionary<string, List<string>> Tasks { get; } = [];
    /// <summary>O*NET's alternate titles and the titles workers reported: searched, not all shown.</summary>
    public Dictionary<string, List<string>> Titles { get; } = [];
    /// <summary>Reported titles that My Next Move shows: the short "also called" list on a page.</summary>
    public Dictionary<string, List<string>> ShownTitles { get; } = [];
    public Dictionary<string, int> JobZones { get; } = [];
    /// <summary>RIASEC high points, first to third, as letters ("ISC").</summary>
    public Dictionary<string, string> Interests { get; } = [];
    /// <summary>Each code's O*NET "hot" technologies, all of them, in O*NET's order (<see cref="TechnologyFit"/> picks the shown ones).</summary>
    public Dictionary<string, List<string>> HotTechnologies { get; } = [];
    /// <summary>Each technology's kind, O*NET's commodity title ("Spreadsheet software").</summary>
    public Dictionary<string, string> TechnologyKinds { get; } = new(StringComparer.Ordinal);
    /// <summary>Technologies an editor hides (data/technology/hidden.csv).</summary>
    public List<DataFiles.HiddenTechnologyRow> HiddenTechnologies { get; } = [];
    public Dictionary<string, Projection> Projections { get; } = [];
    /// <summary>When the newest data file was written, or null when there is none.</summary>
    public DateTimeOffset? LastModified { get; set; }
    /// <summary>The years of the projections file, or null when there is none.</summary>
    public ProjectionYears? Years { get; set; }
    /// <summary>O*NET-SOC codes that BLS projects only inside a wider group, and that group's SOC code.</summary>
    public Dictionary<string, string> WiderGroups { get; } = [];
    public List<CodeReference> OnetCodes { get; } = [];
    public List<CodeReference> WiderGroupTargets { get; } = [];
    /// <summary>Advance CTE's crosswalk to the 2024 framework and the files that complete it (data/advance-cte/).</summary>
    public FrameworkPlacementData Placements2024 { get; } = new();
    /// <summary>O*NET's own placement of jobs in the 16 clusters' pathways (data/onet/career-clusters-16.csv), in 2019 codes.</summary>
    public OnetClusterPlacements Clusters16 { get; } = new();
    /// <summary>Military jobs and the civilian jobs they train people for (data/military/counterparts.csv).</summary>
    public List<MilitaryCounterpartRow> MilitaryCounterparts { get; } = [];
    /// <summary>One sentence per education level on paying for its training (data/education/paying-for-training.csv).</summary>
    public List<TrainingCostRow> TrainingCosts { get; } = [];
    /// <summary>The states a student can pick, with their career sites (data/states/states.csv).</summary>
    public List<DataFiles.StateRow> States { get; } = [];

    /// <summary>The change in all jobs over the projection, from the same table (the sum of every occupation's employment).</summary>
    public double? AllOccupationsChangePercent
    {
        get
        {
            long before = Projections.Values.Sum(p => (long)p.EmploymentBase), after = Projections.Values.Sum(p => (long)p.EmploymentTarget);
            return before == 0 ? null : Math.Round(100.0 * (after - before) / before, 1);
        }
    }

    /// <summary>
    /// The typical education to enter a job, as a key of <see cref="EducationLevels"/>: BLS's category is the
    /// source of record; a content file's own value covers the jobs BLS does not project.
    /// </summary>
    public string? EducationKeyOf(string onetCode, string? fileValue) =>
        (ProjectionFor(onetCode) is { } projection ? EducationLevels.KeyOf(projection.Education) : null) ?? fileValue;

    /// <summary>
    /// The BLS row for an O*NET-SOC code: its own SOC code (29-1141.00 -> 29-1141), the wider group it is projected in,
    /// or the broad code (NN-NNN0) BLS uses for a few groups. Null when BLS publishes no national figures for it.
    /// </summary>
    public Projection? ProjectionFor(string onetCode)
    {
        string soc = onetCode[..7];
        if (Projections.TryGetValue(soc, out var own))
        {
            return own;
        }
        if (WiderGroups.TryGetValue(onetCode, out string? group) && Projections.TryGetValue(group, out var wider))
        {
            return wider;
        }
        return Projections.TryGetValue(soc[..6] + "0", out var broad) && broad.IsBroad ? broad : null;
    }
}

/// <summary>A 2024 cluster and sub-cluster as a data file names them, and the row that does.</summary>
public sealed record FrameworkPlace(string Cluster, string SubCluster, string File, int Line);

/// <summary>The rows of data/advance-cte/: where the 2024 framework places each SOC occupation, and the site's additions.</summary>
public sealed class FrameworkPlacementData
{
    /// <summary>SOC 2018 code (29-1141) to every sub-cluster Advance CTE places it in.</summary>
    public Dictionary<string, List<FrameworkPlace>> BySoc { get; } = [];
    public List<CodeReference> SocRows { get; } = [];
    /// <summary>O*NET-SOC codes the crosswalk knows only inside a wider SOC occupation, and that occupation.</summary>
    public Dictionary<string, string> WiderGroups { get; } = [];
    /// <summary>Places chosen by judgement where the crosswalk has none.</summary>
    public List<(string Code, FrameworkPlace Place)> ByJudgement { get; } = [];
    /// <summary>Occupations deliberately left out of the 2024 framework.</summary>
    public HashSet<string> Unplaced { get; } = [];

    public bool IsEmpty => BySoc.Count == 0 && ByJudgement.Count == 0;

    /// <summary>
    /// Where an O*NET-SOC 2019 code sits: its own SOC code (29-1141.00 -> 29-1141), its broad group (NN-NNN0), or the
    /// wider occupation the mapping file names; then any place chosen by judgement.
    /// </summary>
    public IEnumerable<FrameworkPlace> PlacesOf(string onetCode)
    {
        string soc = onetCode[..7];
        var places = BySoc.GetValueOrDefault(soc) ?? BySoc.GetValueOrDefault(soc[..6] + "0")
            ?? (WiderGroups.TryGetValue(onetCode, out string? wider) ? BySoc.GetValueOrDefault(wider) : null) ?? [];
        return places.Concat(ByJudgement.Where(j => j.Code == onetCode).Select(j => j.Place));
    }
}
