using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Compare;

/// <summary>A job's median yearly pay from BLS; for the best-paid jobs BLS publishes only a floor ("at least $239,200").</summary>
public sealed record Wage(int Dollars, bool AtLeast);

/// <summary>
/// The spread of a group's BLS median yearly wages, one figure per job: the lowest, the highest and the median of the
/// medians (the middle job's, or the mean of the two middle jobs'), from the May estimate of <paramref name="WageYear"/>.
/// </summary>
/// <param name="JobsWithPay">How many of the group's jobs have a yearly median (BLS gives some jobs an hourly figure only, and some none).</param>
public sealed record PaySpread(int JobsWithPay, Wage Lowest, Wage Median, Wage Highest, int WageYear);

/// <summary>How many of a group's jobs fall in each outlook band of <see cref="OccupationFacts.OutlookOf"/>, from one BLS projection.</summary>
public sealed record OutlookSpread(
    int JobsWithFigures, int MuchFaster, int Faster, int AboutAverage, int Slower, int LittleOrNoChange, int Declining,
    double AllJobsChangePercent, int FromYear, int ToYear)
{
    /// <summary>Jobs growing faster than average, much faster ones included.</summary>
    public int FasterThanAverage => MuchFaster + Faster;

    /// <summary>The projection's years ("2024–34") and source.</summary>
    public ProjectionYears Years => new(FromYear, ToYear, 0);
}

/// <summary>Pay and outlook of a group of jobs, worked out from each job's BLS figures (never from anything else).</summary>
public static class CompareFigures
{
    /// <summary>The spread of the jobs' yearly medians, or null when none of them has one.</summary>
    public static PaySpread? PayOf(IEnumerable<OccupationOutlook?> jobs)
    {
        var known = jobs.OfType<OccupationOutlook>().ToList();
        var wages = known
            .Select(o => o.MedianWage is int wage ? new Wage(wage, false) : o.MedianWageAtLeast is int floor ? new Wage(floor, true) : null)
            .OfType<Wage>()
            // A floor sorts after an exact figure of the same amount: the job it stands for pays that much or more.
            .OrderBy(w => w.Dollars).ThenBy(w => w.AtLeast)
            .ToList();
        if (wages.Count == 0)
        {
            return null;
        }
        int middle = wages.Count / 2;
        var median = wages.Count % 2 == 1
            ? wages[middle]
            : new Wage((int)Math.Round((wages[middle - 1].Dollars + (long)wages[middle].Dollars) / 2.0, MidpointRounding.AwayFromZero),
                wages[middle - 1].AtLeast || wages[middle].AtLeast);
        return new PaySpread(wages.Count, wages[0], median, wages[^1], known.Max(o => o.WageYear));
    }

    /// <summary>How many jobs fall in each outlook band, or null when none of them has BLS figures.</summary>
    public static OutlookSpread? OutlookOf(IEnumerable<OccupationOutlook?> jobs)
    {
        var known = jobs.OfType<OccupationOutlook>().ToList();
        if (known.Count == 0)
        {
            return null;
        }
        var bands = known.GroupBy(OccupationFacts.OutlookOf).ToDictionary(g => g.Key, g => g.Count());
        int Count(OutlookCategory band) => bands.GetValueOrDefault(band);
        var release = known.MaxBy(o => o.ToYear)!;
        return new OutlookSpread(known.Count, Count(OutlookCategory.MuchFaster), Count(OutlookCategory.Faster), Count(OutlookCategory.AboutAverage),
            Count(OutlookCategory.Slower), Count(OutlookCategory.LittleOrNoChange), Count(OutlookCategory.Declining),
            release.AllJobsChangePercent, release.FromYear, release.ToYear);
    }
}
