using System.Globalization;
using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>How the site says a job's figures in words: pay, outlook, preparation and interests.</summary>
public static class OccupationFacts
{
    /// <summary>"$98,430 a year", "at least $239,200 a year", or null when BLS publishes no yearly median.</summary>
    public static string? Pay(OccupationOutlook? outlook) => outlook is null ? null : Pay(outlook.MedianWage, outlook.MedianWageAtLeast);

    /// <summary>The same words from BLS's median and its "at least" floor (for wages above its top band).</summary>
    public static string? Pay(int? medianWage, int? atLeast) => (medianWage, atLeast) switch
    {
        (int wage, _) => $"{Dollars(wage)} a year",
        (null, int floor) => $"at least {Dollars(floor)} a year",
        _ => null,
    };

    public static string Dollars(int amount) => "$" + Count(amount);

    /// <summary>The outlook's category, judged from the numbers against the change in all jobs in the same projection.</summary>
    public static OutlookCategory OutlookOf(OccupationOutlook outlook)
    {
        double change = outlook.ChangePercent, average = outlook.AllJobsChangePercent;
        return change >= average + 5 ? OutlookCategory.MuchFaster
            : change >= average + 2 ? OutlookCategory.Faster
            : change > average - 2 ? OutlookCategory.AboutAverage
            : change >= 0 ? OutlookCategory.Slower
            : OutlookCategory.Declining;
    }

    /// <summary>Our words for the outlook's category.</summary>
    public static string OutlookWords(OccupationOutlook outlook) => OutlookOf(outlook) switch
    {
        OutlookCategory.MuchFaster => "Growing much faster than average",
        OutlookCategory.Faster => "Growing faster than average",
        OutlookCategory.AboutAverage => "Growing about as fast as average",
        OutlookCategory.Slower => "Growing slower than average",
        _ => "Fewer jobs expected",
    };

    /// <summary>A short outlook for lists: "faster than average (+7.4%)".</summary>
    public static string OutlookShort(OccupationOutlook outlook) =>
        OutlookOf(outlook) switch
        {
            OutlookCategory.MuchFaster => "much faster than average",
            OutlookCategory.Faster => "faster than average",
            OutlookCategory.AboutAverage => "about as fast as average",
            OutlookCategory.Slower => "slower than average",
            _ => "fewer jobs expected",
        } + $" ({Percent(outlook.ChangePercent)})";

    public static string Percent(double change) => (change > 0 ? "+" : "") + change.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A whole number with thousands separators: "1,016".</summary>
    public static string Count(int number) => number.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The route into the job in plain words, from BLS's education, experience and training categories.</summary>
    public static IReadOnlyList<string> Route(OccupationOutlook outlook)
    {
        var steps = new List<string>
        {
            outlook.Education switch
            {
                "No formal educational credential" => "You can usually start without a diploma or degree.",
                "High school diploma or equivalent" => "Most people start with a high school diploma or the equivalent.",
                "Postsecondary nondegree award" => "Most people start with a certificate from a training program after high school, from a few weeks to two years long.",
                "Some college, no degree" => "Most people start with some college classes, but no degree is needed.",
                "Associate's degree" => "Most people start with an associate's degree, usually two years at a community or technical college.",
                "Bachelor's degree" => "Most people start with a bachelor's degree, usually four years of college.",
                "Master's degree" => "Most people start with a master's degree, usually one or two years of study after a bachelor's degree.",
                "Doctoral or professional degree" => "Most people need a doctoral or professional degree, several years of study after a bachelor's degree.",
                _ => $"Typical education to start: {outlook.Education}.",
            },
        };
        if (outlook.WorkExperience == "Less than 5 years")
        {
            steps.Add("Employers usually want some experience in a related job first, less than five years.");
        }
        else if (outlook.WorkExperience == "5 years or more")
        {
            steps.Add("Employers usually want five years or more of experience in a related job first.");
        }
        string? training = outlook.OnTheJobTraining switch
        {
            "Short-term on-the-job training" => "New workers learn on the job in a month or less.",
            "Moderate-term on-the-job training" => "New workers learn on the job for one to twelve months.",
            "Long-term on-the-job training" => "New workers learn on the job for more than a year.",
            "Apprenticeship" => "Most learn through an apprenticeship: paid work and classes together, often for several years.",
            "Internship/residency" => "New workers complete an internship or residency, supervised training on the job.",
            _ => null,
        };
        if (training is not null)
        {
            steps.Add(training);
        }
        return steps;
    }

    /// <summary>O*NET's job zones, in the site's words.</summary>
    public static string? JobZone(int? zone) => zone switch
    {
        1 => "Little or no preparation needed (O*NET job zone 1)",
        2 => "Some preparation needed (O*NET job zone 2)",
        3 => "Medium preparation needed (O*NET job zone 3)",
        4 => "Considerable preparation needed (O*NET job zone 4)",
        5 => "Extensive preparation needed (O*NET job zone 5)",
        _ => null,
    };

    private static readonly Dictionary<char, string> InterestNames = new()
    {
        ['R'] = "Realistic (hands-on, building and fixing)",
        ['I'] = "Investigative (ideas, science and problem solving)",
        ['A'] = "Artistic (creating and self-expression)",
        ['S'] = "Social (helping and teaching people)",
        ['E'] = "Enterprising (leading and persuading)",
        ['C'] = "Conventional (organizing, data and details)",
    };

    public static IReadOnlyList<string> Interests(string? letters) =>
        (letters ?? "").Where(InterestNames.ContainsKey).Select(l => InterestNames[l]).ToList();
}

/// <summary>How a job's projected change compares with all jobs': the filters and the wording both start from it.</summary>
public enum OutlookCategory
{
    MuchFaster,
    Faster,
    AboutAverage,
    Slower,
    Declining,
}
