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
    /// <summary>The segment index where the pending space was seen: segments added since then are closers.</summary>
    private int pendingSpaceAt;
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
            if (!pendingSpace && hasContent)
            {
                pendingSpace = true;
                pendingSpaceAt = count;
            }
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

    /// <summary>
    /// Adds markup that opens an element (<c>[</c>, a raw start tag): whitespace after it moves before it, unless the
    /// element is a link (<paramref name="link"/>), whose edge whitespace is underlined and so stays inside.
    /// </summary>
    public void AddOpening(ReadOnlySpan<char> markup, bool link = false)
    {
        if (pendingSpace && hasContent)
            FlushSpace();
        Add(SegmentKind.Markup, markup, opening: true);
        segments[count - 1].Link = link;
    }

    /// <summary>Adds markup that closes an element (<c>](url)</c>, a raw end tag): whitespace before it moves after it, unless it closes a link.</summary>
    public void AddClosing(ReadOnlySpan<char> markup, bool link = false)
    {
        Add(SegmentKind.Markup, markup, opening: false);
        segments[count - 1].Link = link;
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

    /// <summary>
    /// Writes the pending space where it renders the same: whitespace before a closer (an emphasis closer, a raw end
    /// tag) goes after it, whitespace after an opener goes before it, since at the edge of emphasis it shows the same
    /// outside. A link's edge is different: its underline covers the space, so a space seen inside a link stays inside
    /// (Markdown link text can hold it).
    /// </summary>
    private void FlushSpace()
    {
        if (!pendingSpace)
            return;
        pendingSpace = false;
        for (var i = pendingSpaceAt; i < count; i++)
        {
            if (segments[i].Link)
            {
                InsertSpace(i, inLink: true);
                return;
            }
        }
        var insertAt = count;
        var insideLinkAt = -1;
        while (insertAt > 0 && segments[insertAt - 1].Opening)
        {
            if (segments[insertAt - 1].Link && insideLinkAt < 0)
                insideLinkAt = insertAt;
            insertAt--;
        }
        if (insertAt == count)
        {
            AppendTextChar(' ');
            return;
        }
        // A space right after a space (or at the start of the block) collapses away.
        if (insertAt == 0 || (segments[insertAt - 1].Kind == SegmentKind.Text && chars[segments[insertAt - 1].Start + segments[insertAt - 1].Length - 1] == ' '))
            return;
        InsertSpace(insideLinkAt >= 0 ? insideLinkAt : insertAt, inLink: insideLinkAt >= 0 || linkDepth > 0);
    }

    private void InsertSpace(int insertAt, bool inLink)
    {
        if (insertAt == count)
        {
            AppendTextChar(' ');
            return;
        }
        EnsureCapacity();
        Array.Copy(segments, insertAt, segments, insertAt + 1, count - insertAt);
        segments[insertAt] = new Segment { Kind = SegmentKind.Text, Start = length, Length = 1, InLink = inLink };
        AppendChars([' ']);
        count++;
        for (var i = 0; i < openStack.Count; i++)
        {
            if (openStack[i] >= insertAt)
                openStack[i]++;
        }
        for (var i = 0; i < count; i++)
        {
            if (segments[i].Kind is SegmentKind.Open or SegmentKind.Close && segments[i].Partner >= insertAt)
                segments[i].Partner++;
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
        /// <summary>The markup opens or closes a link: edge whitespace stays inside it.</summary>
        public bool Link;
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
