using CareerClusters.Web.Content;
using CareerClusters.Web.Data;
using CareerClusters.Web.Features.Clusters;
using CareerClusters.Web.Features.Occupations;
using CareerClusters.Web.Features.Search;
using CareerClusters.Web.Features.Admin;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Configuration;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddCareerClustersServices(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"));
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddHostedService<ContentWatcher>();

        // Options are resolved per request scope, so each request reads the generation current when it began.
        builder.Services.AddDbContext<ContentDbContext>((services, options) =>
        {
            var generation = services.GetRequiredService<ContentStore>().Current
                ?? throw new InvalidOperationException("The content has not been loaded yet.");
            options.UseSqlite(generation.ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });

        builder.Services.AddScoped<ClusterQueries>();
        builder.Services.AddScoped<OccupationQueries>();
        builder.Services.AddScoped<SearchEngine>();
        builder.Services.AddSingleton<SearchLexiconCache>();

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
