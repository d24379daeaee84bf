namespace CareerClusters.Web.Features.Lists;

/// <summary>The "Lists" section of the configuration: how long lists are kept and how often each client address may use them.</summary>
public sealed class ListOptions
{
    public const string Section = "Lists";

    /// <summary>A deleted list can be restored for this long, then it is purged. Fixed: the pages promise it.</summary>
    public static readonly TimeSpan RestoreWithin = TimeSpan.FromDays(30);

    /// <summary>A list that nobody opens (its page or its editor) for this long is removed: about 18 months.</summary>
    public TimeSpan KeepUnvisitedFor { get; set; } = TimeSpan.FromDays(548);

    /// <summary>How often the clean-up looks for lists to remove (it also runs shortly after start-up).</summary>
    public TimeSpan CleanUpEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>List creations and changes per client address per minute.</summary>
    public int MaxChangesPerMinute { get; set; } = 60;

    /// <summary>List pages and editors opened at once from one client address (a school behind one address)...</summary>
    public int MaxViewBurst { get; set; } = 600;

    /// <summary>...and then per second.</summary>
    public int MaxViewsPerSecond { get; set; } = 10;

    /// <summary>Wrong list codes, edit tokens and recovery codes per client address in an hour (<see cref="ListGuessing"/>).</summary>
    public int MaxWrongTriesPerHour { get; set; } = 300;

    /// <summary>Tries of the recovery form per client address in <see cref="RecoveryWindow"/>.</summary>
    public int MaxRecoveryAttempts { get; set; } = 10;

    public TimeSpan RecoveryWindow { get; set; } = TimeSpan.FromMinutes(15);

    public static ListOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<ListOptions>() ?? new ListOptions();
}
