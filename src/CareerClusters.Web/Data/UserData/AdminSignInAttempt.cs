using Microsoft.EntityFrameworkCore;

namespace CareerClusters.Web.Data.UserData;

/// <summary>How an admin sign-in attempt ended.</summary>
public enum SignInOutcome
{
    /// <summary>
    /// Counted towards the hour, but not a wrong password in a row: the password not yet checked, a wrong one held back
    /// during a wait, or a request that never finished.
    /// </summary>
    Pending = 0,
    WrongPassword = 1,
    RightPassword = 2,
}

/// <summary>
/// One admin sign-in attempt from one address, kept for an hour. They live in the shared user-data database so that
/// every replica counts the same attempts: five wrong passwords on one server slow the address down on all of them.
/// </summary>
public sealed class AdminSignInAttempt
{
    /// <summary>An IPv6 address with its zone fits easily.</summary>
    public const int MaxAddress = 64;

    public long Id { get; set; }
    public required string Address { get; set; }
    public DateTime AttemptedUtc { get; set; }
    public SignInOutcome Outcome { get; set; }

    internal static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AdminSignInAttempt>(attempt =>
        {
            attempt.Property(a => a.Address).HasMaxLength(MaxAddress);
            attempt.Property(a => a.AttemptedUtc).HasConversion(ClassBoardModel.AsUtc);
            // The throttle reads one address's last hour; the clean-up removes everything older than an hour.
            attempt.HasIndex(a => new { a.Address, a.AttemptedUtc });
            attempt.HasIndex(a => a.AttemptedUtc);
        });
    }
}
