namespace CareerClusters.Web.Features.Shared;

/// <summary>Cache-Control values that pages set themselves (the rest come from their output cache policy: Configuration/HttpCaching).</summary>
public static class CacheHeaders
{
    /// <summary>A page made for one visitor (their survey answers, their shortlist): never stored by any cache.</summary>
    public const string NoStore = "private, no-store";
}
