namespace CareerClusters.Web.Content;

/// <summary>One attempt to load the content, kept for the admin status page.</summary>
public sealed record ReloadAttempt(DateTimeOffset At, string Trigger, bool Succeeded, int? Generation, TimeSpan Duration, int Errors, int Warnings);

/// <summary>The last few load attempts, newest first.</summary>
public sealed class ReloadHistory
{
    private const int Length = 20;
    private readonly LinkedList<ReloadAttempt> _attempts = new();

    public IReadOnlyList<ReloadAttempt> Recent
    {
        get
        {
            lock (_attempts)
            {
                return [.. _attempts];
            }
        }
    }

    public void Record(ReloadAttempt attempt)
    {
        lock (_attempts)
        {
            _attempts.AddFirst(attempt);
            if (_attempts.Count > Length)
            {
                _attempts.RemoveLast();
            }
        }
    }
}
