using System.Globalization;
using CareerClusters.Web.Data;
using Microsoft.Extensions.Localization;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// How the site says a job's facts in words (pay, outlook, education, the route in, preparation, interests), from the
/// text catalogue: mappings call <c>text.Pay(...)</c>, views <c>Text.Pay(...)</c>. The numbers and categories come
/// from <see cref="OccupationFacts"/>; only the wording lives here.
/// </summary>
public static class JobWords
{
    /// <summary>"$98,430 a year", "at least $239,200 a year", or null when BLS publishes no yearly median.</summary>
    public static string? Pay(this IStringLocalizer<SiteText> text, OccupationOutlook? outlook) =>
        outlook is null ? null : text.Pay(outlook.MedianWage, outlook.MedianWageAtLeast);

    /// <summary>The same words from BLS's median and its "at least" floor (for wages above its top band).</summary>
    public static string? Pay(this IStringLocalizer<SiteText> text, int? medianWage, int? atLeast) => (medianWage, atLeast) switch
    {
        (int wage, _) => text["{0} a year", OccupationFacts.Dollars(wage)].Value,
        (null, int floor) => text["at least {0} a year", OccupationFacts.Dollars(floor)].Value,
        _ => null,
    };

    /// <summary>Our words for the outlook's category, to lead the outlook line of a job page.</summary>
    public static string OutlookWords(this IStringLocalizer<SiteText> text, OccupationOutlook outlook) => OccupationFacts.OutlookOf(outlook) switch
    {
        OutlookCategory.MuchFaster => text["Growing much faster than average"].Value,
        OutlookCategory.Faster => text["Growing faster than average"].Value,
        OutlookCategory.AboutAverage => text["Growing about as fast as average"].Value,
        OutlookCategory.Slower => text["Growing slower than average"].Value,
        OutlookCategory.LittleOrNoChange => text["Little or no change"].Value,
        _ => text["Fewer jobs expected"].Value,
    };

    /// <summary>One sentence that says what the outlook's words mean, beside every outlook on a job page.</summary>
    public static string OutlookMeaning(this IStringLocalizer<SiteText> text, OccupationOutlook outlook)
    {
        string all = OccupationFacts.Percent(outlook.AllJobsChangePercent);
        return OccupationFacts.OutlookOf(outlook) switch
        {
            OutlookCategory.MuchFaster => text["We call growth “much faster than average” when it is 4 points or more above the {0} for all jobs.", all],
            OutlookCategory.Faster => text["We call growth “faster than average” when it is 2 to 4 points above the {0} for all jobs.", all],
            OutlookCategory.AboutAverage => text["We call growth “about as fast as average” when it is within a point or two of the {0} for all jobs.", all],
            OutlookCategory.Slower => text["We call growth “slower than average” when jobs grow by more than 1% but well under the {0} for all jobs.", all],
            OutlookCategory.LittleOrNoChange => text["We call it “little or no change” when the number of jobs moves by 1% or less, up or down (all jobs: {0}).", all],
            _ => text["We say “fewer jobs expected” when the number of jobs falls by more than 1% (all jobs: {0}).", all],
        };
    }

    /// <summary>A short outlook for lists: "faster than average (+7.4%)".</summary>
    public static string OutlookShort(this IStringLocalizer<SiteText> text, OccupationOutlook outlook) => text[OccupationFacts.OutlookOf(outlook) switch
    {
        OutlookCategory.MuchFaster => "much faster than average ({0})",
        OutlookCategory.Faster => "faster than average ({0})",
        OutlookCategory.AboutAverage => "about as fast as average ({0})",
        OutlookCategory.Slower => "slower than average ({0})",
        OutlookCategory.LittleOrNoChange => "little or no change ({0})",
        _ => "fewer jobs expected ({0})",
    }, OccupationFacts.Percent(outlook.ChangePercent)];

    /// <summary>The name of a level of <see cref="EducationLevels"/>, or null for no key (or one the site does not know).</summary>
    public static string? Education(this IStringLocalizer<SiteText> text, string? key) => key switch
    {
        "no-formal-credential" => text["No diploma or degree needed"].Value,
        "high-school-diploma" => text["High school diploma or equivalent"].Value,
        "postsecondary-nondegree-award" => text["Certificate from a training program"].Value,
        "some-college" => text["Some college, no degree"].Value,
        "associates-degree" => text["Associate's degree"].Value,
        "bachelors-degree" => text["Bachelor's degree"].Value,
        "masters-degree" => text["Master's degree"].Value,
        "doctoral-or-professional-degree" => text["Doctoral or professional degree"].Value,
        _ => null,
    };

    /// <summary>The route into the job in plain words, from BLS's education, experience and training categories.</summary>
    public static IReadOnlyList<string> Route(this IStringLocalizer<SiteText> text, OccupationOutlook outlook)
    {
        var steps = new List<string>
        {
            EducationLevels.KeyOf(outlook.Education) switch
            {
                "no-formal-credential" => text["You can usually start without a diploma or degree."].Value,
                "high-school-diploma" => text["Most people start with a high school diploma or the equivalent."].Value,
                "postsecondary-nondegree-award" => text["Most people start with a certificate from a training program after high school, from a few weeks to two years long."].Value,
                "some-college" => text["Most people start with some college classes, but no degree is needed."].Value,
                "associates-degree" => text["Most people start with an associate's degree, usually two years at a community or technical college."].Value,
                "bachelors-degree" => text["Most people start with a bachelor's degree, usually four years of college."].Value,
                "masters-degree" => text["Most people start with a master's degree, usually one or two years of study after a bachelor's degree."].Value,
                "doctoral-or-professional-degree" => text["Most people need a doctoral or professional degree, several years of study after a bachelor's degree."].Value,
                _ => text["Typical education to start: {0}.", outlook.Education].Value,
            },
        };
        string? experience = outlook.WorkExperience switch
        {
            "Less than 5 years" => text["Employers usually want some experience in a related job first, less than five years."].Value,
            "5 years or more" => text["Employers usually want five years or more of experience in a related job first."].Value,
            _ => null,
        };
        string? training = outlook.OnTheJobTraining switch
        {
            "Short-term on-the-job training" => text["New workers learn on the job in a month or less."].Value,
            "Moderate-term on-the-job training" => text["New workers learn on the job for one to twelve months."].Value,
            "Long-term on-the-job training" => text["New workers learn on the job for more than a year."].Value,
            "Apprenticeship" => text["Most learn through an apprenticeship: paid work and classes together, often for several years."].Value,
            "Internship/residency" => text["New workers complete an internship or residency, supervised training on the job."].Value,
            _ => null,
        };
        steps.AddRange(new[] { experience, training }.OfType<string>());
        return steps;
    }

    /// <summary>O*NET's job zones, in the site's words.</summary>
    public static string? JobZone(this IStringLocalizer<SiteText> text, int? zone) => zone switch
    {
        1 => text["Little or no preparation needed (O*NET job zone 1)"].Value,
        2 => text["Some preparation needed (O*NET job zone 2)"].Value,
        3 => text["Medium preparation needed (O*NET job zone 3)"].Value,
        4 => text["Considerable preparation needed (O*NET job zone 4)"].Value,
        5 => text["Extensive preparation needed (O*NET job zone 5)"].Value,
        _ => null,
    };

    /// <summary>The job's top interest areas (RIASEC letters), each named and explained.</summary>
    public static IReadOnlyList<string> Interests(this IStringLocalizer<SiteText> text, string? letters) =>
        (letters ?? "").Select(letter => letter switch
        {
            'R' => text["Realistic (hands-on, building and fixing)"].Value,
            'I' => text["Investigative (ideas, science and problem solving)"].Value,
            'A' => text["Artistic (creating and self-expression)"].Value,
            'S' => text["Social (helping and teaching people)"].Value,
            'E' => text["Enterprising (leading and persuading)"].Value,
            'C' => text["Conventional (organizing, data and details)"].Value,
            _ => null,
        }).OfType<string>().ToList();

    /// <summary>BLS's name of a category (education, work experience, training on the job) in the page's language; a category the catalogue does not know stays as BLS writes it.</summary>
    public static string BlsCategory(this IStringLocalizer<SiteText> text, string category) => text[category].Value;

    /// <summary>The work experience a job asks for, from BLS's category: "None needed", "Less than 5 years in a related job".</summary>
    public static string WorkExperience(this IStringLocalizer<SiteText> text, string category) => category switch
    {
        "None" => text["None needed"].Value,
        "Less than 5 years" => text["Less than 5 years in a related job"].Value,
        "5 years or more" => text["5 years or more in a related job"].Value,
        _ => text["{0} in a related job", category].Value,
    };

    /// <summary>BLS's on-the-job training category in plain words; a category BLS adds later shows as BLS names it.</summary>
    public static string Training(this IStringLocalizer<SiteText> text, string category) => category switch
    {
        "None" => text["None beyond the education"].Value,
        "Short-term on-the-job training" => text["A month or less of training on the job"].Value,
        "Moderate-term on-the-job training" => text["One to twelve months of training on the job"].Value,
        "Long-term on-the-job training" => text["More than a year of training on the job"].Value,
        "Apprenticeship" => text["An apprenticeship: paid work and classes together, often for several years"].Value,
        "Internship/residency" => text["An internship or residency: supervised training on the job"].Value,
        _ => text.BlsCategory(category),
    };

    /// <summary>The source of the outlook and education figures: "BLS Employment Projections, 2024–34"; without the years (no data file) "BLS Employment Projections".</summary>
    public static string Source(this IStringLocalizer<SiteText> text, int? fromYear, int? toYear) => fromYear is int from && toYear is int to
        ? text["BLS Employment Projections, {0}–{1:00}", from, to % 100, to].Value
        : text["BLS Employment Projections"].Value;

    /// <summary>The source of a job's outlook and education figures.</summary>
    public static string Source(this IStringLocalizer<SiteText> text, OccupationOutlook outlook) => text.Source(outlook.FromYear, outlook.ToYear);

    /// <summary>The source of the pay figures: "BLS, May 2024" (the OEWS May estimate of the projections' base year).</summary>
    public static string WageSource(this IStringLocalizer<SiteText> text, int wageYear) => text["BLS, May {0}", wageYear].Value;

    /// <summary>The projection's years: "2024–34" (the Spanish pages write "2024–2034").</summary>
    public static string Span(this IStringLocalizer<SiteText> text, int fromYear, int toYear) => text["{0}–{1:00}", fromYear, toYear % 100, toYear].Value;

    /// <summary>A date in words: "December 6, 2026"; in Spanish "6 de diciembre de 2026" (the month's name from the catalogue).</summary>
    public static string Date(this IStringLocalizer<SiteText> text, DateOnly date) =>
        text["{0:MMMM d, yyyy}", date, text[CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)].Value].Value;
}
