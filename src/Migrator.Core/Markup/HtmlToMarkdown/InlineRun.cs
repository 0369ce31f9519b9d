namespace Migrator.Core.Markup.HtmlToMarkdown;

internal enum SegmentKind : byte
{
    /// <summary>Literal text, escaped when rendered.</summary>
    Text,
    /// <summary>Markdown syntax or raw HTML, written as is.</summary>
    Markup,
    /// <summary>An emphasis opener; its delimiter is chosen when rendered.</summary>
    Open,
    /// <summary>The closer of the emphasis opened at the segment its partner index names.</summary>
    Close,
    HardBreak,
}

internal enum EmphasisKind : byte
{
    Em,
    Strong,
    Strike,
}

/// <summary>
/// The inline content of one block, collected as segments over one character buffer, with HTML whitespace rules
/// applied while collecting (runs collapse to one space; whitespace at the edges of the block and of inline elements is
/// moved outside them or dropped), and rendered to Markdown in one pass that chooses emphasis delimiters by the
/// CommonMark flanking rules and escapes text by context (<see cref="MarkdownEscaper"/>).
/// </summary>
internal sealed partial class InlineRun
{
    private char[] chars = new char[256];
    private int length;
    private Segment[] segments = new Segment[32];
    private readonly List<int> openStack = [];
    private int count;
    private bool pendingSpace;
    private bool hasContent;
    private int linkDepth;

    public int Count => count;

    public void Clear()
    {
        length = 0;
        openStack.Clear();
        count = 0;
        pendingSpace = false;
        hasContent = false;
        linkDepth = 0;
    }

    /// <summary>Text added until <see cref="ExitLinkText"/> is link text or alt text (its <c>]</c> is escaped).</summary>
    public void EnterLinkText() => linkDepth++;

    public void ExitLinkText() => linkDepth--;

    /// <summary>Adds HTML text (entities already decoded), collapsing collapsible whitespace.</summary>
    public void AddText(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var white = text.IndexOfAny(Collapsible);
            var word = white < 0 ? text : text[..white];
            if (!word.IsEmpty)
            {
                FlushSpace();
                AppendText(word);
                hasContent = true;
            }
            if (white < 0)
                return;
            pendingSpace |= hasContent;
            text = text[(white + 1)..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> Collapsible = System.Buffers.SearchValues.Create(" \t\n\r\f");

    /// <summary>Adds text whose whitespace is kept as written (alt text).</summary>
    public void AddVerbatimText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return;
        FlushSpace();
        AppendText(text);
        hasContent = true;
    }

    /// <summary>Adds content markup (a code span, an image, an autolink, a void raw tag).</summary>
    public void AddAtom(ReadOnlySpan<char> markup)
    {
        FlushSpace();
        Add(SegmentKind.Markup, markup, opening: false);
        hasContent = true;
    }

    /// <summary>Adds markup that opens an element (<c>[</c>, a raw start tag): whitespace after it moves before it.</summary>
    public void AddOpening(ReadOnlySpan<char> markup)
    {
        if (pendingSpace && hasContent)
            FlushSpace();
        Add(SegmentKind.Markup, markup, opening: true);
    }

    /// <summary>Adds markup that closes an element (<c>](url)</c>, a raw end tag): whitespace before it moves after it.</summary>
    public void AddClosing(ReadOnlySpan<char> markup)
    {
        Add(SegmentKind.Markup, markup, opening: false);
        hasContent = true;
    }

    public void OpenEmphasis(EmphasisKind kind)
    {
        if (pendingSpace && hasContent)
            FlushSpace();
        openStack.Add(count);
        Add(SegmentKind.Open, [], opening: true);
        segments[count - 1].Emphasis = kind;
    }

    public void CloseEmphasis()
    {
        var open = openStack[^1];
        openStack.RemoveAt(openStack.Count - 1);
        Add(SegmentKind.Close, [], opening: false);
        segments[count - 1].Partner = open;
        segments[count - 1].Emphasis = segments[open].Emphasis;
        segments[open].Partner = count - 1;
    }

    public void HardBreak()
    {
        pendingSpace = false;
        Add(SegmentKind.HardBreak, [], opening: false);
        hasContent = false;
    }

    /// <summary>True when the run holds nothing visible (only whitespace was added).</summary>
    public bool IsEmpty
    {
        get
        {
            for (var i = 0; i < count; i++)
            {
                if (segments[i].Kind is SegmentKind.Text or SegmentKind.Markup or SegmentKind.HardBreak)
                    return false;
            }
            return true;
        }
    }

    private void FlushSpace()
    {
        if (!pendingSpace)
            return;
        pendingSpace = false;
        // Whitespace that followed an opening (an emphasis opener, "[", a start tag) goes before it.
        var insertAt = count;
        while (insertAt > 0 && segments[insertAt - 1].Opening)
            insertAt--;
        if (insertAt == count)
        {
            AppendTextChar(' ');
            return;
        }
        if (insertAt == 0 || (segments[insertAt - 1].Kind == SegmentKind.Text && chars[segments[insertAt - 1].Start + segments[insertAt - 1].Length - 1] == ' '))
            return;
        EnsureCapacity();
        Array.Copy(segments, insertAt, segments, insertAt + 1, count - insertAt);
        segments[insertAt] = new Segment { Kind = SegmentKind.Text, Start = length, Length = 1, InLink = linkDepth > 0 };
        AppendChars([' ']);
        count++;
        for (var i = 0; i < openStack.Count; i++)
        {
            if (openStack[i] >= insertAt)
                openStack[i]++;
        }
    }

    private void AppendTextChar(char c) => AppendText([c]);

    private void AppendText(ReadOnlySpan<char> text)
    {
        var inLink = linkDepth > 0;
        if (count > 0 && segments[count - 1] is { Kind: SegmentKind.Text } last && last.InLink == inLink && last.Start + last.Length == length)
            segments[count - 1].Length += text.Length;
        else
        {
            EnsureCapacity();
            segments[count++] = new Segment { Kind = SegmentKind.Text, Start = length, Length = text.Length, InLink = inLink };
        }
        AppendChars(text);
    }

    private void Add(SegmentKind kind, ReadOnlySpan<char> literal, bool opening)
    {
        EnsureCapacity();
        segments[count++] = new Segment { Kind = kind, Start = length, Length = literal.Length, Opening = opening };
        AppendChars(literal);
    }

    private void AppendChars(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
    }

    private ReadOnlySpan<char> Chars(in Segment segment) => chars.AsSpan(segment.Start, segment.Length);

    private void EnsureCapacity()
    {
        if (count == segments.Length)
            Array.Resize(ref segments, segments.Length * 2);
    }

    private struct Segment
    {
        public SegmentKind Kind;
        public bool Opening;
        /// <summary>Text inside link text or alt text.</summary>
        public bool InLink;
        public EmphasisKind Emphasis;
        /// <summary>The delimiter chosen for an Open/Close pair; '\0' means raw HTML tags.</summary>
        public char Delimiter;
        /// <summary>The delimiter was chosen by an enclosing emphasis that shares its delimiter run.</summary>
        public bool Decided;
        public int Start;
        public int Length;
        public int Partner;
    }
}
