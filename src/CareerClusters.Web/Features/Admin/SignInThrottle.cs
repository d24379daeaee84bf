using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Features.Admin;

/// <summary>What the throttle says about a sign-in attempt before the password is checked.</summary>
/// <param name="TooMany">The address made too many attempts this hour: refuse even the right password.</param>
/// <param name="Wait">How long a wrong password from this address must still wait (zero: none); the right one never waits.</param>
public sealed record SignInGate(bool TooMany, TimeSpan Wait);

/// <summary>
/// Sign-in that nobody else can block. Wrong passwords from one address slow that address down with a growing wait
/// (after <see cref="AdminOptions.WrongPasswordsBeforeDelay"/> in a row: 5 s, 10 s, 20 s... up to 15 minutes), but the
/// right password still signs in, unless the address made an unreasonable number of attempts
/// (<see cref="AdminOptions.MaxSignInAttemptsPerHour"/>): a student behind the school's one public address cannot keep
/// the admin out by typing wrong passwords, and a script gets 50 guesses an hour.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IOptions<AdminOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);
    private const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Address> _addresses = new(StringComparer.Ordinal);

    /// <summary>Counts an attempt from <paramref name="address"/> and says whether, and how, it may go on.</summary>
    public SignInGate Begin(string address)
    {
        var now = clock.GetUtcNow();
        if (_addresses.Count > MaxAddresses)
        {
            Forget(now);
        }
        var record = _addresses.GetOrAdd(address, _ => new Address());
        lock (record)
        {
            while (record.Attempts.Count > 0 && record.Attempts.Peek() <= now - Window)
            {
                record.Attempts.Dequeue();
            }
            if (record.Attempts.Count >= options.Value.MaxSignInAttemptsPerHour)
            {
                // The wait ends when the oldest attempt of the hour leaves it.
                return new SignInGate(true, record.Attempts.Peek() + Window - now);
            }
            record.Attempts.Enqueue(now);
            if (record.LastFailure <= now - Window)
            {
                record.Failures = 0;
            }
            var wait = record.LastFailure + Delay(record.Failures) - now;
            return new SignInGate(false, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        }
    }

    /// <summary>A wrong password, checked outside any wait: returns how long the next wrong one must wait.</summary>
    public TimeSpan Failed(string address)
    {
        var now = clock.GetUtcNow();
        var record = _addresses.GetOrAdd(address, _ => new Address());
        lock (record)
        {
            record.Failures++;
            record.LastFailure = now;
            return Delay(record.Failures);
        }
    }

    /// <summary>The right password: the wrong ones before it are forgotten (the hour's attempts still count).</summary>
    public void Succeeded(string address)
    {
        if (_addresses.TryGetValue(address, out var record))
        {
            lock (record)
            {
                record.Failures = 0;
            }
        }
    }

    /// <summary>The wait after <paramref name="failures"/> wrong passwords in a row.</summary>
    public TimeSpan Delay(int failures)
    {
        int beyond = failures - options.Value.WrongPasswordsBeforeDelay;
        return beyond < 0 ? TimeSpan.Zero
            : beyond >= 10 ? LongestDelay
            : TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << beyond));
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, record) in _addresses)
        {
            lock (record)
            {
                if ((record.Attempts.Count == 0 || record.Attempts.Last() <= now - Window) && record.LastFailure <= now - Window)
                {
                    _addresses.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Address
    {
        public Queue<DateTimeOffset> Attempts { get; } = new();
        public int Failures { get; set; }
        public DateTimeOffset LastFailure { get; set; } = DateTimeOffset.MinValue;
    }
}
