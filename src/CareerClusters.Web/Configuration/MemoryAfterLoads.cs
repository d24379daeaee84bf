using System.Runtime;
using CareerClusters.Web.Content;

namespace CareerClusters.Web.Configuration;

/// <summary>
/// Gives back the memory a content load used once it is done. An import allocates about 500 MB in passing (reading,
/// checking and writing 1,200 files) while the pages it serves need about 30 MB; the collector keeps what it grew to
/// until it is asked. So a few seconds after the server starts, and after each new generation (when the requests still
/// reading the old one are over), one aggressive collection compacts the heap and returns the free memory to the
/// system (docs/performance.md: about 60 MB of a 250 MB process).
/// </summary>
internal sealed class MemoryAfterLoads(ContentStore store, IHostApplicationLifetime lifetime, ILogger<MemoryAfterLoads> logger) : IHostedService
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private CancellationTokenRegistration _started;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = lifetime.ApplicationStarted.Register(Soon);
        store.GenerationChanged += _ => Soon();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _started.DisposeAsync().AsTask();

    private void Soon() => _ = Task.Delay(Settle, lifetime.ApplicationStopping).ContinueWith(_ => Collect(), TaskScheduler.Default);

    private void Collect()
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }
        long before = Environment.WorkingSet;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Memory after the content load: {Before} MB, {After} MB after a full collection", before >> 20, Environment.WorkingSet >> 20);
    }
}
