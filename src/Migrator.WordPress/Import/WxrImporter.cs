using System.Text;
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
    /// <inheritdoc />
    public string Name => "wxr";

    /// <summary>True when the first 4 KB of the file hold <c>&lt;rss</c> and the WordPress export namespace or <c>wxr_version</c>.</summary>
    public bool CanRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            return false;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var encoding = n >= 2 && (buffer[0], buffer[1]) is (0xFF, 0xFE) or (0x3C, 0x00) ? Encoding.Unicode
                : n >= 2 && (buffer[0], buffer[1]) is (0xFE, 0xFF) or (0x00, 0x3C) ? Encoding.BigEndianUnicode
                : Encoding.UTF8;
            var head = encoding.GetString(buffer, 0, n);
            return head.Contains("<rss", StringComparison.Ordinal)
                && (head.Contains("wordpress.org/export/", StringComparison.Ordinal) || head.Contains("wxr_version", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count == 0)
            throw new InputException("no WXR file was given.");
        var files = inputs.Select(path => new WxrFile(path, diagnostics)).ToList();
        var attachments = new Dictionary<long, AttachmentInfo>();
        var offsets = new SiteOffsets();
        var channels = files.Select(file => WxrChannelReader.Read(file, attachments, offsets)).ToList();
        var site = WxrSiteMerge.Merge(channels, attachments, inputs, diagnostics);
        var logins = site.Authors.Select(a => a.Login).ToHashSet(StringComparer.Ordinal);
        return new ImportedSite(site, ReadItems(files, offsets, logins));
    }

    private static IEnumerable<SourceItem> ReadItems(List<WxrFile> files, SiteOffsets offsets, IReadOnlySet<string> logins)
    {
        foreach (var file in files)
        {
            using var stream = new WxrItemStream(file, new WxrItemReader(file, offsets, logins));
            while (stream.Next() is { } item)
                yield return item;
        }
    }
}
