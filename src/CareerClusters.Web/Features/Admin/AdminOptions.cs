namespace CareerClusters.Web.Features.Admin;

public sealed class AdminOptions
{
    /// <summary>
    /// The hash of the admin password (make one with `dotnet run --project src/CareerClusters.Web -- hash-password`).
    /// Empty: the admin pages are off.
    /// </summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Sign-in attempts allowed from one address in <see cref="SignInWindow"/>; then it must wait.</summary>
    public int MaxSignInAttempts { get; set; } = 5;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    public bool Enabled => PasswordHash.Length > 0;
}
