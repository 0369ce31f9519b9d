using System.Text;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Rendering of an <see cref="InlineRun"/>: emphasis delimiters chosen by the CommonMark flanking rules.</summary>
internal sealed partial class InlineRun
{
    /// <summary>Appends the run as Markdown. Text is escaped by <see cref="MarkdownEscaper"/>; emphasis that no delimiter can express becomes HTML tags.</summary>
    public void Render(StringBuilder sb, in WriterContext context)
    {
        var runStart = sb.Length;
        for (var i = 0; i < count; i++)
        {
            ref var segment = ref segments[i];
            var prev = sb.Length > runStart ? sb[^1] : '\n';
            switch (segment.Kind)
            {
                case SegmentKind.Text:
                    MarkdownEscaper.AppendText(sb, Chars(segment), prev, NextChar(i + 1), segment.InLink ? context with { InLinkText = true } : context);
                    break;
                case SegmentKind.Markup:
                    sb.Append(Chars(segment));
                    break;
                case SegmentKind.Open:
                    if (!segment.Decided)
                        segment.Delimiter = ChooseDelimiter(i, prev, context);
                    segments[segment.Partner].Delimiter = segment.Delimiter;
                    AppendDelimiter(sb, segment, closing: false);
                    break;
                case SegmentKind.Close:
                    AppendDelimiter(sb, segment, closing: true);
                    break;
                case SegmentKind.HardBreak:
                    sb.Append(context.SingleLine || OnlyClosersAfter(i) ? "<br />" : "\\\n");
                    break;
            }
        }
    }

    private static void AppendDelimiter(StringBuilder sb, in Segment segment, bool closing)
    {
        if (segment.Delimiter == '\0')
        {
            sb.Append((segment.Emphasis, closing) switch
            {
                (EmphasisKind.Em, false) => "<em>",
                (EmphasisKind.Em, true) => "</em>",
                (EmphasisKind.Strong, false) => "<strong>",
                (EmphasisKind.Strong, true) => "</strong>",
                (_, false) => "<del>",
                (_, true) => "</del>",
            });
            return;
        }
        sb.Append(segment.Delimiter, segment.Emphasis == EmphasisKind.Em ? 1 : 2);
    }

    private char ChooseDelimiter(int open, char prevChar, in WriterContext context)
    {
        var close = segments[open].Partner;
        if (close == open + 1)
            return '\0';
        var before = Classify(prevChar);
        var after = FirstClass(close + 1);
        var outerCloser = close + 1 < count && segments[close + 1].Kind == SegmentKind.Close ? segments[segments[close + 1].Partner].Delimiter : '\0';
        if (segments[open].Emphasis == EmphasisKind.Strike)
            return context.Options.Gfm && Fits('~', open, before, after) ? '~' : '\0';
        if (prevChar != '*' && outerCloser != '*' && TrySharedRun(open, before, after))
            return '*';
        var fallback = '\0';
        foreach (var c in "*_")
        {
            if (c == prevChar || c == outerCloser || !Fits(c, open, before, after))
                continue;
            if (InnerEmphasisFits(open, c))
                return c;
            if (fallback == '\0')
                fallback = c;
        }
        return fallback;
    }

    /// <summary>True when delimiter <paramref name="c"/> can open and close the emphasis at <paramref name="open"/>.</summary>
    private bool Fits(char c, int open, CharClass before, CharClass after)
    {
        var close = segments[open].Partner;
        return CanOpen(c, before, FirstClass(open + 1)) && CanClose(c, LastClass(close - 1), after);
    }

    /// <summary>An emphasis that starts or ends right where an inner one does needs a delimiter the inner one can avoid.</summary>
    private bool InnerEmphasisFits(int open, char outer)
    {
        var close = segments[open].Partner;
        var first = segments[open + 1];
        if (first.Kind == SegmentKind.Open && !InnerFits(open + 1, outer))
            return false;
        var last = segments[close - 1];
        return last.Kind != SegmentKind.Close || InnerFits(last.Partner, outer);
    }

    private bool InnerFits(int inner, char outer)
    {
        if (segments[inner].Emphasis == EmphasisKind.Strike)
            return true;
        var close = segments[inner].Partner;
        var before = inner > 0 && segments[inner - 1].Kind == SegmentKind.Open ? CharClass.Punctuation : LastClass(inner - 1);
        var after = FirstClass(close + 1);
        foreach (var c in "*_")
        {
            if (c != outer && Fits(c, inner, before, after))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Emphasis nested exactly (nothing between the openers or the closers) can share one run of <c>*</c>:
    /// <c>***x***</c> is em(strong(x)) and <c>****x****</c> strong(strong(x)). That works when only the outermost is em.
    /// </summary>
    private bool TrySharedRun(int open, CharClass before, CharClass after)
    {
        var innermost = open;
        while (segments[innermost + 1].Kind == SegmentKind.Open && segments[innermost + 1].Partner == segments[innermost].Partner - 1)
        {
            innermost++;
            if (segments[innermost].Emphasis != EmphasisKind.Strong)
                return false;
        }
        if (innermost == open || segments[open].Emphasis == EmphasisKind.Strike)
            return false;
        var innerClose = segments[innermost].Partner;
        if (innerClose == innermost + 1
            || !CanOpen('*', before, FirstClass(innermost + 1)) || !CanClose('*', LastClass(innerClose - 1), after))
            return false;
        for (var k = open + 1; k <= innermost; k++)
        {
            segments[k].Delimiter = '*';
            segments[k].Decided = true;
        }
        return true;
    }

    /// <summary>
    /// True when, past emphasis closers, the paragraph or the link text ends: a backslash break there is not a break
    /// in CommonMark, and Markdig drops it at the end of link text where the reference keeps it.
    /// </summary>
    private bool OnlyClosersAfter(int index)
    {
        for (var i = index + 1; i < count; i++)
        {
            if (segments[i].Kind != SegmentKind.Close)
                return segments[i].Link && !segments[i].Opening;
        }
        return true;
    }

    /// <summary>The first character the segment at <paramref name="index"/> will write ('\n' at the end of the run).</summary>
    private char NextChar(int index)
    {
        for (var i = index; i < count; i++)
        {
            var segment = segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.Text or SegmentKind.Markup when segment.Length > 0:
                    return chars[segment.Start];
                case SegmentKind.Open or SegmentKind.Close:
                    return '*';
                case SegmentKind.HardBreak:
                    return '\n';
            }
        }
        return '\n';
    }

    private CharClass FirstClass(int index)
    {
        for (var i = index; i < count; i++)
        {
            var segment = segments[i];
            if (segment.Kind is SegmentKind.Text or SegmentKind.Markup)
            {
                if (segment.Length > 0)
                    return Classify(chars[segment.Start]);
                continue;
            }
            return CharClass.Punctuation;
        }
        return CharClass.Whitespace;
    }

    private CharClass LastClass(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var segment = segments[i];
            if (segment.Kind is SegmentKind.Text or SegmentKind.Markup)
            {
                if (segment.Length > 0)
                    return Classify(chars[segment.Start + segment.Length - 1]);
                continue;
            }
            return segment.Kind == SegmentKind.HardBreak ? CharClass.Whitespace : CharClass.Punctuation;
        }
        return CharClass.Whitespace;
    }

    private static bool LeftFlanking(CharClass before, CharClass after) =>
        after != CharClass.Whitespace && (after != CharClass.Punctuation || before != CharClass.Other);

    private static bool RightFlanking(CharClass before, CharClass after) =>
        before != CharClass.Whitespace && (before != CharClass.Punctuation || after != CharClass.Other);

    private static bool CanOpen(char delimiter, CharClass before, CharClass after) =>
        LeftFlanking(before, after)
        && (delimiter != '_' || !RightFlanking(before, after) || before == CharClass.Punctuation);

    private static bool CanClose(char delimiter, CharClass before, CharClass after) =>
        RightFlanking(before, after)
        && (delimiter != '_' || !LeftFlanking(before, after) || after == CharClass.Punctuation);

    internal static CharClass Classify(char c) =>
        char.IsWhiteSpace(c) ? CharClass.Whitespace
        : char.IsPunctuation(c) || char.IsSymbol(c) ? CharClass.Punctuation
        : CharClass.Other;
}

/// <summary>Character classes of the CommonMark flanking rules.</summary>
internal enum CharClass : byte
{
    Whitespace,
    Punctuation,
    Other,
}
