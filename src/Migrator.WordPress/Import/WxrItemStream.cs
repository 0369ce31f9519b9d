using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Import;

/// <summary>
/// The item pass over one file: one <see cref="SourceItem"/> per <c>&lt;item&gt;</c> of the channel, read one at a time.
/// When the XML is damaged past repair, the item the damage is in becomes an <see cref="UnreadableItem"/>, then an
/// <see cref="InputDamaged"/> (with line and column) ends the file. Nothing is thrown out of <see cref="Next"/>.
/// </summary>
internal sealed class WxrItemStream(WxrFile file, WxrItemReader itemReader) : IDisposable
{
    private XmlReader? _reader;
    private bool _inChannel;
    private bool _done;
    private int _itemsRead;
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
        var itemLine = 0;
        try
        {
            _reader ??= file.OpenReader();
            while (!_reader.EOF)
            {
                if (_reader.NodeType == XmlNodeType.Element)
                {
                    if (_reader.Depth == 1)
                    {
                        _inChannel = _reader.LocalName == "channel" && _reader.NamespaceURI.Length == 0;
                        if (!_inChannel)
                        {
                            _reader.Skip();
                            continue;
                        }
                    }
                    else if (_reader.Depth == 2)
                    {
                        if (_inChannel && _reader.LocalName == "item" && _reader.NamespaceURI.Length == 0)
                        {
                            itemLine = ((IXmlLineInfo)_reader).LineNumber;
                            var item = XmlElements.Load(_reader);
                            _itemsRead++;
                            return ReadItem(item, itemLine);
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
            return Damaged(itemLine, ex.LineNumber, ex.LinePosition, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Damaged(itemLine, 0, 0, ex.Message);
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

    private SourceItem Damaged(int itemLine, int line, int column, string error)
    {
        Finish();
        var damaged = new InputDamaged(new Core.Model.SourceRef(file.Path, line),
            WxrDiagnostics.InputDamaged(file.Path, line, column, error, _itemsRead));
        if (itemLine == 0)
            return damaged;
        _itemsRead++;
        _pending = damaged;
        var place = new ItemPlace(file.Path, itemLine, null);
        return new UnreadableItem(place.Source, "unknown", null, WxrDiagnostics.ItemDamaged(place, line, column, error));
    }

    private void Finish()
    {
        _done = true;
        _reader?.Dispose();
        _reader = null;
    }

    public void Dispose() => Finish();
}
