using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CareerClusters.Web.Content;

/// <summary>Reloads the content when files in the content folder, or in the district's own folder, change.</summary>
public sealed class ContentWatcher(ContentStore store, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    /// <summary>
    /// An editor's "save all" or a git pull writes several files in a burst: wait until the folder has been
    /// quiet this long, then load once.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges || !Directory.Exists(store.ContentPath))
        {
            return;
        }
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        FileSystemWatcher Watch(string folder)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "The content watcher missed changes; reloading");
            watcher.Error += (_, _) => changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        using var watcher = Watch(store.ContentPath);
        // The district's own folder is watched the same way: a saved section goes live like a national edit.
        using var localWatcher = store.LocalPath is { } local && Directory.Exists(local) ? Watch(local) : null;

        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await WaitUntilQuietAsync(changes.Reader, stoppingToken);
                try
                {
                    await store.LoadAsync("file change", stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A reload must never stop the watcher: the site keeps serving the last good content.
                    logger.LogError(ex, "Reloading the content failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static async Task WaitUntilQuietAsync(ChannelReader<string> reader, CancellationToken stoppingToken)
    {
        while (true)
        {
            while (reader.TryRead(out _))
            {
            }
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(QuietPeriod);
            try
            {
                await reader.WaitToReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
