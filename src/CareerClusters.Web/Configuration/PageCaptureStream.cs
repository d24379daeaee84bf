namespace CareerClusters.Web.Configuration;

/// <summary>
/// Passes a response's body through to the client and keeps a copy of it, up to <paramref name="maxBytes"/> (a larger
/// body is sent but not kept), so a page drawn for one visitor can be kept for the next (PrerenderedPagesMiddleware).
/// </summary>
internal sealed class PageCaptureStream(Stream inner, int maxBytes) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>The whole body as sent, or null when it was larger than the limit.</summary>
    public byte[]? Captured => _copy?.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Keep(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken);
        Keep(buffer.Span);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (_copy is null)
        {
            return;
        }
        if (_copy.Length + buffer.Length > maxBytes)
        {
            _copy = null;
            return;
        }
        _copy.Write(buffer);
    }
}
