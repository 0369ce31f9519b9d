using System.IO.Compression;

namespace Migrator.WordPress.Import;

/// <summary>
/// One WXR document among the inputs, as bytes that can be read from the start as often as needed (the header pre-pass,
/// the item pass, each restart after damage): a file, a gzip-compressed file, one <c>.xml</c> entry of a zip archive,
/// or any of those arriving on standard input or a named pipe, which are first copied once to a spool file.
/// </summary>
internal sealed class WxrSource(string name, Func<Stream> open)
{
    /// <summary>The name used in every message and SourceRef: the path as given, <c>export.zip!entry.xml</c>, or <c>-</c>.</summary>
    public string Name { get; } = name;

    /// <summary>A new stream over the document's bytes, from the start (decompressed).</summary>
    public Stream Open() => open();

    private const string StandardInput = "-";

    /// <summary>
    /// The documents an input holds, found from its first bytes (not its name): one for a plain or gzip-compressed file,
    /// one per <c>.xml</c> entry of a zip archive (in name order). An input that cannot be read twice (standard input,
    /// a pipe) is copied to a spool file first, added to <paramref name="spools"/> for the caller to delete.
    /// </summary>
    public static IReadOnlyList<WxrSource> Of(string input, Func<Stream> standardInput, string? spoolFolder, List<FileStream> spools)
    {
        string path;
        if (input == StandardInput)
            path = Spool(standardInput(), spoolFolder, spools);
        else
        {
            using var probe = OpenFile(input);
            path = probe.CanSeek ? input : Spool(probe, spoolFolder, spools);
        }
        return Container(path) switch
        {
            Kind.Gzip => [new WxrSource(input, () => new GZipStream(OpenFile(path), CompressionMode.Decompress))],
            Kind.Zip => ZipEntries(input, path),
            _ => [new WxrSource(input, () => OpenFile(path))],
        };
    }

    /// <summary>True when <paramref name="input"/> can only be read once, so that looking at it would consume it.</summary>
    public static bool IsStream(string input)
    {
        if (input == StandardInput)
            return true;
        using var probe = OpenFile(input);
        return !probe.CanSeek;
    }

    /// <summary>The first bytes of each document of a seekable input, for cheap format detection.</summary>
    public static IEnumerable<byte[]> Heads(string path, int length)
    {
        foreach (var source in Container(path) switch
                 {
                     Kind.Gzip => [new WxrSource(path, () => new GZipStream(OpenFile(path), CompressionMode.Decompress))],
                     Kind.Zip => ZipEntries(path, path),
                     _ => [new WxrSource(path, () => OpenFile(path))],
                 })
        {
            using var stream = source.Open();
            var buffer = new byte[length];
            var n = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
            yield return buffer[..n];
        }
    }

    private enum Kind { Plain, Gzip, Zip }

    private static Kind Container(string path)
    {
        using var stream = OpenFile(path);
        Span<byte> magic = stackalloc byte[4];
        var n = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        return n >= 2 && magic[0] == 0x1F && magic[1] == 0x8B ? Kind.Gzip
            : n == 4 && magic.SequenceEqual("PK\u0003\u0004"u8) ? Kind.Zip
            : Kind.Plain;
    }

    private static IReadOnlyList<WxrSource> ZipEntries(string input, string path)
    {
        using var archive = new ZipArchive(OpenFile(path), ZipArchiveMode.Read);
        return [.. archive.Entries
            .Select(e => e.FullName)
            .Where(IsExportEntry)
            .Order(StringComparer.Ordinal)
            .Select(entry => new WxrSource($"{input}!{entry}", () => OpenEntry(path, entry)))];
    }

    /// <summary>An <c>.xml</c> file of the archive, not a folder and not the resource forks macOS adds (<c>__MACOSX/</c>, <c>._name</c>).</summary>
    private static bool IsExportEntry(string entry) =>
        entry.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        && !entry.StartsWith("__MACOSX/", StringComparison.Ordinal)
        && !Path.GetFileName(entry).StartsWith("._", StringComparison.Ordinal);

    private static OwningStream OpenEntry(string path, string entry)
    {
        var archive = new ZipArchive(OpenFile(path), ZipArchiveMode.Read);
        try
        {
            return new OwningStream(archive.GetEntry(entry)!.Open(), archive);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Copies a stream that can be read only once to a new file, readable by its owner only, deleted when closed.</summary>
    private static string Spool(Stream input, string? folder, List<FileStream> spools)
    {
        if (folder is not null)
            Directory.CreateDirectory(folder);
        var path = Path.Combine(folder ?? Path.GetTempPath(), $".migrator-input-{Guid.NewGuid():N}.spool");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.Read,
            Options = FileOptions.DeleteOnClose, BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var spool = new FileStream(path, options);
        spools.Add(spool);
        using (input)
            input.CopyTo(spool);
        spool.Flush();
        return path;
    }

    /// <summary>A zip entry's stream that also closes its archive.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
