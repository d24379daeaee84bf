using System.Globalization;
using System.IO.Compression;
using System.Threading.RateLimiting;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Data.UserData;
using CareerClusters.Web.Features.Admin;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Guides;
using CareerClusters.Web.Features.Home;
using CareerClusters.Web.Features.Lists;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shared;
using CareerClusters.Web.Features.Survey;
using CareerClusters.Web.Features.Sitemap;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace CareerClusters.Web.Configuration;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddCareerClustersServices(this WebApplicationBuilder builder)
    {
        builder.AddContent();
        builder.AddUserData();
        builder.AddPageCaching();
        builder.Services.AddFeatureQueries();
        builder.AddAdminSignIn();
        builder.AddRateLimits();
        builder.Services.AddViews();
        // MapStaticAssets serves fingerprinted, precompressed files. A build's output (tests, benchmarks, `dotnet run`
        // outside Development) keeps the compressed copies under obj/: this manifest points there. A published app has
        // no such manifest and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>The content store and watcher, and the content generation each request reads.</summary>
    private static void AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddHostedService<ContentWatcher>();
        // A request reads the generation that is current when it first asks, and only that one: its database and
        // its search data come from the same generation.
        builder.Services.AddScoped(services => services.GetRequiredService<ContentStore>().Current
            ?? throw new InvalidOperationException("The content has not been loaded yet."));
        builder.Services.AddScoped(services => new ContentDbContext(services.GetRequiredService<ContentGeneration>().DbOptions));
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
    }

    /// <summary>
    /// What people save (counselors' lists): its own database, SQLite by default (UserData:ConnectionString), never
    /// touched by a content import; migrations are applied at start-up.
    /// </summary>
    private static void AddUserData(this WebApplicationBuilder builder)
    {
        string connectionString = builder.Configuration["UserData:ConnectionString"] ?? "Data Source=App_Data/user-data.db";
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        // A relative file is relative to the app's content root, like Content:DatabaseDirectory.
        sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        builder.Services.AddDbContext<UserDataDbContext>(options => options.UseSqlite(sqlite.ToString(),
            sqlite => sqlite.MigrationsAssembly(typeof(UserDataDbContext).Assembly.FullName)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ListStore>();
        builder.Services.AddScoped<ListPages>();
    }

    /// <summary>
    /// Content pages are cached per generation; pages opt in by policy name, so admin pages never are. A page is
    /// cached compressed, once per encoding (the request's Accept-Encoding is reduced to br, gzip or none first), so
    /// it is compressed once per generation rather than on every request. HTTP caching headers: HttpCacheHeadersFilter.
    /// </summary>
    private static void AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HttpCachingOptions>(builder.Configuration.GetSection("Http"));
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(Policies.ContentPages, policy => PerGeneration(policy));
            // The parsed, re-serialised shortlist: a student never sees another's choices, and the many visitors
            // without a shortlist share one copy.
            options.AddPolicy(Policies.ContentPagesWithChoices, policy => PerGeneration(policy).VaryByValue(ShortlistKey));
            options.AddPolicy(Policies.SearchPages, policy => PerGeneration(policy).VaryByValue(ShortlistKey));
            options.AddPolicy(Policies.QrCodes, policy => PerGeneration(policy).SetVaryByQuery("page"));
        });
        builder.Services.AddResponseCompression(options =>
        {
            // Pages that hold a secret (the admin pages, a list's private editor) are never compressed: see Pipeline.
            options.EnableForHttps = true;
            options.Providers.Add<CachedPageBrotliProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "application/xml", "application/opensearchdescription+xml", "application/x-suggestions+json",
                 "application/manifest+json", "application/problem+json"]);
        });
        builder.Services.AddHttpContextAccessor();
        // gzip's smallest size is no smaller than its "optimal" (level 6) on these pages: 7,615 against 7,603 bytes.
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }

    private static KeyValuePair<string, string> ShortlistKey(HttpContext context) =>
        new("shortlist", ShortlistState.Current(context).Serialize());

    private static OutputCachePolicyBuilder PerGeneration(OutputCachePolicyBuilder policy) => policy
        .Expire(TimeSpan.FromHours(1))
        .VaryByValue(context => new KeyValuePair<string, string>("generation",
            context.RequestServices.GetRequiredService<ContentStore>().Current?.Number.ToString(CultureInfo.InvariantCulture) ?? "none"))
        .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
        .Tag(Policies.ContentCacheTag);

    /// <summary>One query class per feature, over the request's content database.</summary>
    private static void AddFeatureQueries(this IServiceCollection services)
    {
        services.AddScoped<HomeQueries>();
        services.AddScoped<ClusterQueries>();
        services.AddScoped<OccupationQueries>();
        services.AddScoped<GuideQueries>();
        services.AddScoped<RedirectQueries>();
        services.AddScoped<PageQueries>();
        services.AddScoped<SearchEngine>();
        services.AddStudentFeatures();
        services.AddSharing();
    }

    /// <summary>The pages a QR code may be made for; each kind of shareable page adds its own check.</summary>
    private static void AddSharing(this IServiceCollection services)
    {
        services.AddScoped<IShareablePages, ContentPagesToShare>();
        services.AddScoped<IShareablePages, SurveyResultsToShare>();
        services.AddScoped<IShareablePages, ListsToShare>();
    }

    /// <summary>Cookie sign-in for /admin, with sign-in attempts limited per client address.</summary>
    private static void AddAdminSignIn(this WebApplicationBuilder builder)
    {
        var adminSection = builder.Configuration.GetSection("Admin");
        builder.Services.Configure<AdminOptions>(adminSection);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SitePaths.AdminSignIn;
                options.AccessDeniedPath = SitePaths.AdminSignIn;
                options.Cookie.Name = "cc_admin";
                options.Cookie.Path = SitePaths.Admin;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization();
    }

    /// <summary>
    /// Per client address: admin sign-in attempts, list changes, and searches. Behind a reverse proxy the address is
    /// the proxy's unless forwarded headers are enabled (docs/deploy.md).
    /// </summary>
    private static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var admin = builder.Configuration.GetSection("Admin").Get<AdminOptions>() ?? new AdminOptions();
        var search = builder.Configuration.GetSection("Search").Get<SearchLimitOptions>() ?? new SearchLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The status code pages show a friendly page; the suggestion API answers in JSON; the client learns when to try again.
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                response.Headers.CacheControl = HttpCacheHeadersFilter.NoStore;
                if (context.HttpContext.Request.Path.StartsWithSegments(SitePaths.Api))
                {
                    await response.WriteAsJsonAsync(new { error = "Too many requests from your address. Please try again in a moment." }, cancellationToken);
                }
            };
            options.AddPolicy(Policies.AdminSignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = admin.MaxSignInAttempts, Window = admin.SignInWindow, QueueLimit = 0 }));
            // Generous: a counselor building a list of 50 pages in a few minutes never meets it; a script does.
            int listChanges = builder.Configuration.GetValue("Lists:MaxChangesPerMinute", 60);
            options.AddPolicy(Policies.ListChanges, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = listChanges, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // A token bucket: a whole class may start searching at once (the burst), then keep going at the rate.
            options.AddPolicy(Policies.Search, context => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = search.MaxBurst,
                    TokensPerPeriod = search.MaxRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    AutoReplenishment = true,
                    QueueLimit = 0,
                }));
        });
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>MVC with views beside their controllers, in Features/&lt;Name&gt;/.</summary>
    private static void AddViews(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            options.Conventions.Add(new HeadOnEveryGetRoute());
            options.Filters.Add<HttpCacheHeadersFilter>();
        });
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddRouting(options => options.LowercaseUrls = true);
    }
}
