using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Import;

/// <summary>
/// The item pass over one file: one <see cref="SourceItem"/> per <c>&lt;item&gt;</c> of the channel, read one at a time.
/// When the XML is damaged past repair, the item the damage is in becomes an <see cref="UnreadableItem"/> (with the
/// title and id its text still shows), an <see cref="InputDamaged"/> (file, line, column, the XML error, and where
/// reading resumed) follows, and reading resumes at the next <c>&lt;item&gt;</c> start tag after the damage
/// (<see cref="WxrFile.Resume"/>). Nothing is thrown out of <see cref="Next"/>.
/// </summary>
internal sealed class WxrItemStream(WxrFile file, WxrItemReader itemReader) : IDisposable
{
    private XmlReader? _reader;
    private bool _fragment;
    private TextPosition _segmentStart = TextPosition.Start;
    private bool _inChannel;
    private bool _done;
    private bool _onItemEnd;
    private SourceItem? _pending;

    /// <summary>The next item, or null at the end of the file.</summary>
    public SourceItem? Next()
    {
        if (_pending is not null)
        {
            var pending = _pending;
            _pending = null;
            return pending;
        }
        if (_done)
            return null;
        TextPosition? itemStart = null;
        try
        {
            _reader ??= file.OpenReader();
            if (_onItemEnd)
            {
                // Moving past the item read last is done here, so damage right after it is not taken for damage in it.
                _onItemEnd = false;
                _reader.Read();
            }
            // A whole file has its items at depth 2 (rss, channel, item); a fragment read after damage at depth 0.
            var itemDepth = _fragment ? 0 : 2;
            while (!_reader.EOF)
            {
                if (_reader.NodeType == XmlNodeType.Element)
                {
                    if (!_fragment && _reader.Depth == 1)
                    {
                        _inChannel = _reader.LocalName == "channel" && _reader.NamespaceURI.Length == 0;
                        if (!_inChannel)
                        {
                            _reader.Skip();
                            continue;
                        }
                    }
                    else if (_reader.Depth == itemDepth)
                    {
                        if ((_fragment || _inChannel) && _reader.LocalName == "item" && _reader.NamespaceURI.Length == 0)
                        {
                            var line = (IXmlLineInfo)_reader;
                            // The reader's position is the name's; the tag starts one column before.
                            itemStart = new TextPosition(line.LineNumber, line.LinePosition - 1);
                            System.Xml.Linq.XElement item;
                            using (var subtree = _reader.ReadSubtree())
                                item = System.Xml.Linq.XElement.Load(subtree, System.Xml.Linq.LoadOptions.SetLineInfo);
                            _onItemEnd = true;
                            return ReadItem(item, itemStart.Value.Line);
                        }
                        _reader.Skip();
                        continue;
                    }
                }
                _reader.Read();
            }
            Finish();
            return null;
        }
        catch (XmlException ex)
        {
            return Damaged(itemStart, new TextPosition(ex.LineNumber, ex.LinePosition), ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The bytes themselves cannot be read (a truncated archive, a read error): reading them again would fail too.
            return Damaged(itemStart, new TextPosition(0, 0), ex.Message, resume: false);
        }
    }

    private SourceItem ReadItem(System.Xml.Linq.XElement item, int line)
    {
        try
        {
            return itemReader.Read(item, line);
        }
        catch (Exception ex)
        {
            var where = new ItemPlace(file.Path, line, null).Source;
            return new UnreadableItem(where, "unknown", null, CoreDiagnostics.InternalError(where, ex));
        }
    }

    /// <summary>
    /// Ends the current reading and finds where the next one starts: the item being read (if any) fails, and the damage
    /// is yielded after it.
    /// </summary>
    private SourceItem Damaged(TextPosition? itemStart, TextPosition at, string error, bool resume = true)
    {
        Finish();
        var after = itemStart is { } start ? TextPosition.Max(_segmentStart, start) : _segmentStart;
        var known = new WxrDamagedItem(null, null, null);
        TextPosition? resumed = null;
        if (resume)
        {
            try
            {
                var (reader, position, facts) = file.Resume(at, after, itemStart);
                known = facts;
                if (reader is not null)
                {
                    _reader = reader;
                    _fragment = true;
                    _onItemEnd = false;
                    _segmentStart = position;
                    _done = false;
                    resumed = position;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error += $" (reading again to resume failed: {ex.Message})";
            }
        }
        var damaged = new InputDamaged(new Core.Model.SourceRef(file.Path, at.Line),
            WxrDiagnostics.InputDamaged(file.Path, at.Line, at.Column, error, resumed?.Line));
        if (itemStart is not { } item)
            return damaged;
        _pending = damaged;
        var place = new ItemPlace(file.Path, item.Line, known.Id);
        return new UnreadableItem(place.Source, known.Type ?? "unknown", known.Title, WxrDiagnostics.ItemDamaged(place, at.Line, at.Column, error));
    }

    private void Finish()
    {
        _done = true;
        _reader?.Dispose();
        _reader = null;
    }

    public void Dispose() => Finish();
}
