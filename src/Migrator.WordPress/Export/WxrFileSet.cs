using System.Globalization;
using System.Text;
using Migrator.Core.Diagnostics;
using Migrator.Core.Output;

namespace Migrator.WordPress.Export;

/// <summary>
/// The WXR file(s) of one export, written as a stream: header, items appended in order, footer. With a split size,
/// a new file (<c>.001.xml</c>, <c>.002.xml</c>…) starts after the item that makes the current one pass it; each file
/// is a complete WXR with the same header.
/// <para>
/// Authors: the header lists the site's authors. An item whose author the site does not list still needs a
/// <c>wp:author</c> with its login (docs/wordpress-wxr.md#authors), and our own reader wants authors before the first item. So each header
/// reserves a run of spaces after the site's authors (<see cref="AuthorSpaceBytes"/>); when the file is closed, the
/// authors its items used but the header lacked are written into that space (the rest stays whitespace, which XML
/// ignores between elements). Authors that do not fit are reported.
/// </para>
/// </summary>
internal sealed class WxrFileSet(OutputFolder output, string baseName, WxrHeader header, long splitBytes, long firstLateAuthorId) : IDisposable
{
    public const int AuthorSpaceBytes = 8192;
    private const string Footer = "\n</channel>\n</rss>\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, WxrAuthor> _lateAuthors = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<WxrAuthor> _lateInThisFile = [];
    private long _nextAuthorId = firstLateAuthorId;
    private AtomicFile? _file;
    private string _path = "";
    private long _length;
    private long _authorSpaceAt;
    private int _index;

    /// <summary>The file the next item goes into (opened if needed).</summary>
    public string CurrentPath
    {
        get
        {
            EnsureOpen();
            return _path;
        }
    }

    /// <summary>The name of file <paramref name="index"/>.</summary>
    public static string FileName(string baseName, int index) =>
        $"{baseName}.{index.ToString("000", CultureInfo.InvariantCulture)}.xml";

    public void EnsureOpen()
    {
        if (_file is not null)
            return;
        _path = FileName(baseName, _index++);
        _file = output.OpenAtomic(_path);
        _length = 0;
        _lateInThisFile.Clear();
        Write(header.BeforeAuthorSpace);
        _authorSpaceAt = _length;
        Write("\n" + new string(' ', AuthorSpaceBytes - 1));
        Write(header.AfterAuthorSpace);
    }

    /// <summary>Appends one item; an author not in the header is remembered for this file's author space.</summary>
    public void Append(string fragment, string login, string authorName, bool declared, IDiagnosticSink diagnostics)
    {
        EnsureOpen();
        if (!declared)
            NoteLateAuthor(login, authorName, diagnostics);
        Write(fragment);
        if (splitBytes > 0 && _length >= splitBytes)
            Close(diagnostics);
    }

    /// <summary>Finishes the current file: late authors, footer, atomic commit.</summary>
    public void Close(IDiagnosticSink diagnostics)
    {
        if (_file is null)
            return;
        FillAuthorSpace(diagnostics);
        Write(Footer);
        _file.Commit();
        _file.Dispose();
        _file = null;
    }

    public void Dispose() => _file?.Dispose();

    private void NoteLateAuthor(string login, string name, IDiagnosticSink diagnostics)
    {
        if (!_lateAuthors.TryGetValue(login, out var author))
        {
            author = new WxrAuthor(_nextAuthorId++, login, null, name, null, null);
            _lateAuthors[login] = author;
            diagnostics.Report(WxrWriteDiagnostics.AuthorAdded(login, name, _path));
        }
        if (!_lateInThisFile.Contains(author))
            _lateInThisFile.Add(author);
    }

    private void FillAuthorSpace(IDiagnosticSink diagnostics)
    {
        if (_lateInThisFile.Count == 0)
            return;
        var text = new WxrFieldText(null, diagnostics);
        var blocks = new StringBuilder();
        var left = new List<string>();
        foreach (var author in _lateInThisFile)
        {
            var block = WxrXml.AuthorLine(w => WxrChannelWriter.WriteAuthor(w, author, text));
            if (Utf8.GetByteCount(blocks.ToString() + block) <= AuthorSpaceBytes)
                blocks.Append(block);
            else
                left.Add(author.Login);
        }
        if (left.Count > 0)
            diagnostics.Report(WxrWriteDiagnostics.AuthorSpaceExhausted(_path, left));
        var bytes = Utf8.GetBytes(blocks.ToString());
        var stream = _file!.Stream;
        stream.Flush();
        var end = stream.Position;
        stream.Position = _authorSpaceAt;
        stream.Write(bytes);
        stream.Position = end;
    }

    private void Write(string text)
    {
        var bytes = Utf8.GetBytes(text);
        _file!.Stream.Write(bytes);
        _length += bytes.Length;
    }
}
