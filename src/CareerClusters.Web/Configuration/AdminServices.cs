using CareerClusters.Web.Features.Admin;
using CareerClusters.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Configuration;

internal static class AdminServices
{
    /// <summary>
    /// Cookie sign-in for /admin (its attempts are slowed and limited per client address: SignInThrottle, counted in the
    /// user-data database that every instance shares, hence scoped like the database context), and the site's time zone.
    /// </summary>
    internal static void AddAdminSignIn(this WebApplicationBuilder builder)
    {
        var adminSection = builder.Configuration.GetSection("Admin");
        builder.Services.Configure<AdminOptions>(adminSection);
        builder.Services.AddScoped<SignInThrottle>();
        // A misspelt time zone stops the site at start-up with the setting's name, rather than showing UTC silently.
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section))
            .Validate(o => SiteTimeZone.Find(o.TimeZone) is not null,
                $"{SiteOptions.Section}:TimeZone must be the IANA name of a time zone, such as America/Chicago or UTC")
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
            new SiteTimeZone(SiteTimeZone.Find(services.GetRequiredService<IOptions<SiteOptions>>().Value.TimeZone) ?? TimeZoneInfo.Utc));
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
