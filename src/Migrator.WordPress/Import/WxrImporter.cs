using System.Text;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Import;

/// <summary>
/// Reads WordPress exports (WXR 1.0–1.2, docs/wordpress-wxr.md), streaming: one item at a time with
/// <see cref="System.Xml.XmlReader"/>, never the whole document.
/// </summary>
/// <remarks>
/// <para><see cref="Open"/> makes one cheap pass over every input first: it refuses what is not WXR
/// (<see cref="InputException"/>), merges the channel headers into one <see cref="Site"/> (a split export is one site),
/// and builds <see cref="Site.Attachments"/>, the only thing that grows with the export (a few hundred bytes per
/// attachment). <see cref="ImportedSite.Items"/> then yields exactly one <see cref="SourceItem"/> per
/// <c>&lt;item&gt;</c> of every file, in order, and ends a damaged file with <see cref="InputDamaged"/>.</para>
/// <para>Repairs on the fly, each reported once per file: XML-illegal control characters, raw <c>&amp;</c> and
/// <c>&lt;</c>, undeclared prefixes, pre-3.4 unescaped <c>]]&gt;</c> in CDATA and its trailing space.</para>
/// <para>A file without <c>wp:wxr_version</c> (or with one that is not a number) is read, with a warning, when it uses
/// the WordPress export namespace: the WordPress importer refuses it, but its content is WXR and losing it helps nobody.
/// An RSS feed without that namespace is refused. Versions above 1.2 are read with a warning.</para>
/// </remarks>
public sealed class WxrImporter : IImporter
{
    private readonly WxrImportOptions _options;
    private readonly Func<Stream> _standardInput;

    /// <summary>An importer with the default <see cref="WxrImportOptions"/>.</summary>
    public WxrImporter()
        : this(new WxrImportOptions())
    {
    }

    /// <summary>An importer reading as <paramref name="options"/> say.</summary>
    public WxrImporter(WxrImportOptions options)
        : this(options, Console.OpenStandardInput)
    {
    }

    /// <summary>For tests: <paramref name="standardInput"/> stands for the process's standard input (<c>-</c>).</summary>
    internal WxrImporter(WxrImportOptions options, Func<Stream> standardInput)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _standardInput = standardInput;
    }

    /// <inheritdoc />
    public string Name => "wxr";

    /// <summary>
    /// True when the first 4 KB of the document hold <c>&lt;rss</c> and the WordPress export namespace or
    /// <c>wxr_version</c>; for a <c>.gz</c> the decompressed document, for a <c>.zip</c> any of its <c>.xml</c>
    /// entries (recognised by their first bytes, whatever their names). Standard input (<c>-</c>) and a named pipe
    /// cannot be looked at without consuming them: they are taken as WXR, the only format read from a single stream, and
    /// <see cref="Open"/> refuses them if they are not.
    /// </summary>
    public bool CanRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path != "-" && !File.Exists(path))
            return false;
        try
        {
            return WxrSource.IsStream(path) || WxrSource.Heads(path, 4096).Any(LooksLikeWxr);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    private static bool LooksLikeWxr(byte[] buffer)
    {
        var n = buffer.Length;
        var encoding = n >= 2 && (buffer[0], buffer[1]) is (0xFF, 0xFE) or (0x3C, 0x00) ? Encoding.Unicode
            : n >= 2 && (buffer[0], buffer[1]) is (0xFE, 0xFF) or (0x00, 0x3C) ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var head = encoding.GetString(buffer, 0, n);
        return head.Contains("<rss", StringComparison.Ordinal)
            && (head.Contains("wordpress.org/export/", StringComparison.Ordinal) || head.Contains("wxr_version", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count == 0)
            throw new InputException("no WXR file was given.");
        var spools = new List<FileStream>();
        try
        {
            var files = new List<WxrFile>();
            foreach (var input in inputs)
            {
                var sources = Sources(input, spools);
                if (sources.Count == 0)
                    throw WxrInputErrors.NoExportInArchive(input);
                files.AddRange(sources.Select(source => new WxrFile(source, diagnostics)));
            }
            var attachments = new Dictionary<long, AttachmentInfo>();
            var offsets = new SiteOffsets();
            var channels = files.Select(file => WxrChannelReader.Read(file, attachments, offsets)).ToList();
            var site = WxrSiteMerge.Merge(channels, attachments, inputs, _options.MergeUnrelatedSites, diagnostics);
            var logins = site.Authors.Select(a => a.Login).ToHashSet(StringComparer.Ordinal);
            return new ImportedSite(site, ReadItems(files, offsets, logins, spools));
        }
        catch
        {
            foreach (var spool in spools)
                spool.Dispose();
            throw;
        }
    }

    private IReadOnlyList<WxrSource> Sources(string input, List<FileStream> spools)
    {
        try
        {
            return WxrSource.Of(input, _standardInput, _options.SpoolFolder, spools);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw WxrInputErrors.CannotRead(input, ex);
        }
    }

    /// <summary>The items of every file in order; the spool files of inputs read from a stream are deleted at the end.</summary>
    private static IEnumerable<SourceItem> ReadItems(List<WxrFile> files, SiteOffsets offsets, IReadOnlySet<string> logins, List<FileStream> spools)
    {
        try
        {
            foreach (var file in files)
            {
                using var stream = new WxrItemStream(file, new WxrItemReader(file, offsets, logins));
                while (stream.Next() is { } item)
                    yield return item;
            }
        }
        finally
        {
            foreach (var spool in spools)
                spool.Dispose();
        }
    }
}
