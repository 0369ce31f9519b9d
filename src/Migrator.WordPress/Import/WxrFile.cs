using System.Text;
using System.Xml;
using Migrator.Core.Diagnostics;

namespace Migrator.WordPress.Import;

/// <summary>
/// One input file of an import and what is known of it across its passes (header pre-pass, item pass): its version and
/// which repairs were already reported, so that each is reported once per file.
/// </summary>
internal sealed class WxrFile
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    private readonly WxrSource _source;
    private Encoding? _encoding;

    public WxrFile(WxrSource source, IDiagnosticSink diagnostics)
    {
        _source = source;
        Diagnostics = diagnostics;
    }

    /// <summary>The name the caller knows the document by (used in every message and SourceRef): see <see cref="WxrSource.Name"/>.</summary>
    public string Path => _source.Name;

    /// <summary>
    /// The namespaces declared on <c>&lt;rss&gt;</c> and <c>&lt;channel&gt;</c> (prefix, URI; known after the header
    /// pass), declared again for a reader that resumes inside the channel after damage.
    /// </summary>
    public Dictionary<string, string> Namespaces { get; } = new(StringComparer.Ordinal);

    public IDiagnosticSink Diagnostics { get; }

    /// <summary>The version the file is read as (known after the header pass).</summary>
    public WxrVersion Version { get; set; } = WxrVersion.V1_2;

    /// <summary>True the first time <paramref name="key"/> is seen for this file: for once-per-file reports.</summary>
    public bool FirstTime(string key)
    {
        lock (_reported)
            return _reported.Add(key);
    }

    public void Repaired(WxrRepair repair, int line, string detail)
    {
        var key = repair == WxrRepair.UndeclaredPrefix ? $"repair:{repair}:{detail}" : $"repair:{repair}";
        if (FirstTime(key))
            Diagnostics.Report(WxrDiagnostics.Repaired(Path, repair, line, detail));
    }

    /// <summary>
    /// Opens the file for streaming: decodes it (BOM, then the XML declaration's encoding), passes it through
    /// <see cref="RepairingXmlTextReader"/> and reads it with an XmlReader that refuses DTDs and resolves nothing.
    /// </summary>
    public XmlReader OpenReader()
    {
        var text = OpenText();
        try
        {
            return XmlReader.Create(new RepairingXmlTextReader(text, Repaired), Settings);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>
    /// After damage at <paramref name="damage"/>: a reader of the channel's items from the first <c>&lt;item&gt;</c> start
    /// tag at or after the damage and after <paramref name="after"/> (where the damaged item or the current reading
    /// started), as an XML fragment with the channel's namespaces declared and the file's own line numbers; null when no
    /// item follows. Also what the text says of the damaged item starting at <paramref name="itemStart"/>.
    /// </summary>
    public (XmlReader? Reader, TextPosition At, WxrDamagedItem Known) Resume(TextPosition damage, TextPosition after, TextPosition? itemStart)
    {
        var cursor = new WxrTextCursor(OpenText());
        try
        {
            var found = cursor.SkipToItem(damage, after, itemStart);
            var known = WxrDamagedItem.Of(cursor.Captured);
            if (!found)
            {
                cursor.Dispose();
                return (null, cursor.Position, known);
            }
            var at = cursor.Position;
            var names = new NameTable();
            var scope = new XmlNamespaceManager(names);
            foreach (var (prefix, uri) in Namespaces)
                scope.AddNamespace(prefix, uri);
            var settings = Settings.Clone();
            settings.ConformanceLevel = ConformanceLevel.Fragment;
            settings.LineNumberOffset = at.Line - 1;
            settings.LinePositionOffset = at.Column - 1;
            var repaired = new RepairingXmlTextReader(cursor, Repaired, Namespaces.Keys, at.Line, at.Column);
            return (XmlReader.Create(repaired, settings, new XmlParserContext(names, scope, null, XmlSpace.None)), at, known);
        }
        catch
        {
            cursor.Dispose();
            throw;
        }
    }

    /// <summary>The decoded text of the file, undecodable bytes read as U+FFFD (reported once).</summary>
    private StreamReader OpenText()
    {
        if (_encoding is null)
        {
            using var head = _source.Open();
            var detected = (Encoding)DetectEncoding(head).Clone();
            detected.DecoderFallback = new NoticingDecoderFallback(InvalidBytesFound);
            _encoding = detected;
        }
        var stream = _source.Open();
        try
        {
            return new StreamReader(stream, _encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private void InvalidBytesFound()
    {
        if (FirstTime("invalid-bytes"))
            Diagnostics.Report(WxrDiagnostics.InvalidBytes(Path));
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        CheckCharacters = true,
    };

    private Encoding DetectEncoding(Stream stream)
    {
        Span<byte> head = stackalloc byte[1024];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00]))
            return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F]))
            return Encoding.BigEndianUnicode;
        var declared = DeclaredEncoding(Encoding.Latin1.GetString(head));
        if (declared is null)
            return new UTF8Encoding(false);
        var found = EncodingNamed(declared);
        if (found is null)
        {
            if (FirstTime("encoding"))
                Diagnostics.Report(WxrDiagnostics.UnknownEncoding(Path, declared));
            return new UTF8Encoding(false);
        }
        return found;
    }

    /// <summary>The <c>encoding</c> of an XML declaration at the start of <paramref name="head"/>, or null.</summary>
    internal static string? DeclaredEncoding(string head)
    {
        if (!head.StartsWith("<?xml", StringComparison.Ordinal))
            return null;
        var end = head.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end < 0 ? head : head[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var i = at + "encoding".Length;
        while (i < declaration.Length && declaration[i] is ' ' or '=' or '\t')
            i++;
        if (i >= declaration.Length || declaration[i] is not ('"' or '\''))
            return null;
        var close = declaration.IndexOf(declaration[i], i + 1);
        return close < 0 ? null : declaration[(i + 1)..close].Trim();
    }

    private static Encoding? EncodingNamed(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return new UTF8Encoding(false);
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
