using CareerClusters.Web.Data.UserData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Admin;

/// <summary>What the throttle says about a sign-in attempt before the password is checked.</summary>
/// <param name="TooMany">The address made too many attempts this hour: refuse even the right password.</param>
/// <param name="Wait">How long a wrong password from this address must still wait (zero: none); the right one never waits.</param>
/// <param name="Attempt">The attempt's row, for <see cref="SignInThrottle.FailedAsync"/> and <see cref="SignInThrottle.SucceededAsync"/> (0 when refused: a refused attempt is not counted).</param>
public sealed record SignInGate(bool TooMany, TimeSpan Wait, long Attempt);

/// <summary>
/// Sign-in that nobody else can block. Wrong passwords from one address slow that address down with a growing wait
/// (after <see cref="AdminOptions.WrongPasswordsBeforeDelay"/> in a row: 5 s, 10 s, 20 s... up to 15 minutes), but the
/// right password still signs in, unless the address made an unreasonable number of attempts
/// (<see cref="AdminOptions.MaxSignInAttemptsPerHour"/>): a student behind the school's one public address cannot keep
/// the admin out by typing wrong passwords, and a script gets 50 guesses an hour.
/// <para>
/// The attempts are rows of the user-data database (<see cref="AdminSignInAttempt"/>), which every instance of the
/// site shares: wrong passwords sent to one server count on all of them. Each attempt of the last hour is a row;
/// "wrong passwords in a row" are the address's WrongPassword rows of the last hour after its latest RightPassword row
/// (by row id, the order the database received them), so the right password forgets the wrong ones before it, and a
/// wrong one older than an hour no longer counts. Attempts refused for too many are not counted (a script that keeps
/// trying does not push the end of its lock further away); wrong passwords held back during a wait count towards the
/// hour but not as wrong ones in a row (their rows stay Pending), as do requests that never finished.
/// </para>
/// <para>
/// Counting reads the address's rows, then adds one: two requests racing from one address, on two servers or one,
/// may both be let in at the very edge of the limit (one attempt over it, or a wrong one through a wait that began
/// meanwhile). That is acceptable: every attempt is still counted, so the next ones see them all. Rows older than the
/// hour are removed by one statement every <see cref="CleanUpEvery"/> attempts (by row id, on whichever server makes it).
/// </para>
/// </summary>
public sealed class SignInThrottle(UserDataDbContext db, TimeProvider clock, IOptions<AdminOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);

    /// <summary>Every this many attempts (row ids that are a multiple of it), the rows older than the hour are removed.</summary>
    public const int CleanUpEvery = 100;

    /// <summary>Counts an attempt from <paramref name="address"/> and says whether, and how, it may go on.</summary>
    public async Task<SignInGate> BeginAsync(string address, CancellationToken cancellationToken = default)
    {
        address = Fit(address);
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = await LastHourAsync(address, now, cancellationToken);
        if (hour.Count >= options.Value.MaxSignInAttemptsPerHour)
        {
            // The wait ends when the oldest attempt of the hour leaves it.
            return new SignInGate(true, hour.Count == 0 ? Window : hour.Min(a => a.AttemptedUtc) + Window - now, 0);
        }
        var attempt = new AdminSignInAttempt { Address = address, AttemptedUtc = now, Outcome = SignInOutcome.Pending };
        db.AdminSignInAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(attempt).State = EntityState.Detached;
        if (attempt.Id % CleanUpEvery == 0)
        {
            var before = now - Window;
            await db.AdminSignInAttempts.Where(a => a.AttemptedUtc <= before).ExecuteDeleteAsync(cancellationToken);
        }
        var wrong = WrongInARow(hour);
        var wait = wrong.Count == 0 ? TimeSpan.Zero : wrong.Max(a => a.AttemptedUtc) + Delay(wrong.Count) - now;
        return new SignInGate(false, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, attempt.Id);
    }

    /// <summary>A wrong password, checked outside any wait: returns how long the next wrong one must wait.</summary>
    public async Task<TimeSpan> FailedAsync(string address, long attempt, CancellationToken cancellationToken = default)
    {
        await SetOutcomeAsync(attempt, SignInOutcome.WrongPassword, cancellationToken);
        // Counted again, with any wrong ones that other requests (on any server) added meanwhile.
        var hour = await LastHourAsync(Fit(address), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Delay(WrongInARow(hour).Count);
    }

    /// <summary>The right password: the wrong ones before it are forgotten (the hour's attempts still count).</summary>
    public Task SucceededAsync(long attempt, CancellationToken cancellationToken = default) =>
        SetOutcomeAsync(attempt, SignInOutcome.RightPassword, cancellationToken);

    /// <summary>The wait after <paramref name="failures"/> wrong passwords in a row.</summary>
    public TimeSpan Delay(int failures)
    {
        int beyond = failures - options.Value.WrongPasswordsBeforeDelay;
        return beyond < 0 ? TimeSpan.Zero
            : beyond >= 10 ? LongestDelay
            : TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << beyond));
    }

    private Task<int> SetOutcomeAsync(long attempt, SignInOutcome outcome, CancellationToken cancellationToken) =>
        db.AdminSignInAttempts.Where(a => a.Id == attempt).ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, outcome), cancellationToken);

    /// <summary>The address's attempts of the last hour, oldest first (at most about the hourly limit: refused ones are not kept).</summary>
    private Task<List<Attempt>> LastHourAsync(string address, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - Window;
        return db.AdminSignInAttempts.AsNoTracking()
            .Where(a => a.Address == address && a.AttemptedUtc > since)
            .OrderBy(a => a.Id)
            .Select(a => new Attempt(a.AttemptedUtc, a.Outcome))
            .ToListAsync(cancellationToken);
    }

    private static List<Attempt> WrongInARow(List<Attempt> hour)
    {
        int lastRight = hour.FindLastIndex(a => a.Outcome == SignInOutcome.RightPassword);
        return [.. hour.Skip(lastRight + 1).Where(a => a.Outcome == SignInOutcome.WrongPassword)];
    }

    /// <summary>An address as the column holds it (a client address always fits; anything longer is cut, never an error).</summary>
    private static string Fit(string address) =>
        address.Length > AdminSignInAttempt.MaxAddress ? address[..AdminSignInAttempt.MaxAddress] : address;

    private sealed record Attempt(DateTime AttemptedUtc, SignInOutcome Outcome);
}
