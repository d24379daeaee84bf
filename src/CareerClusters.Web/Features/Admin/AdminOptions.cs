namespace CareerClusters.Web.Features.Admin;

public sealed class AdminOptions
{
    /// <summary>
    /// The hash of the admin password (make one with `dotnet run --project src/CareerClusters.Web -- hash-password`).
    /// Empty: the admin pages are off.
    /// </summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>
    /// Sign-in attempts, right or wrong, that one address may make in an hour; then even the right password waits. Far
    /// more than an admin ever needs, and far too few to guess a password of 12 characters or more.
    /// </summary>
    public int MaxSignInAttemptsPerHour { get; set; } = 50;

    /// <summary>Wrong passwords in a row from one address before each further wrong one must wait (5 s, then 10, 20... up to 15 minutes).</summary>
    public int WrongPasswordsBeforeDelay { get; set; } = 3;

    public bool Enabled => PasswordHash.Length > 0;
}
