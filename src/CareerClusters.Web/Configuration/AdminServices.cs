using CareerClusters.Web.Features.Admin;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CareerClusters.Web.Configuration;

internal static class AdminServices
{
    /// <summary>Cookie sign-in for /admin (its attempts are limited per client address: RateLimitServices).</summary>
    internal static void AddAdminSignIn(this WebApplicationBuilder builder)
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
}
