using CareerClusters.Web.Content.DataFiles;

namespace CareerClusters.Web.Content;

/// <summary>
/// The technologies a job page shows: those specific to the kind of work, at most <see cref="MostShown"/>, in O*NET's
/// order. A technology fits a job when the job's occupation group (the first two digits of its code: all health
/// jobs, all production jobs) lists it at least <see cref="MinimumLift"/> times as often as all occupations do, so
/// Apache Spark, which O*NET lists for a few nurses' specialties among many others, is left out. General office,
/// e-mail, browser and operating-system software is shown only for office and computer jobs, which are about it.
/// An editor hides what is still out of place in data/technology/hidden.csv. The About page says this rule.
/// </summary>
public sealed class TechnologyFit
{
    public const int MostShown = 6;
    public const double MinimumLift = 2.0;

    /// <summary>O*NET's kinds of software that nearly every job uses (commodity titles).</summary>
    public static readonly IReadOnlySet<string> GeneralKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "Spreadsheet software", "Office suite software", "Word processing software", "Electronic mail software", "Presentation software",
        "Operating system software", "Internet browser software", "Video conferencing software", "Instant messaging software",
        "Document management software", "Data base user interface and query software", "Enterprise resource planning ERP software",
    };

    /// <summary>Occupation groups whose work is about general software: computer and mathematical (15), office and administrative support (43).</summary>
    public static readonly IReadOnlySet<string> GroupsAboutGeneralSoftware = new HashSet<string>(StringComparer.Ordinal) { "15", "43" };

    private readonly OccupationData _data;
    private readonly Dictionary<string, int> _jobsListing = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Group, string Technology), int> _groupJobsListing = [];
    private readonly Dictionary<string, int> _groupJobs = new(StringComparer.Ordinal);
    private readonly ILookup<string, string> _hidden;

    public TechnologyFit(OccupationData data)
    {
        _data = data;
        foreach (var (code, technologies) in data.HotTechnologies)
        {
            string group = code[..2];
            _groupJobs[group] = _groupJobs.GetValueOrDefault(group) + 1;
            foreach (string technology in technologies)
            {
                _jobsListing[technology] = _jobsListing.GetValueOrDefault(technology) + 1;
                _groupJobsListing[(group, technology)] = _groupJobsListing.GetValueOrDefault((group, technology)) + 1;
            }
        }
        _hidden = data.HiddenTechnologies.ToLookup(h => h.Code, h => h.Technology, StringComparer.Ordinal);
    }

    /// <summary>The technologies to show on this job's page.</summary>
    public List<string> For(string code) =>
        _data.HotTechnologies.GetValueOrDefault(code, [])
            .Where(technology => Fits(code, technology) && !IsHidden(code, technology))
            .Take(MostShown)
            .ToList();

    private bool Fits(string code, string technology)
    {
        string group = code[..2];
        if (GeneralKinds.Contains(_data.TechnologyKinds.GetValueOrDefault(technology, "")))
        {
            return GroupsAboutGeneralSoftware.Contains(group);
        }
        double shareOfAll = (double)_jobsListing[technology] / _data.HotTechnologies.Count;
        double shareOfGroup = (double)_groupJobsListing[(group, technology)] / _groupJobs[group];
        return shareOfGroup >= MinimumLift * shareOfAll;
    }

    private bool IsHidden(string code, string technology) =>
        _hidden[code].Contains(technology, StringComparer.Ordinal) || _hidden[HiddenTechnologyRow.EveryJob].Contains(technology, StringComparer.Ordinal);
}
