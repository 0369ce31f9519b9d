namespace Migrator.Core.Media;

/// <summary>
/// A destination stream that tells how its length changes while a file is copied into it (bytes written, or taken back
/// when a retry starts again), for a progress display of long downloads. Everything else is the inner stream's.
/// </summary>
internal sealed class CountedStream(Stream inner, Action<long> changed) : Stream
{
    /// <summary>The bytes told so far, net: the length of the inner stream as far as this stream changed it.</summary>
    public long Counted { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value)
    {
        inner.SetLength(value);
        Tell();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        Tell();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Tell();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Tell();
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Tell()
    {
        var length = inner.Length;
        if (length == Counted)
            return;
        changed(length - Counted);
        Counted = length;
    }
}
