using CareerClusters.Web.Data;

namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The shortlist buttons of one cluster (the partial _ShortlistToggle, on cluster cards, cluster pages, the survey's
/// results and the comparison); <paramref name="OfferCompare"/> adds a link to compare it with others;
/// <paramref name="Place"/> starts the form's id, for a page that shows a cluster's buttons twice (the survey's
/// results: its card, and its line in the list of every cluster).
/// </summary>
public sealed record ShortlistToggle(ClusterKey Cluster, string Title, bool OfferCompare = false, string Place = "shortlist")
{
    /// <summary>The form's id, to come back to after a post without JavaScript ("shortlist-health-science").</summary>
    public string Anchor => Place + "-" + Cluster.ToString().Replace(':', '-');
}

/// <summary>What a student can choose for a cluster: keep it in mind, set it aside ("not for me"), or neither.</summary>
public enum ShortlistChoice
{
    None,
    Shortlist,
    SetAside,
}

/// <summary>
/// A student's shortlist and set-aside clusters, kept only in their browser as one cookie:
/// <c>key.key~key</c> (shortlisted before the <c>~</c>, set aside after it), in the order they were chosen; a key is a
/// <see cref="ClusterKey"/>, the bare slug for the 16 clusters.
/// </summary>
public sealed record ShortlistState(IReadOnlyList<ClusterKey> Shortlisted, IReadOnlyList<ClusterKey> SetAside)
{
    public const string CookieName = "cc_my";

    /// <summary>A bound on what is read from a cookie or link, far above the number of clusters.</summary>
    public const int MaxPerGroup = 32;

    private const int MaxLength = 2048;

    private static readonly object ItemsKey = new();

    public static readonly ShortlistState Empty = new([], []);

    public bool IsEmpty => Shortlisted.Count == 0 && SetAside.Count == 0;

    public ShortlistChoice ChoiceFor(ClusterKey cluster) =>
        Shortlisted.Contains(cluster) ? ShortlistChoice.Shortlist : SetAside.Contains(cluster) ? ShortlistChoice.SetAside : ShortlistChoice.None;

    /// <summary>The state with one cluster moved to a group (a cluster is in one group at most).</summary>
    public ShortlistState With(ClusterKey cluster, ShortlistChoice choice)
    {
        var shortlisted = Shortlisted.Where(s => s != cluster).ToList();
        var setAside = SetAside.Where(s => s != cluster).ToList();
        if (choice == ShortlistChoice.Shortlist)
        {
            shortlisted.Add(cluster);
        }
        else if (choice == ShortlistChoice.SetAside)
        {
            setAside.Add(cluster);
        }
        return new ShortlistState(shortlisted.Take(MaxPerGroup).ToList(), setAside.Take(MaxPerGroup).ToList());
    }

    /// <summary>The state without clusters the site does not have (renamed or removed since, or made up).</summary>
    public ShortlistState OnlyKnown(IReadOnlySet<ClusterKey> known) =>
        new(Shortlisted.Where(known.Contains).ToList(), SetAside.Where(known.Contains).ToList());

    public string Serialize() => SetAside.Count == 0
        ? string.Join('.', Shortlisted)
        : string.Join('.', Shortlisted) + "~" + string.Join('.', SetAside);

    /// <summary>Reads a cookie value leniently: anything that is not a well-formed key is dropped, and the size is bounded.</summary>
    public static ShortlistState Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return Empty;
        }
        string[] groups = value.Split('~');
        var shortlisted = ClusterKey.ParseList(groups[0], MaxPerGroup);
        var setAside = groups.Length > 1 ? ClusterKey.ParseList(groups[1], MaxPerGroup).Where(s => !shortlisted.Contains(s)).ToList() : [];
        return new ShortlistState(shortlisted, setAside);
    }

    /// <summary>The state in this request's cookie, read once per request.</summary>
    public static ShortlistState Current(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemsKey, out var cached) && cached is ShortlistState state)
        {
            return state;
        }
        state = Parse(context.Request.Cookies[CookieName]);
        context.Items[ItemsKey] = state;
        return state;
    }

    /// <summary>Stores the state in the browser for about a year; an empty state removes the cookie.</summary>
    public void Save(HttpContext context)
    {
        var options = new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        };
        if (IsEmpty)
        {
            context.Response.Cookies.Delete(CookieName, options);
        }
        else
        {
            options.MaxAge = TimeSpan.FromDays(365);
            context.Response.Cookies.Append(CookieName, Serialize(), options);
        }
        context.Items[ItemsKey] = this;
    }
}
