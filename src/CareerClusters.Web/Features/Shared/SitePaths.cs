using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The one place that knows the shape of the site's page addresses. Counselors print these URLs, so they are a
/// contract: the validator, the importer, the search index, queries, controllers and views all build them here.
/// </summary>
public static partial class SitePaths
{
    public const string Home = "/";
    public const string Clusters = "/clusters";
    /// <summary>Frameworks other than the 16 clusters live under this address: /frameworks/2024/{cluster}/{sub-cluster}.</summary>
    public const string FrameworkPages = "/frameworks";
    /// <summary>Where each framework's jobs sit in the other, both ways: a handout for counselors.</summary>
    public const string Crosswalk = FrameworkPages + "/crosswalk";
    public const string Occupations = "/occupations";
    public const string Guides = "/guides";
    public const string Search = "/search";
    public const string Survey = "/survey";
    public const string SurveyResults = Survey + "/results";
    /// <summary>Where "Forget it" posts: the browser stops remembering the last survey result.</summary>
    public const string SurveyForget = Survey + "/forget";
    public const string MyClusters = "/my-clusters";
    public const string ShortlistChoose = MyClusters + "/choose";
    public const string ShortlistAdd = MyClusters + "/add";
    public const string Compare = "/compare";
    /// <summary>Up to three jobs side by side: /compare/jobs?j=registered-nurses,licensed-practical-and-licensed-vocational-nurses.</summary>
    public const string JobComparison = Compare + "/jobs";
    public const string Lists = "/lists";
    public const string NewList = Lists + "/new";
    public const string AddToList = Lists + "/add";
    /// <summary>Edit access back with a list's recovery code ("recover" has an o, so it is never a list's code).</summary>
    public const string RecoverList = Lists + "/recover";
    /// <summary>Class boards: a counselor's private view of what a class's survey results have in common.</summary>
    public const string Classes = "/classes";
    public const string NewClass = Classes + "/new";
    /// <summary>Where a lost board link is replaced, with the class code and the recovery code.</summary>
    public const string RecoverClass = Classes + "/recover";
    /// <summary>Where students send a survey result to a class (POST), or type a class code (GET).</summary>
    public const string JoinClass = "/join";
    /// <summary>"My state": the state picker every job page links to; a state's own page is <see cref="State"/>.</summary>
    public const string MyState = "/state";
    public const string ChooseState = MyState + "/choose";
    public const string ForgetState = MyState + "/forget";
    public const string SitemapXml = "/sitemap.xml";
    public const string RobotsTxt = "/robots.txt";
    public const string QrCodeSvg = "/qr.svg";
    public const string QrCodePng = "/qr.png";
    /// <summary>The picture shown when a page is shared (og:image), 1200 x 630.</summary>
    public const string ShareImage = "/images/og-card.png";
    public const string IconSprite = "/icons/clusters.svg";

    public const string IconLicence = "/icons/LICENSE.txt";
    public const string Admin = "/admin";
    public const string AdminReload = Admin + "/reload";
    public const string AdminSignIn = Admin + "/sign-in";
    public const string AdminSignOut = Admin + "/sign-out";
    /// <summary>Answers for scripts rather than pages (JSON): a 429 there is JSON too.</summary>
    public const string Api = "/api";
    public const string SearchApi = Api + "/search";
    public const string SearchSuggestions = SearchApi + "/suggest";
    public const string OpenSearchSuggestions = SearchApi + "/opensearch-suggestions";

    /// <summary>A framework's clusters: /clusters for the 16 (the addresses counselors have printed since the start), /frameworks/{framework} for another.</summary>
    public static string Framework(string framework) => framework == Frameworks.Sixteen ? Clusters : $"{FrameworkPages}/{framework}";

    public static string Cluster(string framework, string clusterSlug) => $"{Framework(framework)}/{clusterSlug}";

    /// <summary>A pathway of the 16 clusters, or a sub-cluster of another framework.</summary>
    public static string Pathway(string framework, string clusterSlug, string pathwaySlug) => $"{Framework(framework)}/{clusterSlug}/{pathwaySlug}";

    public static string Cluster(ClusterKey cluster) => Cluster(cluster.Framework, cluster.Slug);

    public static string Occupation(string occupationSlug) => $"{Occupations}/{occupationSlug}";

    /// <summary>Jobs A–Z narrowed to the jobs with an apprenticeship route.</summary>
    public const string ApprenticeshipJobs = Occupations + "?training=apprenticeship";

    public static string Guide(string guideSlug) => $"{Guides}/{guideSlug}";

    /// <summary>The district's own part of a cluster, pathway or job page ("In our district"): its anchor, and its address.</summary>
    public const string DistrictAnchor = "in-our-district";

    public static string InOurDistrict(string pagePath) => $"{pagePath}#{DistrictAnchor}";

    public static string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>A state's page (/state/texas); with a job, that job's links in the state.</summary>
    public static string State(string stateSlug, string? jobSlug = null) => $"{MyState}/{stateSlug}" + JobQuery(jobSlug);

    /// <summary>The state picker; with a job, picking a state leads back to that job's page.</summary>
    public static string StatePicker(string? jobSlug = null) => MyState + JobQuery(jobSlug);

    private static string JobQuery(string? jobSlug) => jobSlug is null ? "" : $"?job={Uri.EscapeDataString(jobSlug)}";

    /// <summary>A survey result: the answers in the address, and the education plan when one was chosen.</summary>
    public static string SurveyResult(string code, string? after) => $"{SurveyResults}/{code}" + (after is null ? "" : $"?after={after}");

    /// <summary>A shortlist to send to someone: the clusters are in the address, nothing is stored.</summary>
    public static string SharedShortlist(IEnumerable<ClusterKey> clusters) => $"{MyClusters}?c={string.Join(",", clusters)}";

    public static string CompareClusters(IEnumerable<ClusterKey> clusters) => $"{Compare}?clusters={string.Join(",", clusters)}";

    public static string ComparePathways(IEnumerable<string> pathwaySlugs) => $"{Compare}?pathways={string.Join(",", pathwaySlugs)}";

    /// <summary>Jobs side by side (or, with fewer than two, the page to choose them): the jobs' slugs are in the address, nothing is stored.</summary>
    public static string CompareJobs(IEnumerable<string> jobSlugs) => string.Join(",", jobSlugs) is { Length: > 0 } slugs ? $"{JobComparison}?j={slugs}" : JobComparison;

    /// <summary>The QR code of one of the site's pages (its canonical path, with the query of a survey result), as SVG or PNG.</summary>
    public static string QrCode(string page, string format = "svg") =>
        $"{(format == "png" ? QrCodePng : QrCodeSvg)}?page={Uri.EscapeDataString(page).Replace("%2F", "/", StringComparison.Ordinal)}";

    /// <summary>A counselor's list, as students see it.</summary>
    public static string List(string code) => $"{Lists}/{code}";

    /// <summary>A list's private editor: the token in the address is what lets its holder change the list.</summary>
    public static string EditList(string code, string token) => $"{Lists}/{code}/{EditSegment}/{token}";

    /// <summary>
    /// The segments of the site's addresses that are followed by a secret (a list's edit token, a class board's token):
    /// the log redacts the segment after them and such pages are never compressed. A new kind of secret address adds
    /// its segment here.
    /// </summary>
    public static readonly IReadOnlyList<string> SecretSegments = [EditSegment, BoardSegment];

    private const string EditSegment = "edit";
    private const string BoardSegment = "board";

    /// <summary>What a list's editor does, at these addresses after its edit link.</summary>
    public static class ListEditing
    {
        public const string Items = "/items";
        public const string Find = "/find";
        public const string Delete = "/delete";
        public const string Restore = "/restore";
        public const string NewLink = "/new-link";
        public const string NewRecoveryCode = "/new-recovery-code";
    }

    /// <summary>The page that asks before an item leaves a list (and its form's address).</summary>
    public static string RemoveListItem(string code, string token, int itemId) => $"{EditList(code, token)}{ListEditing.Items}/{itemId}/remove";

    /// <summary>The page that offers to add a page to a list (a confirmation with its own antiforgery token).</summary>
    public static string AddToListFor(string pagePath) => $"{AddToList}?page={Uri.EscapeDataString(pagePath)}";

    /// <summary>A class's join page: students scan or type it to send their result.</summary>
    public static string ClassJoin(string code) => $"{JoinClass}/{code}";

    /// <summary>A class's private board: the token in the address is what lets its holder see the results and change the class.</summary>
    public static string ClassBoard(string code, string token) => $"{Classes}/{code}/{BoardSegment}/{token}";

    /// <summary>A survey result's one-page conversation sheet, with a counselor's list when one is named.</summary>
    public static string ConversationSheet(string code, string? after = null, string? list = null) =>
        $"{SurveyResults}/{code}/sheet" + (after, list) switch
        {
            (null, null) => "",
            (_, null) => $"?after={after}",
            (null, _) => $"?list={Uri.EscapeDataString(list)}",
            _ => $"?after={after}&list={Uri.EscapeDataString(list)}",
        };

    /// <summary>A page's address in a language: the default language's addresses have no prefix, another's start with its code.</summary>
    public static string InCulture(string path, string culture) =>
        culture == SiteCultures.Default ? path : $"/{culture}{(path == Home ? "" : path)}";

    /// <summary>The language an address is in when its first segment names one of the site's other languages; null for the default language.</summary>
    public static string? CultureOf(string path) => CultureOf(path, SiteCultures.All);

    public static string? CultureOf(string path, IReadOnlyList<string> cultures)
    {
        string first = path.TrimStart('/').Split('/', 2)[0].ToLowerInvariant();
        return first != SiteCultures.Default && cultures.Contains(first) ? first : null;
    }

    /// <summary>What kind of page an address is, for the page shapes a list can hold; null for any other address.</summary>
    public static PageAddress? ParsePage(string path)
    {
        string[] parts = path.Split('/');
        if (parts.Length < 3 || parts[0].Length != 0 || parts.Skip(1).Any(p => p.Length == 0))
        {
            return null;
        }
        if ($"/{parts[1]}" == FrameworkPages && parts.Length is 4 or 5 && parts[2] != Frameworks.Sixteen && Frameworks.IsKnown(parts[2]))
        {
            // /frameworks/{framework}/{cluster}[/{pathway}]: the same shapes as /clusters, one level down.
            return ParseClusterPage(parts[2], parts[3..]);
        }
        return ($"/{parts[1]}", parts.Length) switch
        {
            (Clusters, 3 or 4) => ParseClusterPage(Frameworks.Sixteen, parts[2..]),
            (Occupations, 3) => new PageAddress(PageAddressKind.Occupation, parts[2], null),
            _ => null,
        };
    }

    private static PageAddress ParseClusterPage(string framework, string[] names) => names.Length == 1
        ? new PageAddress(PageAddressKind.Cluster, names[0], null, framework)
        : new PageAddress(PageAddressKind.Pathway, names[1], names[0], framework);

    /// <summary>The pathway slug of an address shaped like a pathway page (/clusters/{cluster}/{pathway}), else null.</summary>
    public static string? PathwaySlugOf(string path) => ParsePage(path) is { Kind: PageAddressKind.Pathway } page ? page.Slug : null;

    /// <summary>
    /// The one spelling of a requested address that the site answers on: no trailing slash, and lowercase where the
    /// address is made of names (content pages and the fixed pages). Other addresses keep their case: survey result
    /// codes are case-sensitive.
    /// </summary>
    public static string Canonical(string path)
    {
        // Leading slashes are collapsed too: "//host" in a Location header would leave the site.
        string trimmed = "/" + path.Trim('/');
        string lower = trimmed.ToLowerInvariant();
        bool madeOfNames = NamedSections.Any(section => lower == section || lower.StartsWith(section + "/", StringComparison.Ordinal))
            || FixedPages.Contains(lower);
        return madeOfNames ? lower : trimmed;
    }

    private static readonly string[] NamedSections = [Clusters, FrameworkPages, Occupations, Guides, MyState];

    private static readonly HashSet<string> FixedPages = [Search, Survey, MyClusters, Compare, JobComparison];

    /// <summary>Route templates for the controllers, in the same shapes as the builders above.</summary>
    public static class Routes
    {
        public const string Cluster = Clusters + "/{cluster}";
        public const string Pathway = Clusters + "/{cluster}/{pathway}";
        public const string Framework = FrameworkPages + "/{framework}";
        public const string FrameworkCluster = FrameworkPages + "/{framework}/{cluster}";
        public const string FrameworkPathway = FrameworkPages + "/{framework}/{cluster}/{pathway}";
        public const string Occupation = Occupations + "/{occupation}";
        public const string Guide = Guides + "/{page}";
        public const string SurveyResult = SurveyResults + "/{code}";
        public const string List = Lists + "/{code}";
        public const string EditList = Lists + "/{code}/" + EditSegment + "/{token}";
        public const string ListItem = EditList + ListEditing.Items + "/{itemId:int}";
        public const string State = MyState + "/{state}";
        public const string ClassJoin = JoinClass + "/{code}";
        public const string ClassBoard = Classes + "/{code}/" + BoardSegment + "/{token}";
        public const string ConversationSheet = SurveyResults + "/{code}/sheet";
    }
}

public enum PageAddressKind
{
    Cluster,
    Pathway,
    Occupation,
}

/// <summary>A page address taken apart: its kind, its slug, for a pathway the cluster it sits in, and for both their framework.</summary>
public sealed record PageAddress(PageAddressKind Kind, string Slug, string? ClusterSlug, string Framework = Frameworks.Sixteen);
