namespace CareerClusters.Web.Features.Search;

/// <summary>
/// How many searches and suggestions one client address may make the server run (section <c>Search</c>); answers
/// from the output cache are not counted. Sized for a classroom behind one school address: 35 students typing at
/// once make at most about one suggestion request per keystroke (the box waits 120 ms), some 15 for a query, so
/// about 525 if all start together, well inside the burst; then a query every ten seconds each is about 55 a
/// second, inside the rate, and many of those are prefixes the class shares, answered from the cache.
/// </summary>
public sealed class SearchLimitOptions
{
    /// <summary>Searches one address may make at once, after a quiet spell.</summary>
    public int MaxBurst { get; set; } = 1200;

    /// <summary>Searches per second one address may keep making.</summary>
    public int MaxRequestsPerSecond { get; set; } = 100;
}
