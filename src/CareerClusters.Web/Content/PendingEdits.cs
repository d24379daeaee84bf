namespace CareerClusters.Web.Content;

/// <summary>A file saved after the content being served was read: it waits until the content has no errors.</summary>
public sealed record WaitingFile(string File, DateTimeOffset SavedAt);

/// <summary>A file whose errors keep every waiting edit off the site; <paramref name="Exists"/> is false for a deleted file.</summary>
public sealed record BlockingFile(string File, int Errors, bool Exists);

/// <summary>
/// One broken file holds back every other edit: which saved files are waiting, and which files block them, for /admin.
/// </summary>
public sealed record PendingEdits(IReadOnlyList<WaitingFile> Waiting, IReadOnlyList<BlockingFile> BlockedBy)
{
    public static PendingEdits None { get; } = new([], []);

    /// <param name="since">When the content being served was read: files written later have not gone live.</param>
    /// <param name="localPath">The district's own folder, whose files wait too (named by their full path, as its problems are).</param>
    public static PendingEdits Find(string contentPath, DateTimeOffset since, IReadOnlyList<ContentProblem> problems, string? localPath = null)
    {
        var blocking = problems.Where(p => p.Severity == ProblemSeverity.Error)
            .GroupBy(p => p.File, StringComparer.Ordinal)
            .Select(g => new BlockingFile(g.Key, g.Count(), File.Exists(Path.Combine(contentPath, g.Key))))
            .ToList();
        if (blocking.Count == 0 || !Directory.Exists(contentPath))
        {
            return new PendingEdits([], blocking);
        }
        var blocked = blocking.Select(b => b.File).ToHashSet(StringComparer.Ordinal);
        var waiting = SavedSince(contentPath, since, f => f)
            .Concat(localPath is not null && Directory.Exists(localPath) ? SavedSince(localPath, since, new LocalContent(LocalContent.RootOf(localPath)).FileName) : [])
            .Where(f => !blocked.Contains(f.File))
            .OrderByDescending(f => f.SavedAt)
            .ToList();
        return new PendingEdits(waiting, blocking);
    }

    private static IEnumerable<WaitingFile> SavedSince(string folder, DateTimeOffset since, Func<string, string> name)
    {
        var root = new DirectoryInfo(folder);
        return root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.LastWriteTimeUtc > since.UtcDateTime)
            .Select(f => new WaitingFile(name(Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/')), new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)));
    }
}
