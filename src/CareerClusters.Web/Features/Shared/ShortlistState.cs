namespace CareerClusters.Web.Features.Shared;

/// <summary>
/// The shortlist buttons of one cluster (the partial _ShortlistToggle, on cluster cards, cluster pages, the survey's
/// results and the comparison); <paramref name="OfferCompare"/> adds a link to compare it with others.
/// </summary>
public sealed record ShortlistToggle(string Slug, string Title, bool OfferCompare = false);

/// <summary>What a student can choose for a cluster: keep it in mind, set it aside ("not for me"), or neither.</summary>
public enum ShortlistChoice
{
    None,
    Shortlist,
    SetAside,
}

/// <summary>
/// A student's shortlist and set-aside clusters, kept only in their browser as one cookie:
/// <c>slug.slug~slug</c> (shortlisted before the <c>~</c>, set aside after it), in the order they were chosen.
/// </summary>
public sealed record ShortlistState(IReadOnlyList<string> Shortlisted, IReadOnlyList<string> SetAside)
{
    public const string CookieName = "cc_my";

    /// <summary>A bound on what is read from a cookie or link, far above the number of clusters.</summary>
    public const int MaxPerGroup = SlugList.MaxCount;

    private const int MaxLength = 2048;

    private static readonly object ItemsKey = new();

    public static readonly ShortlistState Empty = new([], []);

    public bool IsEmpty => Shortlisted.Count == 0 && SetAside.Count == 0;

    public ShortlistChoice ChoiceFor(string slug) =>
        Shortlisted.Contains(slug) ? ShortlistChoice.Shortlist : SetAside.Contains(slug) ? ShortlistChoice.SetAside : ShortlistChoice.None;

    /// <summary>The state with one cluster moved to a group (a cluster is in one group at most).</summary>
    public ShortlistState With(string slug, ShortlistChoice choice)
    {
        var shortlisted = Shortlisted.Where(s => s != slug).ToList();
        var setAside = SetAside.Where(s => s != slug).ToList();
        if (choice == ShortlistChoice.Shortlist)
        {
            shortlisted.Add(slug);
        }
        else if (choice == ShortlistChoice.SetAside)
        {
            setAside.Add(slug);
        }
        return new ShortlistState(shortlisted.Take(MaxPerGroup).ToList(), setAside.Take(MaxPerGroup).ToList());
    }

    /// <summary>The state without clusters the site does not have (renamed or removed since, or made up).</summary>
    public ShortlistState OnlyKnown(IReadOnlySet<string> known) =>
        new(Shortlisted.Where(known.Contains).ToList(), SetAside.Where(known.Contains).ToList());

    public string Serialize() => SetAside.Count == 0
        ? string.Join('.', Shortlisted)
        : string.Join('.', Shortlisted) + "~" + string.Join('.', SetAside);

    /// <summary>Reads a cookie value leniently: anything that is not a well-formed slug is dropped, and the size is bounded.</summary>
    public static ShortlistState Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return Empty;
        }
        string[] groups = value.Split('~');
        var shortlisted = SlugList.Parse(groups[0]);
        var setAside = groups.Length > 1 ? SlugList.Parse(groups[1]).Where(s => !shortlisted.Contains(s)).ToList() : [];
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
