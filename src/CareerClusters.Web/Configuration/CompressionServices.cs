using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareerClusters.Web.Configuration;

internal static class CompressionServices
{
    /// <summary>Brotli and gzip, inside the output cache (Pipeline), so a cached page is compressed once per encoding.</summary>
    internal static void AddResponseCompressionOfPages(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Pages that hold a secret (the admin pages, a list's private editor) are never compressed: see Pipeline.
            options.EnableForHttps = true;
            options.Providers.Add<CachedPageBrotliProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "application/xml", "application/opensearchdescription+xml", "application/x-suggestions+json",
                 "application/manifest+json", "application/problem+json"]);
        });
        services.AddHttpContextAccessor();
        // gzip's smallest size is no smaller than its "optimal" (level 6) on these pages: 7,615 against 7,603 bytes.
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }
}
