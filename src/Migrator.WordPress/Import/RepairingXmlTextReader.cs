using System.Buffers;
using System.Text;

namespace Migrator.WordPress.Import;

/// <summary>
/// A streaming filter between the decoded file and <see cref="System.Xml.XmlReader"/> that repairs what real WXR exports
/// get wrong (docs/wordpress-wxr.md#escaping-and-repairs): it strips XML-illegal characters (which XmlReader rejects even with
/// <c>CheckCharacters = false</c>), escapes raw <c>&amp;</c> and <c>&lt;</c>, declares undeclared prefixes and splits a
/// pre-3.4 unescaped <c>]]&gt;</c> inside CDATA. It is a small state machine over a bounded buffer: memory does not grow
/// with the file. It never adds or removes a line break, so XmlReader's line numbers are the file's.
/// <para>It also notices damage that XmlReader would read without complaint but that would hide items: an
/// <c>&lt;item&gt;</c> start tag whose parent is not <c>&lt;channel&gt;</c> (an item whose end tag is missing, or a
/// stray <c>&lt;/channel&gt;</c> before it), and an item boundary (<c>&lt;/item&gt;</c>, then <c>&lt;item&gt;</c>) inside
/// a CDATA section or an attribute value (one whose end is missing). It then ends its output there and throws an
/// <see cref="System.Xml.XmlException"/> with that <c>&lt;item&gt;</c>'s line and column, so the reader resumes at it.</para>
/// </summary>
internal sealed partial class RepairingXmlTextReader : TextReader
{
    private const int OutputChunk = 8192;
    private const int MaxTagLength = 1 << 16;
    private const int MaxLookahead = 1 << 16;

    private enum State { Text, StartTag, EndTag, CData, Comment, ProcessingInstruction, Declaration }

    private readonly TextReader _source;
    private readonly Action<WxrRepair, int, string> _repaired;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _tag = new();
    private readonly List<OpenElement> _open = [];
    private char[] _in = new char[1 << 15];
    private int _pos;
    private int _len;
    private bool _sourceDone;
    private bool _finished;
    private int _outPos;
    private State _state = State.Text;
    private char _quote;
    private int _declarationDepth;
    private int _line = 1;
    private bool _previousWasCr;
    private long _base;
    private long _lineStart;
    private int _tagLine;
    private int _tagColumn;
    private readonly int _floor;
    private System.Xml.XmlException? _damage;

    /// <summary>
    /// Filters the decoded <paramref name="source"/>; <paramref name="repaired"/> is called for every repair with its kind,
    /// the 1-based line and a detail (the prefix, the character).
    /// </summary>
    public RepairingXmlTextReader(TextReader source, Action<WxrRepair, int, string> repaired)
    {
        _source = source;
        _repaired = repaired;
    }

    /// <summary>
    /// Filters a fragment of a WXR document that starts at an <c>&lt;item&gt;</c> start tag (reading resumed after
    /// damage) as if it were inside <c>&lt;rss&gt;&lt;channel&gt;</c>, with <paramref name="declaredPrefixes"/> declared
    /// there; the end tags of those two are left out, so the fragment ends cleanly. <paramref name="line"/> and
    /// <paramref name="column"/> are where the fragment starts in the file.
    /// </summary>
    public RepairingXmlTextReader(TextReader source, Action<WxrRepair, int, string> repaired, IReadOnlyCollection<string> declaredPrefixes,
        int line, int column)
        : this(source, repaired)
    {
        _open.Add(new OpenElement("rss", [.. declaredPrefixes]));
        _open.Add(new OpenElement("channel", null));
        _floor = _open.Count;
        _line = line;
        _lineStart = 1 - column;
    }

    private sealed record OpenElement(string Name, List<string>? DeclaredPrefixes);

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        if (!FillOutput())
            return 0;
        var n = Math.Min(buffer.Length, _out.Length - _outPos);
        _out.CopyTo(_outPos, buffer, n);
        _outPos += n;
        return n;
    }

    public override int Read()
    {
        if (!FillOutput())
            return -1;
        return _out[_outPos++];
    }

    public override int Peek() => FillOutput() ? _out[_outPos] : -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _source.Dispose();
        base.Dispose(disposing);
    }

    private bool FillOutput()
    {
        while (_outPos >= _out.Length)
        {
            if (_damage is not null)
                throw _damage;
            if (_finished)
                return false;
            _out.Clear();
            _outPos = 0;
            Produce();
        }
        return true;
    }

    private void Produce()
    {
        while (_out.Length < OutputChunk && _damage is null)
        {
            if (!Ensure(1))
            {
                if (_state == State.StartTag)
                    _out.Append(_tag);
                _tag.Clear();
                _finished = true;
                return;
            }
            switch (_state)
            {
                case State.Text: StepText(); break;
                case State.StartTag: StepStartTag(); break;
                case State.EndTag: StepEndTag(); break;
                case State.CData: StepCData(); break;
                case State.Comment: StepUntil("-->"); break;
                case State.ProcessingInstruction: StepUntil("?>"); break;
                case State.Declaration: StepDeclaration(); break;
            }
        }
    }

    // ---- input buffer ----

    private bool Ensure(int n)
    {
        if (_len - _pos >= n)
            return true;
        if (_sourceDone)
            return false;
        if (_pos > 0)
        {
            _base += _pos;
            Array.Copy(_in, _pos, _in, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
        }
        if (n > _in.Length)
            Array.Resize(ref _in, Math.Max(n, _in.Length * 2));
        while (_len < n)
        {
            var read = _source.Read(_in, _len, _in.Length - _len);
            if (read == 0)
            {
                _sourceDone = true;
                break;
            }
            _len += read;
        }
        return _len - _pos >= n;
    }

    private bool Matches(int offset, string text)
    {
        if (!Ensure(offset + text.Length))
            return false;
        return _in.AsSpan(_pos + offset, text.Length).SequenceEqual(text);
    }

    /// <summary>Moves past one character, counting lines as XML does (CR LF, CR and LF each end one line).</summary>
    private char Take()
    {
        var c = _in[_pos++];
        CountLine(c);
        return c;
    }

    private void CountLine(char c)
    {
        if (c == '\n')
        {
            if (!_previousWasCr)
                _line++;
            _previousWasCr = false;
            _lineStart = _base + _pos;
        }
        else
        {
            if (c == '\r')
            {
                _line++;
                _lineStart = _base + _pos;
            }
            _previousWasCr = c == '\r';
        }
    }

    /// <summary>The 1-based column of the next character to read, as XmlReader counts it.</summary>
    private int Column => (int)Math.Min(int.MaxValue, _base + _pos - _lineStart + 1);

    /// <summary>Copies a run of plain characters other than the stop characters to <paramref name="target"/>.</summary>
    private void CopyRun(StringBuilder target, SearchValues<char> stops)
    {
        var run = _in.AsSpan(_pos, _len - _pos);
        var end = run.IndexOfAny(stops);
        if (end < 0)
            end = run.Length;
        run = run[..end];
        CountLines(run);
        target.Append(run);
        _pos += end;
    }

    /// <summary>
    /// <see cref="CountLine"/> over a whole run, vectorised: every CR ends a line, and so does every LF that does not
    /// follow a CR (also across the previous run's end).
    /// </summary>
    private void CountLines(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty)
            return;
        var carriageReturns = run.Count('\r');
        var lineFeeds = run.Count('\n');
        if (carriageReturns + lineFeeds > 0)
        {
            var lineFeedsAfterCr = (carriageReturns > 0 ? run.Count("\r\n") : 0) + (_previousWasCr && run[0] == '\n' ? 1 : 0);
            _line += carriageReturns + lineFeeds - lineFeedsAfterCr;
            _lineStart = _base + _pos + run.LastIndexOfAny('\r', '\n') + 1;
        }
        _previousWasCr = run[^1] == '\r';
    }

    /// <summary>A character that is not plain: a valid surrogate pair is kept, anything else is removed and reported.</summary>
    private void HandleSpecial(StringBuilder target)
    {
        var c = _in[_pos];
        if (char.IsHighSurrogate(c) && Ensure(2) && char.IsLowSurrogate(_in[_pos + 1]))
        {
            target.Append(c).Append(_in[_pos + 1]);
            _pos += 2;
            _previousWasCr = false;
            return;
        }
        _pos++;
        _previousWasCr = false;
        _repaired(WxrRepair.ControlCharacter, _line, ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }

    // ---- states ----

    private void StepText()
    {
        CopyRun(_out, XmlCharacters.TextStops);
        if (_pos >= _len)
            return;
        var c = _in[_pos];
        if (c == '&')
            HandleAmpersand(_out);
        else if (c == '<')
            StartMarkup();
        else
            HandleSpecial(_out);
    }

    private void StartMarkup()
    {
        if (Matches(0, "<!--"))
            Enter(State.Comment, 4);
        else if (Matches(0, "<![CDATA["))
            Enter(State.CData, 9);
        else if (Matches(0, "<?"))
            Enter(State.ProcessingInstruction, 2);
        else if (Matches(0, "<!"))
        {
            _declarationDepth = 0;
            Enter(State.Declaration, 2);
        }
        else if (Matches(0, "</"))
        {
            if (_open.Count <= _floor && _floor > 0 && (Matches(0, "</channel>") || Matches(0, "</rss>")))
                _pos += Matches(0, "</rss>") ? 6 : 10;
            else
                Enter(State.EndTag, 2);
        }
        else if (Ensure(2) && XmlCharacters.IsNameStart(_in[_pos + 1]))
        {
            _tag.Clear();
            _tag.Append('<');
            _tagLine = _line;
            _tagColumn = Column;
            _pos++;
            _quote = '\0';
            _state = State.StartTag;
        }
        else
        {
            _pos++;
            _out.Append("&lt;");
            _repaired(WxrRepair.RawLessThan, _line, "<");
        }
    }

    private void Enter(State state, int markupLength)
    {
        _out.Append(_in, _pos, markupLength);
        _pos += markupLength;
        _state = state;
    }

    private void StepUntil(string terminator)
    {
        CopyRun(_out, terminator[0] == '-' ? XmlCharacters.CommentStops : XmlCharacters.InstructionStops);
        if (_pos >= _len)
            return;
        if (_in[_pos] != terminator[0])
        {
            HandleSpecial(_out);
            return;
        }
        if (Matches(0, terminator))
        {
            _out.Append(terminator);
            _pos += terminator.Length;
            _state = State.Text;
        }
        else
        {
            _out.Append(Take());
        }
    }

    private void StepDeclaration()
    {
        CopyRun(_out, XmlCharacters.DeclarationStops);
        if (_pos >= _len)
            return;
        var c = _in[_pos];
        if (!XmlCharacters.IsPlain(c))
        {
            HandleSpecial(_out);
            return;
        }
        _out.Append(Take());
        if (c == '[')
            _declarationDepth++;
        else if (c == ']')
            _declarationDepth--;
        else if (_declarationDepth <= 0)
            _state = State.Text;
    }

    private void StepEndTag()
    {
        CopyRun(_out, XmlCharacters.EndTagStops);
        if (_pos >= _len)
            return;
        if (_in[_pos] != '>')
        {
            HandleSpecial(_out);
            return;
        }
        _out.Append(Take());
        if (_open.Count > 0)
            _open.RemoveAt(_open.Count - 1);
        _state = State.Text;
    }

    private void StepStartTag()
    {
        if (_quote != '\0')
        {
            CopyRun(_tag, _quote == '"' ? XmlCharacters.DoubleQuotedStops : XmlCharacters.SingleQuotedStops);
            if (_pos >= _len)
                return;
            var q = _in[_pos];
            if (q == _quote)
            {
                _tag.Append(Take());
                _quote = '\0';
            }
            else if (q == '&')
                HandleAmpersand(_tag);
            else if (q == '<')
            {
                if (ItemBoundaryInside("an attribute value"))
                    return;
                _pos++;
                _tag.Append("&lt;");
                _repaired(WxrRepair.RawLessThan, _line, "<");
            }
            else
                HandleSpecial(_tag);
        }
        else
        {
            CopyRun(_tag, XmlCharacters.TagStops);
            if (_pos >= _len)
            {
                GiveUpOnLongTag();
                return;
            }
            var c = _in[_pos];
            if (c is '"' or '\'')
            {
                _quote = c;
                _tag.Append(Take());
            }
            else if (c == '>')
            {
                _tag.Append(Take());
                FinishStartTag();
                return;
            }
            else
                HandleSpecial(_tag);
        }
        GiveUpOnLongTag();
    }

    /// <summary>A "tag" this long is a stray <c>&lt;</c> in ill-formed text: pass it on unchanged and let XmlReader report it.</summary>
    private void GiveUpOnLongTag()
    {
        if (_tag.Length <= MaxTagLength)
            return;
        _out.Append(_tag);
        _tag.Clear();
        _state = State.Text;
    }
}
