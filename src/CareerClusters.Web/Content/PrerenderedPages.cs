using System.Collections.Concurrent;

namespace CareerClusters.Web.Content;

/// <summary>One page as it was sent: its headers (Content-Type, ETag, Cache-Control, Vary, Content-Encoding...) and body bytes.</summary>
public sealed record PrerenderedPage(KeyValuePair<string, string>[] Headers, byte[] Body, string ETag)
{
    /// <summary>What the page costs to keep: its body and, roughly, its headers.</summary>
    public long Bytes => Body.Length + Headers.Sum(h => h.Key.Length + h.Value.Length);
}

/// <summary>
/// The anonymous pages of one content generation, as sent, keyed by address and encoding: drawn once when first asked
/// for and then answered from here (Configuration/PrerenderedPagesMiddleware). The table belongs to its generation,
/// so a reload replaces it with the generation's one reference and the old pages go with the old content.
/// </summary>
public sealed class PrerenderedPages
{
    private readonly ConcurrentDictionary<string, PrerenderedPage> _pages = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>How many pages (one per address and encoding) are kept.</summary>
    public int Count => _pages.Count;

    /// <summary>The bytes kept: bodies and headers.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public PrerenderedPage? Find(string key) => _pages.TryGetValue(key, out var page) ? page : null;

    /// <summary>Keeps a page unless the table would grow past <paramref name="limitBytes"/> or another request kept it first.</summary>
    public bool TryKeep(string key, PrerenderedPage page, long limitBytes)
    {
        long bytes = page.Bytes;
        if (Bytes + bytes > limitBytes || !_pages.TryAdd(key, page))
        {
            return false;
        }
        Interlocked.Add(ref _bytes, bytes);
        return true;
    }
}
