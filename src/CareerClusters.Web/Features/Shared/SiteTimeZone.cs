using System.Globalization;

namespace CareerClusters.Web.Features.Shared;

/// <summary>The site's settings of section "Site" that pages read (Site:BaseUrl is read by <see cref="SiteAddress"/>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The IANA name of the time zone the admin pages show times in ("America/Chicago"); UTC by default.</summary>
    public string TimeZone { get; set; } = "UTC";
}

/// <summary>The site's time zone (<c>Site:TimeZone</c>): times on the admin pages are shown in it, with its name.</summary>
public sealed class SiteTimeZone(TimeZoneInfo zone)
{
    /// <summary>The zone's IANA name, as configured: "America/Chicago", "UTC".</summary>
    public string Name => zone.Id;

    /// <summary>"2026-03-05 14:02:11" in the site's zone.</summary>
    public string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The zone of an IANA name, or null when the machine knows no such zone.</summary>
    public static TimeZoneInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
