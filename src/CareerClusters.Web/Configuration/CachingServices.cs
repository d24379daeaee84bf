using System.Globalization;
using CareerClusters.Web.Content;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Configuration;

internal static class CachingServices
{
    /// <summary>
    /// Content pages are cached per generation; pages opt in by policy name, so admin pages never are. A page is
    /// cached compressed, once per encoding (the request's Accept-Encoding is reduced to br, gzip or none first), so
    /// it is compressed once per generation rather than on every request (CompressionServices). HTTP caching
    /// headers: HttpCacheHeadersFilter.
    /// </summary>
    internal static void AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HttpCachingOptions>(builder.Configuration.GetSection("Http"));
        // The output cache's memory, from the same settings as everything else under Http.
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<HttpCachingOptions>>(
            (options, http) => options.SizeLimit = http.Value.OutputCacheMegabytes * 1024L * 1024L);
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(Policies.ContentPages, policy => PerGeneration(policy));
            // The parsed, re-serialised shortlist: a student never sees another's choices, and the many visitors
            // without a shortlist share one copy.
            options.AddPolicy(Policies.ContentPagesWithChoices, policy => PerGeneration(policy).VaryByValue(ShortlistKey));
            options.AddPolicy(Policies.SearchPages, policy => PerGeneration(policy).VaryByValue(ShortlistKey));
            // The state's code (or none): a job page shows that state's links, so each state has its own copy.
            options.AddPolicy(Policies.JobPages, policy => PerGeneration(policy).VaryByValue(StateKey));
            // A student whose browser remembers a survey result gets a page drawn for them, neither looked up nor kept.
            options.AddPolicy(Policies.SurveyForm, policy => PerGeneration(policy).With(context => !LastSurveyResult.IsIn(context.HttpContext)));
            options.AddPolicy(Policies.QrCodes, policy => PerGeneration(policy).SetVaryByQuery("page"));
            // The open data API: every query string is its own answer (the default keys by the whole query), and the
            // language (from lang or Accept-Language) is the culture in the key.
            options.AddPolicy(Policies.Api, policy => PerGeneration(policy));
        });
    }

    private static KeyValuePair<string, string> ShortlistKey(HttpContext context) =>
        new("shortlist", ShortlistState.Current(context).Serialize());

    private static KeyValuePair<string, string> StateKey(HttpContext context) => new("state", MyState.Code(context) ?? "");

    private static OutputCachePolicyBuilder PerGeneration(OutputCachePolicyBuilder policy) => policy
        // A page being drawn to be kept as sent (PrerenderedPagesMiddleware) is not kept twice.
        .With(context => !PrerenderedPagesMiddleware.IsBeingKept(context.HttpContext))
        .Expire(TimeSpan.FromHours(1))
        // The address names the language; the culture is in the key too, so a page can never be served in another.
        .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
        // An English page offers the Spanish one to a browser whose first language is Spanish and that has not answered
        // yet: two copies at most, keyed by the offer ("es" or none), never by the raw Accept-Language header.
        .VaryByValue(context => new KeyValuePair<string, string>("offer", LanguageChoice.OfferFor(context) ?? ""))
        .VaryByValue(context => new KeyValuePair<string, string>("generation",
            context.RequestServices.GetRequiredService<ContentStore>().Current?.Number.ToString(CultureInfo.InvariantCulture) ?? "none"))
        .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
        .Tag(Policies.ContentCacheTag);
}
