using System.Globalization;
using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Shortlist;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CareerClusters.Web.Configuration;

public static class ServiceRegistration
{
    public const string ContentCacheTag = "content";

    public static WebApplicationBuilder AddCareerClustersServices(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddHostedService<ContentWatcher>();

        // Each request reads the generation that is current when its DbContext is created, and only that one.
        builder.Services.AddScoped(services =>
        {
            var generation = services.GetRequiredService<ContentStore>().Current
                ?? throw new InvalidOperationException("The content has not been loaded yet.");
            return new ContentDbContext(generation.DbOptions) { Generation = generation };
        });

        // Pages change only when the content does: cache them per content generation, never admin pages or health.
        builder.Services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/admin") && !context.HttpContext.Request.Path.StartsWithSegments("/healthz"))
                .Expire(TimeSpan.FromHours(1))
                .VaryByValue(context => new KeyValuePair<string, string>("generation",
                    context.RequestServices.GetRequiredService<ContentStore>().Current?.Number.ToString(CultureInfo.InvariantCulture) ?? "none"))
                .Tag(ContentCacheTag));
        });

        builder.Services.AddScoped<ClusterQueries>();
        builder.Services.AddScoped<OccupationQueries>();
        builder.Services.AddScoped<SearchEngine>();
        builder.Services.AddSingleton<SearchLexiconCache>();
        builder.AddStudentFeatures();

        builder.Services.Configure<AdminOptions>(builder.Configuration.GetSection("Admin"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/admin/sign-in";
                options.AccessDeniedPath = "/admin/sign-in";
                options.Cookie.Name = "cc_admin";
                options.Cookie.Path = "/admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization();

        builder.Services.AddControllersWithViews();
        // Views live beside their controllers, in Features/<Name>/.
        builder.Services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return builder;
    }
}
