using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Errors;

/// <param name="TooManySearches">A 429 from searching (not from signing in or editing lists): wait a moment, not minutes.</param>
/// <param name="TryAgain">For a 429: when to try again, in words ("Please try again in about 3 minutes."); else null.</param>
public sealed record ErrorViewModel(PageMeta Meta, int StatusCode, IReadOnlyList<ClusterCard> Clusters, bool TooManySearches = false, string? TryAgain = null, bool TooManyListRequests = false) : IPageViewModel;
