using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Errors;

/// <summary>
/// What went wrong, as values: the status code, the address that failed, and for a "not found" the clusters to browse.
/// </summary>
/// <param name="TooManySearches">A 429 from searching (not from signing in or editing lists): wait a moment, not minutes.</param>
/// <param name="TooManyListRequests">A 429 from opening lists or their editors, or from the recovery form.</param>
/// <param name="RetryAfter">For a 429, how long until the next try is allowed (the Retry-After header), when known.</param>
public sealed record ErrorDetails(int StatusCode, string Path, IReadOnlyList<ClusterCard> Clusters, bool TooManySearches, TimeSpan? RetryAfter = null, bool TooManyListRequests = false);
