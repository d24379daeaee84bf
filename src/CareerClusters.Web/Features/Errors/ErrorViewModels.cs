using CareerClusters.Web.Features.Shared;

namespace CareerClusters.Web.Features.Errors;

/// <param name="TooManySearches">A 429 from searching (not from signing in or editing lists): wait a moment, not minutes.</param>
public sealed record ErrorViewModel(PageMeta Meta, int StatusCode, IReadOnlyList<ClusterCard> Clusters, bool TooManySearches = false) : IPageViewModel;
