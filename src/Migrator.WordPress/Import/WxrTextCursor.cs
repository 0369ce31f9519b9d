using System.Text;

namespace Migrator.WordPress.Import;

/// <summary>A place in a file's text: 1-based line and column, counted as XmlReader counts them (CR LF is one break).</summary>
internal readonly record struct TextPosition(int Line, int Column) : IComparable<TextPosition>
{
    public static TextPosition Start { get; } = new(1, 0);

    public int CompareTo(TextPosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public static bool operator <(TextPosition a, TextPosition b) => a.CompareTo(b) < 0;
    public static bool operator >(TextPosition a, TextPosition b) => a.CompareTo(b) > 0;
    public static bool operator <=(TextPosition a, TextPosition b) => a.CompareTo(b) <= 0;
    public static bool operator >=(TextPosition a, TextPosition b) => a.CompareTo(b) >= 0;

    public static TextPosition Max(TextPosition a, TextPosition b) => a >= b ? a : b;
}

/// <summary>
/// The decoded text of a file read from its start, counting lines and columns, that skips to where reading resumes
/// after damage (<see cref="SkipToItem"/>) and then hands on the rest of the text from there, unchanged.
/// </summary>
internal sealed class WxrTextCursor(TextReader source) : TextReader
{
    /// <summary>How much of a damaged item's text is kept to find its title and id.</summary>
    private const int MaxCaptured = 1 << 16;

    private char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private bool _sourceDone;
    private bool _previousWasCr;
    private int _line = 1;
    private int _column = 1;
    private readonly StringBuilder _captured = new();

    /// <summary>Where the next character is.</summary>
    public TextPosition Position => new(_line, _column);

    /// <summary>The text passed on the way from the damaged item's start (at most 64K characters).</summary>
    public string Captured => _captured.ToString();

    /// <summary>
    /// Moves to the first <c>&lt;item</c> start tag (followed by white space, <c>&gt;</c> or <c>/</c>) that is at or after
    /// <paramref name="notBefore"/> and after <paramref name="after"/>; false when the text ends first. The text from
    /// <paramref name="itemStart"/> up to <paramref name="notBefore"/> is kept in <see cref="Captured"/>.
    /// </summary>
    public bool SkipToItem(TextPosition notBefore, TextPosition after, TextPosition? itemStart)
    {
        while (Ensure(1))
        {
            var here = Position;
            var capturing = itemStart is { } start && here >= start && _captured.Length < MaxCaptured;
            var run = _buffer.AsSpan(_pos, _len - _pos);
            var stop = run.IndexOfAny('<', '\r', '\n');
            if (stop != 0)
            {
                var n = stop < 0 ? run.Length : stop;
                if (capturing)
                    _captured.Append(run[..Math.Min(n, MaxCaptured - _captured.Length)]);
                _pos += n;
                _column += n;
                _previousWasCr = false;
                continue;
            }
            var c = _buffer[_pos];
            if (c == '<' && here >= notBefore && here > after && IsItemStartTag())
                return true;
            if (capturing)
                _captured.Append(c);
            _pos++;
            if (c == '\r' || (c == '\n' && !_previousWasCr))
            {
                _line++;
                _column = 1;
            }
            else if (c != '\n')
                _column++;
            else
                _column = 1;
            _previousWasCr = c == '\r';
        }
        return false;
    }

    private bool IsItemStartTag() =>
        Ensure(6) && _buffer.AsSpan(_pos, 5).SequenceEqual("<item") && _buffer[_pos + 5] is ' ' or '\t' or '\r' or '\n' or '>' or '/';

    private bool Ensure(int n)
    {
        if (_len - _pos >= n)
            return true;
        if (_pos > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
        }
        while (_len < n && !_sourceDone)
        {
            var read = source.Read(_buffer, _len, _buffer.Length - _len);
            if (read == 0)
                _sourceDone = true;
            _len += read;
        }
        return _len - _pos >= n;
    }

    public override int Read(Span<char> buffer)
    {
        if (_pos < _len)
        {
            var n = Math.Min(buffer.Length, _len - _pos);
            _buffer.AsSpan(_pos, n).CopyTo(buffer);
            _pos += n;
            return n;
        }
        return _sourceDone ? 0 : source.Read(buffer);
    }

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => Ensure(1) ? _buffer[_pos] : -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            source.Dispose();
        base.Dispose(disposing);
    }
}
