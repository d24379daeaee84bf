namespace CareerClusters.Web.Features.Shared;

/// <summary>A state, DC or territory as pages show it (a row of content/data/states/states.csv).</summary>
public sealed record StatePlace(string Code, string Name, string Slug, string? CareerSite)
{
    public string Path => SitePaths.State(Slug);
}

/// <summary>Where a link of a state goes: pay, licenses or apprenticeships there, or the state's own career site.</summary>
public enum StateLinkKind
{
    Pay,
    Licenses,
    Apprenticeships,
    CareerSite,
}

/// <summary>One link to another site for a state; <see cref="Site"/> is the host a student sees ("careeronestop.org").</summary>
public sealed record StateLink(StateLinkKind Kind, string Url)
{
    public string Site
    {
        get
        {
            string host = new Uri(Url).Host;
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }
    }
}

/// <summary>
/// The one place that builds the addresses of other sites for a state: CareerOneStop's Salary Finder and License
/// Finder and apprenticeship.gov's Apprenticeship Job Finder (all U.S. Department of Labor), with the query parameters
/// their own search forms put in the address (as of 2025), and the state's own career site from the states file. The
/// site shows none of their figures itself. If one of these sites changes its addresses, this class is the one to mend.
/// </summary>
public static class StateLinks
{
    public const string SalaryFinder = "https://www.careeronestop.org/Toolkit/Wages/find-salary.aspx";
    public const string LicenseFinder = "https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx";
    public const string ApprenticeshipFinder = "https://www.apprenticeship.gov/apprenticeship-job-finder";

    /// <summary>O*NET's military-only jobs (major group 55): the armed forces set their pay and train their own people, so pay and license links would lead nowhere.</summary>
    private const string MilitaryGroup = "55-";

    /// <summary>
    /// What the job pays in the state: the Salary Finder for the job's SOC code (29-1141.01 is counted in 29-1141, as
    /// <c>soccode=291141</c>), its title as the search word, and the state's name as the place.
    /// </summary>
    public static string Pay(string onetCode, string jobTitle, string stateName) =>
        $"{SalaryFinder}?keyword={Escape(jobTitle)}&soccode={SocDigits(onetCode)}&location={Escape(stateName)}";

    /// <summary>The licenses the state lists for the job's title.</summary>
    public static string Licenses(string jobTitle, string stateName) =>
        $"{LicenseFinder}?keyword={Escape(jobTitle)}&location={Escape(stateName)}";

    /// <summary>Registered apprenticeship openings in the state.</summary>
    public static string Apprenticeships(string stateName) =>
        $"{ApprenticeshipFinder}?location={Escape(stateName)}";

    /// <summary>A job's links in a state, in the order pages show them: pay, licenses, apprenticeships, the state's site.</summary>
    public static IReadOnlyList<StateLink> ForJob(string onetCode, string jobTitle, StatePlace state)
    {
        var links = new List<StateLink>();
        if (!IsMilitary(onetCode))
        {
            links.Add(new StateLink(StateLinkKind.Pay, Pay(onetCode, jobTitle, state.Name)));
            links.Add(new StateLink(StateLinkKind.Licenses, Licenses(jobTitle, state.Name)));
        }
        return [.. links, .. ForState(state)];
    }

    /// <summary>A state's links that need no job: apprenticeships there, and its own career site when it has one.</summary>
    public static IReadOnlyList<StateLink> ForState(StatePlace state)
    {
        var links = new List<StateLink> { new(StateLinkKind.Apprenticeships, Apprenticeships(state.Name)) };
        if (state.CareerSite is { Length: > 0 } site)
        {
            links.Add(new StateLink(StateLinkKind.CareerSite, site));
        }
        return links;
    }

    public static bool IsMilitary(string onetCode) => onetCode.StartsWith(MilitaryGroup, StringComparison.Ordinal);

    /// <summary>The SOC code's six digits: 29-1141.01 gives 291141.</summary>
    private static string SocDigits(string onetCode) => string.Concat(onetCode.Take(7).Where(char.IsAsciiDigit));

    private static string Escape(string text) => Uri.EscapeDataString(text);
}

/// <summary>The links of one state that a page lists (the partial <c>_StateLinks</c>): a job's, or the state's own.</summary>
public sealed record StateLinkList(StatePlace State, IReadOnlyList<StateLink> Links);
